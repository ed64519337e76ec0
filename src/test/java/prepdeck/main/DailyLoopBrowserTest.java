package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The daily loop on the demo's notes in headless Chromium, at phone and at desktop width, by keyboard where the page
 * has keys: home → Start (the r key) → five cards answered with Space and 3 → a card's history, from its topic's
 * page → suspend it → the Gaps page → a gap → the card that answers it. Then the note of an open card page is edited on
 * disk, as in an editor beside the browser, and the page shows the new text by itself; saved unreadable, the page
 * says so and keeps the card. No page scrolls sideways.
 * Screenshots of each step are left in {@code target/daily-loop/} to be looked at.
 */
class DailyLoopBrowserTest {
    @TempDir Path data;
    @TempDir Path home;
    final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {500, 1280})
    void theLoopFromHomeThroughReviewACardAndAGapAndBack(int width) throws Exception {
        // the demo's notes, copied as `prepdeck demo` copies them
        Path notes = Files.createDirectories(home.resolve("example-notes"));
        try (var files = Files.list(Path.of("examples", "notes"))) {
            for (Path f : files.toList()) Files.copy(f, notes.resolve(f.getFileName()));
        }
        Path shots = Files.createDirectories(Path.of("target", "daily-loop"));
        try (var app = SeedApp.startWithOnly(data, width, 900, notes)) {
            app.served().warm().get(); // gaps list their covering cards once the index is built
            var browser = app.chromium().browser;
            var wait = app.chromium().wait;
            var actions = new Actions(browser);

            // home: one line for today, one button, one key
            app.open("/");
            WebElement start = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start")));
            assertThat(browser.findElement(By.id("today-due")).getText()).matches("\\d+ due");
            assertThat(browser.findElement(By.id("today-new")).getText()).matches("[1-9]\\d* new");
            assertThat(start.getText()).isEqualTo("Start today's reviews");
            fitsTheWidth(browser, "home");
            shot(browser, shots, width, "1-home");
            actions.sendKeys("r").perform();
            wait.until(ExpectedConditions.urlMatches("/review$"));

            // five cards, by keyboard
            String answered = null;
            for (int i = 1; i <= 5; i++) {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-prompt")));
                answered = browser.findElement(By.id("review-card")).getAttribute("data-card");
                actions.sendKeys(" ").perform();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-grades")));
                if (i == 1) {
                    fitsTheWidth(browser, "review");
                    shot(browser, shots, width, "2-review");
                }
                actions.sendKeys("3").perform();
                wait.until(ExpectedConditions.textMatches(By.id("review-status"), Pattern.compile("\\b" + i + " answered")));
            }
            assertThat(app.useCases().knowledge().stats().reviews()).isEqualTo(5);
            long card = Long.parseLong(answered);

            // the last card answered, from its topic's page (the crumbs of the review lead there): its history
            var cardView = app.useCases().knowledge().card(card).orElseThrow();
            long topic = app.useCases().knowledge().topics().stream().filter(t -> t.path().equals(cardView.topic())).findFirst().orElseThrow().id();
            app.open("/topics/" + topic);
            By link = By.cssSelector("main a[href='/cards/" + card + "']");
            wait.until(ExpectedConditions.elementToBeClickable(link));
            fitsTheWidth(browser, "topic page");
            browser.findElement(link).click();
            wait.until(ExpectedConditions.urlMatches("/cards/" + card + "$"));
            WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-history")));
            assertThat(history.findElements(By.cssSelector("tbody tr"))).hasSize(1);
            assertThat(history.findElement(By.cssSelector("td.answer-grade")).getText()).isEqualTo("Good");
            assertThat(browser.findElement(By.id("card-due")).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("card-recall")).getText()).matches("\\d+%");
            fitsTheWidth(browser, "card page");
            shot(browser, shots, width, "3-card-history");

            // suspend it: the page says so, and review no longer offers it
            browser.findElement(By.id("mark-suspend")).click();
            wait.until(ExpectedConditions.textToBe(By.id("mark-suspend"), "Unsuspend"));
            assertThat(browser.findElement(By.cssSelector(".badge.mark-suspended")).getText()).isEqualTo("suspended");
            assertThat(app.useCases().practice().history(card).mark().suspended()).isTrue();

            // a gap that other cards answer, from the Gaps page, then the card that answers it
            JsonNode gaps = json.readTree(app.server().get("/api/gaps").body());
            JsonNode gap = null;
            for (JsonNode g : gaps) if (!g.get("related").isEmpty()) { gap = g; break; }
            assertThat(gap).as("a demo gap that other cards cover: " + gaps).isNotNull();
            browser.findElement(By.cssSelector(".site-nav a[href='/gaps']")).click();
            wait.until(ExpectedConditions.urlMatches("/gaps$"));
            fitsTheWidth(browser, "gaps");
            By gapLink = By.cssSelector("main a[href='/cards/" + gap.get("id").asLong() + "']");
            wait.until(ExpectedConditions.elementToBeClickable(gapLink));
            browser.findElement(gapLink).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gap-note")));
            assertThat(browser.findElement(By.cssSelector("h1.prompt")).getText()).isEqualTo(gap.get("title").asText());
            WebElement answering = browser.findElement(By.cssSelector("ul.covered-by a"));
            fitsTheWidth(browser, "gap page");
            shot(browser, shots, width, "4-gap");
            String answeringPrompt = answering.getText();
            answering.click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.answer-section .answer")));
            assertThat(browser.findElement(By.cssSelector("h1.prompt")).getText()).isEqualTo(answeringPrompt);
            assertThat(browser.findElements(By.cssSelector(".gap-note"))).isEmpty();

            // the note behind an open card page, edited on disk: the page shows the new text by itself
            long threads = app.useCases().knowledge().cards(prepdeck.app.CardQuery.ALL).stream()
                    .filter(c -> c.prompt().equals("When are threads enough?")).findFirst().orElseThrow().id();
            app.open("/cards/" + threads);
            wait.until(ExpectedConditions.textMatches(By.cssSelector(".answer"), Pattern.compile("IO-bound")));
            Thread.sleep(500); // the page has taken the deck's change number
            Path outline = notes.resolve("python-outline.md");
            Files.writeString(outline, Files.readString(outline).replace("Threads suit IO-bound work", "Threads suit IO-bound work, edited beside the browser"));
            new WebDriverWait(browser, Duration.ofSeconds(8)).until(ExpectedConditions.textMatches(By.cssSelector(".answer"),
                    Pattern.compile("edited beside the browser")));
            assertThat(browser.getCurrentUrl()).endsWith("/cards/" + threads);
            // a save that leaves the note unreadable: the page says so and keeps the card as it was
            Files.write(outline, new byte[] {'#', ' ', 0, 0, 1, 2, 0});
            WebElement problem = new WebDriverWait(browser, Duration.ofSeconds(8))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("notes-problem")));
            assertThat(problem.getText()).contains("python-outline.md").contains("its cards are as they were");
            assertThat(browser.findElement(By.cssSelector(".answer")).getText()).contains("edited beside the browser");
            shot(browser, shots, width, "5-note-problem");

            var logs = browser.manage().logs().get("browser").getAll().stream().filter(e -> !e.getMessage().contains("favicon.ico")).toList();
            assertThat(logs).as(logs.toString()).noneMatch(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
        }
    }

    /** Nothing wider than the window: a phone user never scrolls sideways. */
    static void fitsTheWidth(org.openqa.selenium.chrome.ChromeDriver browser, String page) {
        Object over = browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) over).intValue()).as(page + " is wider than the window by (px)").isLessThanOrEqualTo(0);
    }

    static void shot(org.openqa.selenium.chrome.ChromeDriver browser, Path folder, int width, String name) throws Exception {
        Files.write(folder.resolve(width + "-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
