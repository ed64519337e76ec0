package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A 10-question mock interview in headless Chromium over the seeds, on a phone-sized screen, with the keyboard. */
class InterviewPageBrowserTest {
    @TempDir static Path data;
    static SeedApp app;

    @BeforeAll
    static void start() throws IOException {
        app = SeedApp.start(data, 420, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    static void press(CharSequence... keys) {
        new Actions(app.chromium().browser).sendKeys(keys).perform();
    }

    static void ctrlEnter() {
        new Actions(app.chromium().browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    }

    static String text(String id) {
        return app.chromium().browser.findElement(By.id(id)).getText();
    }

    @Test
    void tenQuestionsTypedCheckedGradedAndSkippedEndInAReportAndOneReviewPerGrade() throws Exception {
        var browser = app.chromium().browser;
        browser.get(app.served().url().resolve("/interview").toString());
        assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Interview");
        browser.findElement(By.id("iv-seed")).sendKeys("7", Keys.ENTER);

        app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-prompt")));
        String url = browser.getCurrentUrl();
        long session = Long.parseLong(url.replaceAll(".*/interview/(\\d+)$", "$1"));
        assertThat(browser.findElement(By.id("iv-session-time")).getText()).matches("\\d+:\\d\\d");
        int scored = 0;
        for (int i = 1; i <= 10; i++) {
            final String number = String.valueOf(i);
            app.chromium().wait.until(d -> number.equals(d.findElement(By.id("iv-number")).getText())
                    && d.findElement(By.id("iv-prompt")).isDisplayed() && d.findElement(By.id("iv-answer")).isEnabled());
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("iv-answer");
            if (i == 3) { // leave the text box, skip
                press(Keys.ESCAPE);
                press("s");
                continue;
            }
            if (i == 5) { // think, then reveal without typing
                ctrlEnter();
            } else {
                long card = Long.parseLong(browser.findElement(By.id("iv-card")).getAttribute("data-card"));
                String reference = app.useCases().knowledge().card(card).orElseThrow().answer().replaceAll("\\s+", " ").strip();
                press(reference.substring(0, Math.min(120, reference.length())));
                ctrlEnter();
            }
            app.chromium().wait.withMessage(() -> "question " + number + ": " + text("iv-status"))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-feedback")));
            String score = text("iv-score");
            if (i == 5) {
                assertThat(score).startsWith("Revealed without typing");
            } else {
                assertThat(score).matches("Score \\d+%: \\d+ of \\d+ key points(, \\d+ said otherwise)?|Nothing to check against — grade yourself\\.");
                if (!score.startsWith("Score 0%")) scored++;
            }
            assertThat(text("iv-reference")).isNotBlank();
            press(i % 2 == 0 ? "3" : "2");
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-next")));
            press(i % 3 == 0 ? Keys.ENTER : "n");
        }
        app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-done")));
        String shown = text("iv-session-time");
        press(Keys.ENTER);

        app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-summary")));
        assertThat(browser.getCurrentUrl()).endsWith("/interview/" + session);
        assertThat(scored).as("typed reference answers cover key points").isPositive();
        assertThat(browser.findElements(By.cssSelector("#iv-questions > li"))).hasSize(10);
        assertThat(text("iv-summary")).matches("Mean score \\d+% over 8 typed answers · 1 revealed · 1 skipped · 9 graded · \\d+:\\d\\d in all \\(\\d+:\\d\\d answering\\)");
        // the report's length is what the session clock showed at the finish (give or take the second it ticked)
        int inAll = seconds(text("iv-summary").replaceAll(".* (\\d+:\\d\\d) in all.*", "$1"));
        assertThat(inAll).as("clock showed " + shown).isBetween(seconds(shown), seconds(shown) + 2);
        var topicRows = browser.findElements(By.cssSelector("#iv-topics tbody tr"));
        assertThat(topicRows).isNotEmpty();
        int summed = topicRows.stream().mapToInt(r -> Integer.parseInt(r.findElements(By.tagName("td")).getFirst().getText())).sum();
        assertThat(summed).isEqualTo(10);
        assertThat(browser.findElements(By.cssSelector("#iv-questions .iv-outcome"))).extracting(e -> e.getText())
                .contains("skipped", "revealed").anyMatch(t -> Pattern.matches("\\d+%", t));
        assertThat(app.useCases().knowledge().stats().reviews()).isEqualTo(9);

        browser.get(app.served().url().resolve("/interview/history").toString());
        assertThat(browser.findElements(By.cssSelector("svg.score-chart circle.dot"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#iv-history tbody tr"))).hasSize(1);

        var md = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.served().url().resolve("/interview/" + session + ".md")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
        assertThat(md.body()).startsWith("# Mock interview " + session).contains("· 1 revealed · 1 skipped · 9 graded ·");

        var logs = browser.manage().logs().get("browser").getAll().stream().filter(e -> !e.getMessage().contains("favicon.ico")).toList();
        assertThat(logs).as(logs.toString()).noneMatch(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
    }

    static int seconds(String clock) {
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
}
