package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import prepdeck.app.CardQuery;
import prepdeck.app.CardView;
import prepdeck.snippets.SnippetChecker;

/**
 * Running the notes' Python from the pages, in headless Chromium over the seeds (and a small note of
 * misbehaving snippets): "Run" on a card, a fixture attached from the card page, "Check all" on the
 * Snippets page, and a snippet that never ends stopped while the server keeps answering.
 */
class SnippetPagesBrowserTest {
    @TempDir static Path data;
    @TempDir static Path notes;
    static SeedApp app;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(SnippetChecker.findPython().isPresent(), "python3 is needed to run snippets");
        Files.writeString(notes.resolve("sandbox.md"), """
                # Sandbox

                ## A loop that never ends

                ```python
                while True:
                    pass
                ```

                ## Output that looks like markup

                ```python
                print("<img src=x onerror=alert(1)>")
                ```
                """);
        app = SeedApp.start(data, 1200, 900, notes);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    static void open(String path) {
        app.open(path);
    }

    static CardView cardWithSnippetAt(String source, int line) {
        return app.useCases().knowledge().cards(new CardQuery(Optional.of(source), Optional.empty(), false)).stream()
                .filter(c -> c.snippets().stream().anyMatch(s -> s.line() == line)).findFirst()
                .orElseThrow(() -> new AssertionError("no card with a snippet at " + source + ":" + line));
    }

    static int indexOf(CardView card, int line) {
        for (int i = 0; i < card.snippets().size(); i++) if (card.snippets().get(i).line() == line) return i;
        throw new AssertionError();
    }

    @Test
    void runningTheTypeAndObjectExampleShowsWhatItPrintedAndThatItMatchesTheNotes() {
        var card = cardWithSnippetAt(SeedSnippetsTest.S003, 151);
        int i = indexOf(card, 151);
        open("/cards/" + card.id());
        app.chromium().browser.findElement(By.cssSelector("#snippet-" + i + " button.run-button")).click();
        app.chromium().wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#run-" + i + " .run-result")));
        var result = app.chromium().browser.findElement(By.cssSelector("#run-" + i + " .run-result"));
        assertThat(result.getAttribute("data-status")).isEqualTo("ok");
        assertThat(result.findElement(By.cssSelector(".run-verdict")).getText()).contains("ok", "comments match");
        assertThat(result.findElement(By.cssSelector(".run-stdout")).getText()).contains("<class 'type'>");
    }

    @Test
    void aFixtureAttachedOnTheCardPageLetsTheFileCellRun() {
        var card = cardWithSnippetAt(SeedSnippetsTest.S004, 40);
        int i = indexOf(card, 40);
        open("/cards/" + card.id());
        var browser = app.chromium().browser;
        browser.findElement(By.cssSelector("#snippet-" + i + " button.run-button")).click();
        app.chromium().wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#run-" + i + " .run-result")));
        assertThat(browser.findElement(By.cssSelector("#run-" + i + " .run-result")).getAttribute("data-status")).isEqualTo("needs-fixture");

        app.chromium().wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fixture-name")));
        browser.findElement(By.id("fixture-name")).sendKeys("file.txt");
        browser.findElement(By.id("fixture-content")).sendKeys("Hello World!!!\nHello ITAM!\n");
        browser.findElement(By.cssSelector(".fixture-form button")).click();
        app.chromium().wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fixtures"), "Attached file.txt"));
        assertThat(browser.findElement(By.cssSelector(".fixture-list")).getText()).contains("file.txt", "27 bytes");

        browser.findElement(By.cssSelector("#snippet-" + i + " button.run-button")).click();
        app.chromium().wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#run-" + i + " .run-result"), "data-status", "ok"));
        // the cell's last line is an expression: its repr is what the notebook showed
        assertThat(browser.findElement(By.cssSelector("#run-" + i + " .run-display")).getText()).isEqualTo("'Hello World!!!\\nHello ITAM!\\n'");
    }

