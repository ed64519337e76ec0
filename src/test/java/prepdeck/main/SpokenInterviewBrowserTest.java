package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import prepdeck.speech.Delivery;
import prepdeck.speech.WavAudio;
import prepdeck.testing.SpokenAudio;
import prepdeck.testing.SpokenAudio.Silence;
import prepdeck.testing.SpokenAudio.Speech;

/**
 * A two-question spoken mock interview in headless Chromium whose microphone is a file made by espeak-ng and sox
 * (Chromium's fake capture device): the question is read aloud, the answer recorded through Web Audio and stopped by
 * its long trailing silence, the server's delivery figures match the file's known pause, the user ticks a key point
 * and grades, and the report lists both spoken answers, playable, with their figures.
 */
class SpokenInterviewBrowserTest {
    @TempDir static Path data;
    @TempDir static Path audio;
    static SeedApp app;
    static SpokenAudio.Made answer;

    @BeforeAll
    static void start() throws Exception {
        SpokenAudio.requireTools();
        // 0.8 s before the first word, a 1.5 s pause, and 7.5 s of silence at the end: the page stops after 6 s of it
        answer = SpokenAudio.make(audio.resolve("answer.wav"), List.of(new Silence(0.8), new Speech("en", "a generator yields its values lazily"),
                new Silence(1.5), new Speech("en", "one at a time when asked"), new Silence(7.5)));
        app = SeedApp.startWithBrowser(data, 390, 900, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + answer.file() + "%noloop", "--autoplay-policy=no-user-gesture-required");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    static void press(CharSequence... keys) {
        new Actions(app.chromium().browser).sendKeys(keys).perform();
    }

    @Test
    void twoQuestionsAskedAloudAnsweredAloudTickedGradedAndReported() throws Exception {
        var browser = app.chromium().browser;
        var slow = new WebDriverWait(browser, Duration.ofSeconds(40));
        browser.get(app.served().url().resolve("/interview").toString());
        var questions = browser.findElement(By.id("iv-questions"));
        questions.clear();
        questions.sendKeys("2");
        browser.findElement(By.id("iv-seed")).sendKeys("11");
        browser.findElement(By.id("iv-mode-spoken")).click();
        browser.findElement(By.id("iv-start")).click();
        slow.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-begin")));
        assertThat(browser.getCurrentUrl()).endsWith("?mode=spoken");
        assertThat(browser.findElement(By.id("iv-answer")).isDisplayed()).isFalse();
        long session = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/interview/(\\d+).*", "$1"));
        var mapper = new ObjectMapper();

        for (int i = 1; i <= 2; i++) {
            final String number = String.valueOf(i);
            slow.until(d -> number.equals(d.findElement(By.id("iv-number")).getText()) && d.findElement(By.id("iv-begin")).isDisplayed());
            press(Keys.SPACE);
            // headless Chromium has no voice of its own, so the server's espeak-ng audio is played to its end first
            slow.withMessage(() -> "question " + number + " read aloud: " + browser.findElement(By.id("iv-voice")).getText())
                    .until(d -> number.equals(root(d).getAttribute("data-played")));
            assertThat(root(browser).getAttribute("data-voice")).isEqualTo("server");
            assertThat(browser.findElement(By.id("iv-voice")).getText()).contains("espeak-ng");
            slow.until(d -> "1".equals(root(d).getAttribute("data-recording")));
            assertThat(browser.findElement(By.id("iv-recording")).isDisplayed()).isTrue();
            slow.withMessage(() -> "question " + number + ": " + browser.findElement(By.id("iv-status")).getText())
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-feedback")));
            assertThat(browser.findElement(By.id("iv-status")).getText()).startsWith("Listen, tick what you said");

            JsonNode d = mapper.readTree(root(browser).getAttribute("data-delivery"));
            System.err.printf("spoken answer %d: %s (made: first word %.2f, pause %.2f s at %.2f)%n", i, d, answer.firstWord(),
                    answer.pauses().getFirst()[1], answer.pauses().getFirst()[0]);
            // the recording starts a moment after the fake microphone does, so positions shift a little; lengths do not
            assertThat(d.get("first_word_s").asDouble()).isCloseTo(answer.firstWord(), within(0.2));
            assertThat(d.get("pauses").isEmpty() ? -1 : d.get("pauses").get(0).get("at_s").asDouble()).isCloseTo(answer.pauses().getFirst()[0], within(0.2));
            assertThat(d.get("pauses")).hasSize(1);
            assertThat(d.get("pauses").get(0).get("length_s").asDouble()).isCloseTo(answer.pauses().getFirst()[1], within(0.1));
            assertThat(d.get("pauses").get(0).get("at_s").asDouble() - d.get("first_word_s").asDouble())
                    .as("the pause after the first word").isCloseTo(answer.pauses().getFirst()[0] - answer.firstWord(), within(0.1));
            assertThat(d.get("duration_s").asDouble()).isBetween(answer.duration() - 2.0, answer.duration() + 1.0);
            assertThat(browser.findElement(By.id("iv-figures")).getText()).contains("first word after").contains("1.5 s at");
            assertThat(browser.findElement(By.id("iv-reference")).getText()).isNotBlank();
            var boxes = browser.findElements(By.cssSelector("#iv-points input[type=checkbox]"));
            assertThat(boxes).isNotEmpty();
            if (i == 1) {
                shoot("spoken-feedback-390.png");
                press("k");
                assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("iv-tick-0");
                press(Keys.SPACE);
                assertThat(boxes.getFirst().isSelected()).isTrue();
                press("3");
            } else {
                browser.manage().window().setSize(new Dimension(1280, 900));
                shoot("spoken-feedback-1280.png");
                press("2");
            }
            slow.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-next")));
            press("n");
        }
        slow.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-done")));
        press(Keys.ENTER);
        slow.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-spoken")));
        var spoken = browser.findElements(By.cssSelector("#iv-spoken > li"));
        assertThat(spoken).hasSize(2);
        for (var li : spoken) {
            assertThat(li.findElement(By.tagName("audio")).getAttribute("src")).contains("/api/interviews/" + session + "/questions/");
            assertThat(li.findElement(By.className("pauses")).getText()).matches("1\\.[4-6] s at \\d+\\.\\d s");
        }
        assertThat(spoken.getFirst().findElement(By.className("points-ticked")).getText()).startsWith("You said 1 of ");
        assertThat(browser.findElement(By.id("iv-trend")).getText()).contains("pauses over 1 s 1 → 1 (steady)");
        assertThat(app.useCases().knowledge().stats().reviews()).isEqualTo(2);
        browser.executeScript("document.getElementById('iv-spoken').previousElementSibling.scrollIntoView()");
        shoot("spoken-report-1280.png");
        browser.manage().window().setSize(new Dimension(390, 900));
        browser.executeScript("document.getElementById('iv-spoken').previousElementSibling.scrollIntoView()");
        shoot("spoken-report-390.png");

        // the recordings are on this machine, playable, and the same analysis as the command line's
        Path kept = data.resolve("recordings").resolve("interview-" + session).resolve("q1.wav");
        assertThat(kept).isRegularFile();
        var wav = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.served().url().resolve("/api/interviews/" + session + "/questions/1/recording")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(wav.statusCode()).isEqualTo(200);
        assertThat(wav.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(Delivery.of(WavAudio.parse(wav.body(), "q1")).pauses()).hasSize(1);

        browser.get(app.served().url().resolve("/interview/history").toString());
        assertThat(browser.findElement(By.cssSelector("#iv-history .spoken-summary")).getText()).startsWith("2 spoken · first word");

        browser.get(app.served().url().resolve("/interview/" + session).toString());
        browser.findElement(By.id("iv-delete-recordings")).click();
        slow.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-summary")));
        assertThat(browser.findElements(By.id("iv-spoken"))).isEmpty();
        assertThat(kept).doesNotExist();

        var logs = browser.manage().logs().get("browser").getAll().stream().filter(e -> !e.getMessage().contains("favicon.ico")).toList();
        assertThat(logs).as(logs.toString()).noneMatch(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
    }

    static org.openqa.selenium.WebElement root(org.openqa.selenium.WebDriver d) {
        return d.findElement(By.id("interview"));
    }

    static void shoot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), app.chromium().browser.getScreenshotAs(OutputType.BYTES));
    }
}
