package prepdeck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import prepdeck.testing.HeadlessChromium;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium driven by its own chromedriver.
 * Without Chromium this fails (CI installs it); {@code -Dprepdeck.browser=skip} skips it, loudly.
 */
class BrowserTest {
    private static TestServer server;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        chromium = HeadlessChromium.start(1200, 900);
        browser = chromium.browser;
        wait = chromium.wait;
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) chromium.close();
        if (server != null) server.close();
    }

    private static void open(String path) {
        browser.get(server.uri(path).toString());
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    @Test
    void walksFromTheTreeIntoATopicAndACardWithHighlightedCode() {
        open("/");
        assertThat(browser.findElement(By.cssSelector("#topic-tree")).getText()).contains("Python", "Генераторы", "1 gap");
        browser.findElement(By.linkText("Генераторы")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Генераторы"));
        browser.findElement(By.linkText("Что такое генератор?")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.prompt"), "Что такое генератор?"));
        WebElement code = browser.findElement(By.cssSelector(".answer pre code.language-python"));
        wait.until(d -> code.getAttribute("class").contains("hljs"));
        assertThat(code.findElements(By.cssSelector("span.hljs-keyword"))).extracting(WebElement::getText).contains("def", "while", "yield");
        assertThat(browser.findElement(By.cssSelector(".snippet pre.output")).getText()).isEqualTo("[3, 2, 1]");
        browser.findElement(By.linkText("Чем yield отличается от return?")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".parent"), "Follow-up of"));
    }

    @Test
    void rendersTheTableOfACardAndItsLectureTimeCode() {
        open("/");
        browser.findElement(By.linkText("Databases")).click();
        browser.findElement(By.linkText("Порівняйте SQL і NoSQL")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.prompt"), "Порівняйте SQL і NoSQL"));
        List<String> headers = browser.findElements(By.cssSelector(".answer table th")).stream().map(WebElement::getText).toList();
        assertThat(headers).containsExactly("Ознака", "SQL", "NoSQL");
        assertThat(browser.findElements(By.cssSelector(".answer table tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector(".references")).getText())
                .contains("video 12.02.24 at 1:35:00 — бази даних і індекси");
    }

    @Test
    void showAnswerBringsTheAnswerIntoTheTopicPage() {
        open("/topics/" + FixtureKnowledge.GENERATORS_TOPIC);
        browser.findElements(By.linkText("Show answer")).getFirst().click();
        WebElement code = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".peek-answer pre code.language-python")));
        wait.until(d -> code.getAttribute("class").contains("hljs"));
        assertThat(browser.getCurrentUrl()).endsWith("/topics/" + FixtureKnowledge.GENERATORS_TOPIC);
    }

    @Test
    void gapsPageGroupsGapsByTopic() {
        open("/");
        browser.findElement(By.linkText("Gaps")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Gaps"));
        List<String> groups = browser.findElements(By.cssSelector(".gap-group h2 a")).stream().map(WebElement::getText).toList();
        assertThat(groups).containsExactly("Python", "Interview questions / Databases");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Что такое метакласс?", "000_outline.txt:40",
                "Рівні ізоляції транзакцій", "003_questions.txt:60");
    }

    @Test
    void scriptInNotesNeverRuns() {
        script("window.__pwned = undefined;");
        for (String path : new String[] {"/cards/" + FixtureKnowledge.XSS_CARD, "/topics/" + FixtureKnowledge.SECURITY_TOPIC, "/", "/gaps"}) {
            open(path);
            assertNoAlert(path);
            assertThat(script("return typeof window.__pwned")).as(path).isEqualTo("undefined");
            assertThat(script("return document.querySelectorAll('main img, main svg, main iframe, main script,"
                    + " [onerror], [onclick], [onload], [onmouseover], a[href^=\"javascript\"]').length")).as(path).isEqualTo(0L);
        }
        // The same answer fetched by htmx into the topic page.
        open("/topics/" + FixtureKnowledge.SECURITY_TOPIC);
        browser.findElement(By.linkText("Show answer")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".peek-answer")));
        assertNoAlert("show answer");
        assertThat(script("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(browser.findElement(By.cssSelector(".peek-answer")).getText()).contains("<script>window.__pwned");
    }

    @Test
    void slashFocusesTheTopicFilterWhichNarrowsTheTree() {
        open("/");
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("topic-filter");
        browser.switchTo().activeElement().sendKeys("генер");
        assertThat(browser.findElement(By.linkText("Генераторы")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.linkText("Python")).isDisplayed()).as("a parent of a match stays").isTrue();
        By databases = By.cssSelector("#topic-tree a[href='/topics/" + FixtureKnowledge.DATABASES_TOPIC + "']");
        assertThat(browser.findElement(databases).isDisplayed()).isFalse();
        browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertThat(browser.findElement(databases).isDisplayed()).isTrue();
    }

    @Test
    void jAndKStepThroughTheLinksOfTheList() {
        open("/topics/" + FixtureKnowledge.GENERATORS_TOPIC);
        var body = browser.findElement(By.tagName("body"));
        body.sendKeys("j");
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Что такое генератор?");
        browser.switchTo().activeElement().sendKeys("j");
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Чем yield отличается от return?");
        browser.switchTo().activeElement().sendKeys("k");
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Что такое генератор?");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.prompt"), "Что такое генератор?"));
    }

    @Test
    void importsAnUploadedFileAndShowsTheReport() throws IOException {
        Path note = Files.createTempDirectory(server.dataDir, "browser").resolve("003_questions.txt");
        Files.writeString(note, "1. Что такое GIL?\n- глобальная блокировка\n");
        open("/import");
        browser.findElement(By.id("files")).sendKeys(note.toString());
        browser.findElement(By.cssSelector(".import-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-result"), "Imported."));
        assertThat(browser.findElement(By.cssSelector("table.report")).getText()).contains("003_questions.txt");
        assertThat(server.imports.calls.getLast().texts()).containsExactly("1. Что такое GIL?\n- глобальная блокировка\n");
    }

    @Test
    void aFailedImportIsExplainedInThePage() {
        open("/import");
        browser.findElement(By.id("folder")).sendKeys("/no/such/notes");
        browser.findElement(By.cssSelector(".import-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-result"), "Import failed."));
        assertThat(browser.findElement(By.id("import-result")).getText()).contains("no such file or folder: /no/such/notes");
    }

    private static void assertNoAlert(String where) {
        try {
            String text = browser.switchTo().alert().getText();
            browser.switchTo().alert().dismiss();
            fail("an alert opened on " + where + ": " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
