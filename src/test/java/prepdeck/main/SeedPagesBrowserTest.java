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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole program in a real browser: the seeds imported into a real SQLite data folder, the server wired
 * as {@code prepdeck serve} wires it, on a random port, and headless Chromium walking the topic tree, a card
 * and the gaps page.
 */
class SeedPagesBrowserTest {
    @TempDir static Path data;
    static SeedApp app;

    @BeforeAll
    static void start() throws IOException {
        app = SeedApp.start(data, 1200, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    static void open(String path) {
        app.open(path);
    }

    @Test
    void fromTheTopicTreeToTheMisspeltGeneratorsSectionAndItsHighlightedCode() {
        var browser = app.chromium().browser;
        open("/");
        assertThat(browser.findElement(By.cssSelector("#topic-tree")).getText()).contains("Геренераторы", "Многопоточность", "M2");
        browser.findElement(By.linkText("Геренераторы")).click();
        app.chromium().wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Геренераторы"));
        browser.findElement(By.linkText("Расскажите про геренераторы")).click();
        app.chromium().wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.prompt"), "Расскажите про геренераторы"));
        WebElement code = browser.findElement(By.cssSelector(".answer pre code.language-python"));
        app.chromium().wait.until(d -> code.getAttribute("class").contains("hljs"));
        assertThat(code.getText()).contains("def f_gen():", "generator1.send(10) #100");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("000_94e9e51ef25a3735.txt:22");
    }

    @Test
    void aQuestionWithATableAndItsFollowUps() {
        var browser = app.chromium().browser;
        open("/");
        browser.findElement(By.linkText("Вопросы с собеседований")).click();
        browser.findElement(By.linkText("в чем разница между агригацией и композицией?")).click();
        app.chromium().wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.prompt"), "в чем разница между агригацией и композицией?"));
        assertThat(browser.findElements(By.cssSelector(".answer table th")).stream().map(WebElement::getText))
                .containsExactly("Характеристика", "Агрегация", "Композиция");
        open("/");
        browser.findElement(By.linkText("Вопросы с собеседований")).click();
        browser.findElement(By.linkText("Расскажите про гененатор и итератор")).click();
        app.chromium().wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.prompt"), "Расскажите про гененатор и итератор"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Расскажите про хеш-таблицу");
    }

    @Test
    void aTypoInTheSearchBoxStillLeadsToTheRightCard() {
        var browser = app.chromium().browser;
        open("/gaps");
        browser.findElement(By.tagName("body")).sendKeys("s");
        var box = browser.switchTo().activeElement();
        assertThat(box.getAttribute("id")).isEqualTo("site-search-q");
        box.sendKeys("Гененатр итератор");
        app.chromium().wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#site-search-results .hit-link")));
        assertThat(browser.findElement(By.cssSelector("#site-search-results .hit-link mark")).getText()).isNotEmpty();
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Расскажите про гененатор и итератор");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        app.chromium().wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.prompt"), "Расскажите про гененатор и итератор"));
    }

    @Test
    void theDeckDownloadsAsAnAnkiPackage() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var whole = http.send(java.net.http.HttpRequest.newBuilder(app.served().url().resolve("/export.apkg")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
        var names = new java.util.ArrayList<String>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(whole.body()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) names.add(e.getName());
        }
        assertThat(names).contains("collection.anki2", "media");
        var topic = http.send(java.net.http.HttpRequest.newBuilder(app.served().url().resolve("/export.apkg?topic=" +
                java.net.URLEncoder.encode("M2", java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(topic.statusCode()).isEqualTo(200);
        assertThat(topic.body().length).isLessThan(whole.body().length);
        assertThat(java.nio.file.Files.list(data.resolve("tmp")).filter(f -> f.getFileName().toString().startsWith("export-")))
                .as("the package written for the download is gone").isEmpty();
    }

    @Test
    void theSearchApiAnswersInTheContractsShape() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(app.served().url().resolve("/api/search?q=%22docker%20ps%22&limit=2")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var hits = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        assertThat(hits.get(0).get("prompt").asText()).isEqualTo("Яка команда: перегляд запущених контейнерів?");
        var bad = http.send(java.net.http.HttpRequest.newBuilder(app.served().url().resolve("/api/search?q=%22open")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("unterminated quote");
    }

    @Test
    void theGapsPageListsTheEmptySectionsAndUnansweredQuestions() {
        var browser = app.chromium().browser;
        open("/");
        browser.findElement(By.linkText("Gaps")).click();
        app.chromium().wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Gaps"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(
                "Сборщики мусора: как связаны с GIL?", "000_94e9e51ef25a3735.txt:63",
                "Расскажите про threading", "003_0e42585650cfbd26.txt:137", "47 questions and sections", "Your notes cover it in:");
    }
}
