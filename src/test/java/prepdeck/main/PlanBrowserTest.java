package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A user over the seeds sets two interviews and a weekly time budget on /plan, sees the calendar, reviews by keyboard,
 * and sees both interviews' forecasts change.
 */
class PlanBrowserTest {
    @TempDir static Path data;
    static SeedApp app;

    @BeforeAll
    static void start() throws IOException {
        app = SeedApp.start(data, 1000, 1200);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    private static void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(app.chromium().browser).sendKeys(key).perform();
    }

    private static void addInterview(String name, int inDays, String topic) {
        var browser = app.chromium().browser;
        browser.findElement(By.id("iv-name")).sendKeys(name);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("iv-day")),
                LocalDate.now(ZoneOffset.UTC).plusDays(inDays).toString());
        new Select(browser.findElement(By.id("iv-topics"))).selectByValue(topic);
        browser.findElement(By.cssSelector("#add-interview button[type=submit]")).click();
        app.chromium().wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Interview added."));
    }

    /** Per interview name: {forecast with the plan, with no more reviews} as the page shows them. */
    private static Map<String, String[]> forecasts() {
        Map<String, String[]> out = new HashMap<>();
        for (WebElement row : app.chromium().browser.findElements(By.cssSelector("#interviews tbody tr"))) {
            out.put(row.findElement(By.cssSelector("th")).getText(), new String[] {row.findElement(By.cssSelector("td.forecast")).getText(),
                    row.findElement(By.cssSelector("td.forecast-none")).getText()});
        }
        return out;
    }

    @Test
    void twoInterviewsAndAWeeklyBudgetGiveACalendarAndBothForecastsMoveAfterReviews() {
        var browser = app.chromium().browser;
        browser.get(app.served().url().resolve("/readiness").toString());
        browser.findElement(By.id("plan-link")).click();
        app.chromium().wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-interviews")));

        addInterview("Acme, backend", 6, "MRO в Питоне");
        addInterview("Globex", 13, "Геренераторы");
        // a day off and a short day, never today: the reviews below must fall on a planned day whatever today is
        int today = LocalDate.now(ZoneOffset.UTC).getDayOfWeek().getValue() - 1, off = (today + 2) % 7, shortDay = (today + 3) % 7;
        String offName = java.time.DayOfWeek.of(off + 1).getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        String shortName = java.time.DayOfWeek.of(shortDay + 1).getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        for (int d = 0; d < 7; d++) {
            WebElement m = browser.findElement(By.id("min-" + d));
            m.clear();
            m.sendKeys(d == off ? "0" : d == shortDay ? "15" : "30");
        }
        browser.findElement(By.cssSelector("#budget button[type=submit]")).click();
        app.chromium().wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Study time saved."));
        assertThat(browser.findElement(By.cssSelector("#budget .meta")).getText()).containsPattern("(^|, )0 min " + offName)
                .containsPattern("(^|, )15 min " + shortName).contains("30 min");

        var rows = browser.findElements(By.cssSelector("#calendar tbody tr"));
        assertThat(rows).hasSize(13); // today to the eve of the last interview
        int cards = 0;
        for (WebElement row : rows) {
            var cells = row.findElements(By.cssSelector("td"));
            int minutes = Integer.parseInt(cells.get(3).getText());
            int of = Integer.parseInt(cells.get(4).getText());
            assertThat(minutes).isLessThanOrEqualTo(of);
            if (row.getText().contains(" " + offName)) assertThat(of).isZero();
            cards += Integer.parseInt(cells.get(0).getText());
        }
        assertThat(cards).isPositive();
        assertThat(browser.findElement(By.cssSelector("#calendar")).getText()).contains("Acme, backend");
        assertThat(browser.findElement(By.id("ics")).getAttribute("href")).endsWith("/plan.ics");
        var card = app.useCases().knowledge().cards(prepdeck.app.CardQuery.ALL).stream()
                .filter(c -> c.status().name().equals("ANSWERED") && c.topic().equals("MRO в Питоне")).findFirst().orElseThrow();
        browser.findElement(By.id("asked-card")).sendKeys(Long.toString(card.id()));
        browser.findElement(By.cssSelector("#flag-asked button[type=submit]")).click();
        app.chromium().wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Card flags saved."));
        assertThat(browser.findElement(By.id("asked")).getText()).contains(card.prompt());
        Map<String, String[]> before = forecasts();
        assertThat(before).containsKeys("Acme, backend", "Globex");
        assertThat(before.get("Acme, backend")[1]).isEqualTo("0 %");
        assertThat(before.get("Globex")[1]).isEqualTo("0 %");

        browser.get(app.served().url().resolve("/review").toString());
        for (int i = 1; i <= 9; i++) {
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-prompt")));
            press(" ");
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-grades")));
            press("3");
            final int n = i;
            app.chromium().wait.until(ExpectedConditions.textMatches(By.id("review-status"), java.util.regex.Pattern.compile("\\b" + n + " answered")));
        }

        browser.get(app.served().url().resolve("/plan").toString());
        Map<String, String[]> after = forecasts();
        for (String name : new String[] {"Acme, backend", "Globex"}) {
            assertThat(after.get(name)[1]).as(name + " with no more reviews").isNotEqualTo(before.get(name)[1]);
            assertThat(Integer.parseInt(after.get(name)[1].replace(" %", ""))).as(name).isPositive();
        }
        var logs = browser.manage().logs().get("browser").getAll().stream().filter(e -> !e.getMessage().contains("favicon.ico")).toList();
        assertThat(logs).as(logs.toString()).noneMatch(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
    }
}
