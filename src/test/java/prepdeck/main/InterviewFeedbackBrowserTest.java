package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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

/**
 * Issue 13 in a real browser: a mock interview over three cards of our own, answered well, partly and wrongly; after
 * Check the typed answer stays beside the reference, the words that stated a point marked in both, missed points
 * listed, contradicted ones in red. Screenshots (desktop, then 390 px) go to target/screenshots/ to be looked at.
 */
class InterviewFeedbackBrowserTest {
    @TempDir static Path data;
    @TempDir static Path notesDir;
    static SeedApp app;

    /** Each card's three answers: good, partial, wrong (the question order depends on the draw). */
    static final Map<String, String[]> ANSWERS = Map.of(
            "енератор", new String[] {
                    "Это функция, которая отдаёт значения одно за другим, а весь набор значений в памяти не держит.",
                    "Генератор это такая функция.",
                    "Генератор — это список, который сразу создаёт все значения и хранит их все в памяти."},
            "HTTPS", new String[] {
                    "HTTP over TLS: the connection is encrypted, and a certificate proves who the server is.",
                    "encryption with TLS",
                    "HTTPS is HTTP without encryption."},
            "Mutable", new String[] {
                    "Mutable objects can be modified after they are created; immutable objects cannot be modified after creation.",
                    "Mutable objects can be changed.",
                    "Mutable objects cannot be changed after creation."});

    @BeforeAll
    static void start() throws IOException {
        Path notes = notesDir.resolve("feedback.md");
        Files.writeString(notes, """
                # Python

                ## Генератор
                Генератор — это функция, которая умеет возвращать несколько значений по очереди, не храня в памяти весь набор значений.

                ## HTTPS
                HTTPS is HTTP over TLS: the connection is encrypted, and the server proves its identity with a certificate.

                ## Mutable
                Mutable objects can be changed after creation; immutable objects cannot be changed after creation.
                """);
        app = SeedApp.startWithOnly(data, 1200, 900, notes);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    static String text(String id) {
        return app.chromium().browser.findElement(By.id(id)).getText();
    }

    static int score() {
        String s = text("iv-score");
        assertThat(s).matches("Score \\d+%: .*");
        return Integer.parseInt(s.replaceAll("Score (\\d+)%.*", "$1"));
    }

    static void shot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        byte[] png = app.chromium().browser.getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }

    @Test
    void goodPartialAndWrongAnswersStayBesideTheReferenceWithTheirMarks() throws IOException {
        var browser = app.chromium().browser;
        browser.get(app.served().url().resolve("/interview").toString());
        browser.findElement(By.id("iv-seed")).sendKeys("3", Keys.ENTER);
        String[] kinds = {"good", "partial", "wrong"};
        int[] scores = new int[3];
        for (int i = 0; i < 3; i++) {
            final String number = String.valueOf(i + 1);
            app.chromium().wait.until(d -> number.equals(d.findElement(By.id("iv-number")).getText()) && d.findElement(By.id("iv-answer")).isEnabled());
            long card = Long.parseLong(browser.findElement(By.id("iv-card")).getAttribute("data-card"));
            String heading = app.useCases().knowledge().card(card).orElseThrow().prompt();
            String key = ANSWERS.keySet().stream().filter(heading::contains).findFirst().orElseThrow(() -> new AssertionError(heading));
            String typed = ANSWERS.get(key)[i];
            browser.findElement(By.id("iv-answer")).sendKeys(typed);
            new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-feedback")));

            // the typed answer stays, beside the reference
            assertThat(text("iv-typed")).as(kinds[i]).isEqualTo(typed);
            var typedBox = browser.findElement(By.id("iv-typed-box")).getRect();
            var referenceBox = browser.findElement(By.cssSelector(".interview-reference")).getRect();
            assertThat(typedBox.getY()).as("side by side on a desktop").isEqualTo(referenceBox.getY());
            assertThat(typedBox.getX()).isLessThan(referenceBox.getX());
            scores[i] = score();
            var hitsTyped = browser.findElements(By.cssSelector("#iv-typed mark.hit"));
            var hitsReference = browser.findElements(By.cssSelector("#iv-reference mark.hit"));
            var contraTyped = browser.findElements(By.cssSelector("#iv-typed mark.contra"));
            var contraReference = browser.findElements(By.cssSelector("#iv-reference mark.contra"));
            shot("interview-" + kinds[i] + "-desktop");
            System.out.println(kinds[i] + " " + key + ": " + text("iv-score") + " | " + text("iv-points").replace('\n', '|'));
            var missed = browser.findElements(By.cssSelector("#iv-points li.missed"));
            var contradicted = browser.findElements(By.cssSelector("#iv-points li.contradicted"));
            switch (kinds[i]) {
                case "good" -> {
                    assertThat(hitsTyped).as("good: stated words marked in the answer").isNotEmpty();
                    assertThat(hitsReference).as("good: stated points marked in the reference").isNotEmpty();
                    assertThat(contradicted).isEmpty();
                }
                case "partial" -> {
                    assertThat(missed).as("partial: missed points listed").isNotEmpty();
                    assertThat(contradicted).isEmpty();
                }
                default -> {
                    assertThat(contradicted).as("wrong: a point said otherwise").isNotEmpty();
                    assertThat(contraTyped).as("wrong: in red in the answer").isNotEmpty();
                    assertThat(contraReference).as("wrong: in red in the reference").isNotEmpty();
                    assertThat(contradicted.getFirst().getCssValue("color")).isNotEqualTo(missed.isEmpty() ? "" : missed.getFirst().getCssValue("color"));
                    browser.manage().window().setSize(new Dimension(390, 1400));
                    shot("interview-wrong-390");
                    var narrowTyped = browser.findElement(By.id("iv-typed-box")).getRect();
                    var narrowReference = browser.findElement(By.cssSelector(".interview-reference")).getRect();
                    assertThat(narrowTyped.getY()).as("stacked on a phone").isLessThan(narrowReference.getY());
                    assertThat(narrowTyped.getWidth()).isLessThanOrEqualTo(390);
                    browser.manage().window().setSize(new Dimension(1200, 900));
                }
            }
            new Actions(browser).sendKeys("3").perform(); // the user's own grade is what is recorded
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-next")));
            new Actions(browser).sendKeys("n").perform();
        }
        assertThat(scores[0]).as("good above partial").isGreaterThan(scores[1]);
        assertThat(scores[1]).as("partial above wrong").isGreaterThan(scores[2]);
        assertThat(app.useCases().knowledge().stats().reviews()).isEqualTo(3);
    }
}
