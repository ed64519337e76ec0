package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A new user over the seeds sets an interview date on /readiness, reviews 20 cards by keyboard, and sees readiness rise. */
class ReadinessBrowserTest {
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

    static void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(app.chromium().browser).sendKeys(key).perform();
    }

    static void waitForAnswered(int n) {
        app.chromium().wait.until(ExpectedConditions.textMatches(By.id("review-status"), java.util.regex.Pattern.compile("\\b" + n + " answered")));
    }

    /** Recall on the interview day per topic path, as the page's table shows it (per cent). */
    static Map<String, Integer> recallByTopic() {
        var out = new HashMap<String, Integer>();
        for (WebElement row : app.chromium().browser.findElements(By.cssSelector(".readiness-topics tbody tr"))) {
            String recall = row.findElement(By.cssSelector("td.recall")).getText().replace("%", "");
            out.put(row.getAttribute("data-topic"), Integer.parseInt(recall));
        }
        return out;
    }

    @Test
    void settingADateAndReviewingTwentyCardsRaisesTheReviewedTopicsRecallOnTheDay() {
        var browser = app.chromium().browser;
        browser.get(app.served().url().resolve("/readiness").toString());
        assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Readiness");
        assertThat(browser.findElement(By.cssSelector(".readiness-summary")).getText()).contains("No interview date yet");

        String day = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();
        WebElement date = browser.findElement(By.id("interview-date"));
        // a date input's typed form depends on the browser's locale; set its value as a date picker would
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, day);
        browser.findElement(By.cssSelector(".readiness-date button[type=submit]")).click();
        app.chromium().wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recall-on-day")));
        assertThat(browser.findElement(By.cssSelector(".readiness-summary")).getText()).contains("in 14 days");
        assertThat(browser.findElements(By.cssSelector("figure.chart-figure svg"))).hasSize(2);
        Map<String, Integer> before = recallByTopic();
        assertThat(before.values()).allMatch(v -> v == 0);

        browser.get(app.served().url().resolve("/review").toString());
        Set<String> topics = new LinkedHashSet<>();
        for (int i = 1; i <= 20; i++) {
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-prompt")));
            topics.add(browser.findElement(By.id("review-topic")).getText());
            press(" ");
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-grades")));
            press("3");
            waitForAnswered(i);
        }
        assertThat(app.useCases().knowledge().stats().reviews()).isEqualTo(20);

        browser.get(app.served().url().resolve("/readiness").toString());
        Map<String, Integer> after = recallByTopic();
        String reviewed = topics.iterator().next();
        assertThat(after.get(reviewed)).as("recall on the interview day of " + reviewed).isGreaterThan(before.get(reviewed));
        assertThat(Integer.parseInt(browser.findElement(By.id("recall-on-day")).getText().replace("%", ""))).isPositive();
        var logs = browser.manage().logs().get("browser").getAll().stream().filter(e -> !e.getMessage().contains("favicon.ico")).toList();
        assertThat(logs).as(logs.toString()).noneMatch(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
    }
}