    @Test
    void aSnippetThatNeverEndsIsStoppedAndTheServerKeepsAnswering() throws Exception {
        var card = cardWithSnippetAt("sandbox.md", 6);
        open("/cards/" + card.id());
        var http = HttpClient.newHttpClient();
        var health = HttpRequest.newBuilder(app.served().url().resolve("/api/health")).timeout(Duration.ofSeconds(3)).build();
        app.chromium().browser.findElement(By.cssSelector("#snippet-0 button.run-button")).click();
        // while the loop spins in its sandbox
        Thread.sleep(1000);
        var during = CompletableFuture.supplyAsync(() -> {
            try {
                return http.send(health, HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).get();
        assertThat(during.statusCode()).isEqualTo(200);
        assertThat(during.body()).isEqualTo("{\"status\":\"ok\"}");
        new WebDriverWait(app.chromium().browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#run-0 .run-result")));
        var verdict = app.chromium().browser.findElement(By.cssSelector("#run-0 .run-verdict")).getText();
        assertThat(verdict).contains("error", "stopped after 5 s");
        assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void outputThatLooksLikeMarkupIsShownAsText() {
        var card = cardWithSnippetAt("sandbox.md", 13);
        open("/cards/" + card.id());
        app.chromium().browser.findElement(By.cssSelector("#snippet-0 button.run-button")).click();
        app.chromium().wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#run-0 .run-stdout")));
        assertThat(app.chromium().browser.findElement(By.cssSelector("#run-0 .run-stdout")).getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(app.chromium().browser.findElements(By.cssSelector("#run-0 img"))).isEmpty();
    }

    @Test
    void theSnippetsPageChecksEverySnippetGroupedBySource() {
        open("/");
        app.chromium().browser.findElement(By.linkText("Snippets")).click();
        app.chromium().wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Snippets"));
        app.chromium().browser.findElement(By.cssSelector(".check-form button")).click();
        new WebDriverWait(app.chromium().browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("snippet-results"), "snippets:"));
        var results = app.chromium().browser.findElement(By.id("snippet-results"));
        assertThat(results.findElements(By.cssSelector("h2 code")).stream().map(e -> e.getText()))
                .contains(SeedSnippetsTest.S000, SeedSnippetsTest.S003, SeedSnippetsTest.S004, "sandbox.md");
        var iterator = results.findElements(By.cssSelector(".snippet-result")).stream()
                .filter(li -> li.getText().contains(SeedSnippetsTest.S000 + ":6")).findFirst().orElseThrow();
        assertThat(iterator.getAttribute("data-status")).isEqualTo("error");
        // an error's details are open already (a click would close them)
        if (iterator.findElement(By.tagName("details")).getAttribute("open") == null) iterator.findElement(By.tagName("summary")).click();
        assertThat(iterator.findElement(By.tagName("pre")).getText()).contains("IndentationError");
    }

    @Test
    void theApiRunsOneSnippetAndChecksThemAll() throws Exception {
        var http = HttpClient.newHttpClient();
        var card = cardWithSnippetAt(SeedSnippetsTest.S000, 5);
        var run = http.send(HttpRequest.newBuilder(app.served().url().resolve("/api/cards/" + card.id() + "/snippets/0/run"))
                .POST(HttpRequest.BodyPublishers.noBody()).header(prepdeck.testing.LocalCsrf.HEADER, prepdeck.testing.LocalCsrf.token(http, app.served().url())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(run.statusCode()).isEqualTo(200);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.body());
        assertThat(json.get("status").asText()).isEqualTo("error");
        assertThat(json.get("line").asInt()).isEqualTo(6);
        assertThat(json.get("error").get("type").asText()).isEqualTo("IndentationError");

        var missing = http.send(HttpRequest.newBuilder(app.served().url().resolve("/api/cards/" + card.id() + "/snippets/7/run"))
                .POST(HttpRequest.BodyPublishers.noBody()).header(prepdeck.testing.LocalCsrf.HEADER, prepdeck.testing.LocalCsrf.token(http, app.served().url())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"error\"", "no snippet 7");

        var all = http.send(HttpRequest.newBuilder(app.served().url().resolve("/api/snippets")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(all.statusCode()).isEqualTo(200);
        var results = new com.fasterxml.jackson.databind.ObjectMapper().readTree(all.body());
        assertThat(results.isArray()).isTrue();
        assertThat(results.size()).isGreaterThanOrEqualTo(10);
        assertThat(results.get(0).fieldNames()).toIterable().startsWith("card", "source", "line", "status", "detail");
    }
}
