package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The review page in headless Chromium over the seeds, driven with the keyboard only. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ReviewPageBrowserTest {
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
        new Actions(app.chromium().browser).sendKeys(key).perform();
    }

    static String shownCard() {
        app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-prompt")));
        return app.chromium().browser.findElement(By.id("review-card")).getAttribute("data-card");
    }

    static void waitForAnswered(int n) {
        app.chromium().wait.until(ExpectedConditions.textMatches(By.id("review-status"), java.util.regex.Pattern.compile("\\b" + n + " answered")));
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void spaceRevealsThreeGradesUndoBringsTheCardBackAndTwentyAnswersAreTwentyReviews() {
        var browser = app.chromium().browser;
        browser.get(app.served().url().resolve("/review").toString());
        assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Review");
        String first = shownCard();
        String prompt = browser.findElement(By.id("review-prompt")).getText();
        assertThat(prompt).isNotBlank();
        assertThat(browser.findElement(By.id("review-answer")).isDisplayed()).isFalse();

        press(" ");
        app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-answer")));
        assertThat(browser.findElement(By.id("review-answer-html")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector(".grade-1 .grade-interval")).getText()).isEqualTo("1m");
        assertThat(browser.findElement(By.cssSelector(".grade-3 .grade-interval")).getText()).isEqualTo("10m");
        assertThat(browser.findElement(By.cssSelector(".grade-4 .grade-interval")).getText()).matches("\\d+d");
        assertThat(browser.findElement(By.id("review-source")).getText()).matches(".+\\.txt:\\d+");

        press("3");
        waitForAnswered(1);
        assertThat(shownCard()).isNotEqualTo(first);
        assertThat(browser.findElement(By.id("review-answer")).isDisplayed()).isFalse();

        press("u");
        app.chromium().wait.until(d -> first.equals(d.findElement(By.id("review-card")).getAttribute("data-card")));
        assertThat(browser.findElement(By.id("review-prompt")).getText()).isEqualTo(prompt);
        assertThat(app.useCases().knowledge().stats().reviews()).isZero();

        for (int i = 1; i <= 20; i++) {
            press(" ");
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-grades")));
            press("3");
            waitForAnswered(i);
        }
        assertThat(app.useCases().knowledge().stats().reviews()).isEqualTo(20);
        var logs = browser.manage().logs().get("browser").getAll().stream().filter(e -> !e.getMessage().contains("favicon.ico")).toList();
        assertThat(logs).as(logs.toString()).noneMatch(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
    }

    static int newToday() {
        String status = app.chromium().browser.findElement(By.id("review-status")).getText();
        return Integer.parseInt(status.replaceAll("(?s).*new today (\\d+)/.*", "$1"));
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void undoTakesTheAnswerOffTheSessionsCount() {
        var browser = app.chromium().browser;
        app.useCases().practice().setNewCardsPerDay(100); // the test before used today's 20: these five are new cards too
        browser.get(app.served().url().resolve("/review").toString());
        long before = app.useCases().knowledge().stats().reviews();
        for (int i = 1; i <= 5; i++) {
            shownCard();
            press(" ");
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-grades")));
            press("3");
            waitForAnswered(i);
        }
        int newAfterFive = newToday();
        press("u");
        waitForAnswered(4);
        assertThat(browser.findElement(By.id("review-status")).getText()).doesNotContain("5 answered");
        // the undone answer was a new card's: it is new again, and today's new cards count one fewer
        assertThat(newToday()).isEqualTo(newAfterFive - 1);
        assertThat(app.useCases().knowledge().stats().reviews()).isEqualTo(before + 4);
        press("u");
        waitForAnswered(3);
        press(" ");
        app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-grades")));
        press("3");
        waitForAnswered(4);
    }
}
