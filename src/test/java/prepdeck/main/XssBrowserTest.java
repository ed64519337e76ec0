package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import prepdeck.app.CardQuery;
import prepdeck.app.CardView;
import prepdeck.snippets.SnippetChecker;
import prepdeck.testing.XssCorpus;

/**
 * Notes are untrusted: the whole XSS corpus ({@code src/test/resources/xss}) is written into notes of every
 * shape the importer reads (Markdown headings, answers and code, numbered questions, Obsidian {@code Q::A} and
 * {@code ==cloze==} cards, notebook output, a snippet that prints it), imported into a real data folder, and
 * every page that shows it is opened in headless Chromium with the CSP switched off in the browser, so that
 * escaping and sanitizing alone must keep every payload inert. A payload that ran would set
 * {@code top.__xss}, open a dialog, set the title to {@code XSS<n>}, navigate away, or fetch from a
 * collector this test runs; none may happen. Every response must still carry the CSP header.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XssBrowserTest {
    private static final int CHUNK = 40;
    private static final String SETTLE = """
            var done = arguments[arguments.length - 1];
            requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(function () {
              done({x: typeof top.__xss === 'undefined' ? null : String(top.__xss), t: document.title, u: location.href});
            }, 30); }); });
            """;

    @TempDir static Path data;
    @TempDir static Path notes;
    @TempDir static Path uploads;
    static SeedApp app;
    static HttpServer collector;
    static String hitBase;
    static final List<String> hits = new CopyOnWriteArrayList<>();
    static final Set<String> visited = new LinkedHashSet<>();
    static final List<String> failures = new ArrayList<>();
    static List<XssCorpus.Payload> corpus;

    @BeforeAll
    static void start() throws IOException {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/", exchange -> {
            hits.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        collector.start();
        hitBase = "http://127.0.0.1:" + collector.getAddress().getPort() + "/xss-hit";
        corpus = XssCorpus.load();
        writeNotes();
        app = SeedApp.startWithOnly(data, 1200, 900, notes);
        app.chromium().bypassContentSecurityPolicy();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
        if (collector != null) collector.stop(0);
    }

    static List<String> texts(List<XssCorpus.Payload> payloads) {
        return payloads.stream().map(p -> p.text(hitBase)).toList();
    }

    /** Four files of four formats, each holding every payload in its headings, prompts and answers. */
    static void writeNotes() throws IOException {
        var chunks = XssCorpus.chunks(corpus, CHUNK);
        var outline = new StringBuilder();
        var questions = new StringBuilder("Questions about hostile notes\n\n");
        var obsidian = new StringBuilder();
        var notebook = new StringBuilder();
        for (int k = 0; k < chunks.size(); k++) {
            List<String> p = texts(chunks.get(k));
            int half = p.size() / 2;
            String first = String.join(" ~ ", p.subList(0, half)), second = String.join(" ~ ", p.subList(half, p.size()));
            // Markdown: a topic named with payloads, a card named with the rest, each payload a paragraph and a line of code, a gap.
            outline.append("# Topic ").append(k).append(' ').append(first).append("\n\n");
            outline.append("## Card ").append(k).append(' ').append(second).append("\n\n");
            for (String s : p) outline.append(s).append("\n\n");
            outline.append("```python\n");
            for (String s : p) outline.append(s).append('\n');
            outline.append("```\n\n");
            outline.append("## Gap ").append(k).append(' ').append(p.getFirst()).append("\n\n");
            // Numbered questions: the prompt is every payload of the chunk, the answer each on its line.
            questions.append(k + 1).append(". Question ").append(k).append(' ').append(String.join(" ~ ", p)).append("?\n");
            for (String s : p) questions.append(s).append('\n');
            questions.append('\n');
            // Obsidian cards.
            obsidian.append("Card ").append(k).append(' ').append(first.replace("::", ": :")).append(" :: ")
                    .append(second.replace("::", ": :")).append("\n\n");
            obsidian.append("Cloze ").append(k).append(" ==").append(first.replace("==", "= =")).append("== and ==")
                    .append(second.replace("==", "= =")).append("== end\n\n");
            // Notebook text: the payloads are what a cell printed.
            notebook.append("# Cell ").append(k).append(' ').append(first).append("\n\nIn [").append(k + 1).append("]:\n")
                    .append("print(").append(k).append(")\n\n");
            for (String s : p) notebook.append(s).append('\n');
            notebook.append('\n');
        }
        // A snippet that prints every payload when "Run" is pressed.
        String all = String.join("\n", texts(corpus));
        outline.append("# Printing\n\n## Prints the corpus\n\n```python\nimport base64\nprint(base64.b64decode('")
                .append(Base64.getEncoder().encodeToString(all.getBytes(StandardCharsets.UTF_8))).append("').decode())\n```\n");
        Files.writeString(notes.resolve("outline.md"), outline);
        Files.writeString(notes.resolve("questions.txt"), questions);
        Files.writeString(notes.resolve("obsidian.txt"), obsidian);
        Files.writeString(notes.resolve("notebook.txt"), notebook);
    }

    static void open(String path) {
        app.open(path);
        check(path);
    }

    /** Lets load, error, focus and animation handlers and refreshes have their turn, then looks for any sink. */
    @SuppressWarnings("unchecked")
    static void check(String where) {
        var chromium = app.chromium();
        chromium.takeDialog().ifPresent(d -> failures.add(where + ": a dialog opened: " + d));
        String expected = chromium.browser.getCurrentUrl();
        visited.add(URI.create(expected).getRawPath() + (URI.create(expected).getRawQuery() == null ? "" : "?" + URI.create(expected).getRawQuery()));
        Map<String, Object> state;
        try {
            state = (Map<String, Object>) chromium.browser.executeAsyncScript(SETTLE);
        } catch (UnhandledAlertException e) {
            failures.add(where + ": a dialog opened: " + chromium.takeDialog().orElse(e.getMessage()));
            return;
        }
        chromium.takeDialog().ifPresent(d -> failures.add(where + ": a dialog opened: " + d));
        if (state.get("x") != null) failures.add(where + ": payload " + state.get("x") + " ran (top.__xss)");
        if (String.valueOf(state.get("t")).matches("XSS\\d+")) failures.add(where + ": the title was set to " + state.get("t"));
        if (!expected.replaceAll("#.*", "").equals(String.valueOf(state.get("u")).replaceAll("#.*", ""))) {
            failures.add(where + ": the page went to " + state.get("u"));
        }
        if (!hits.isEmpty()) {
            failures.add(where + ": the browser fetched " + hits);
            hits.clear();
        }
    }

    static void assertNoFailures() {
        var now = List.copyOf(failures);
        failures.clear();
        assertThat(now).as(String.join("\n", now)).isEmpty();
    }

    static List<CardView> cards() {
        return app.useCases().knowledge().cards(CardQuery.ALL);
    }

    /** The control: markup injected into a real page (the CSP is off in this browser) is seen by every kind of check. */
    @Test
    @Order(0)
    void theChecksSeeAPayloadThatRuns() {
        app.open("/");
        app.chromium().browser.executeScript("document.body.insertAdjacentHTML('beforeend', arguments[0])",
                "<img src=x onerror=top.__xss=-1><img src=\"" + hitBase + "?id=-2\"><img src=y onerror=document.title='XSS0'>");
        check("control");
        var seen = List.copyOf(failures);
        failures.clear();
        assertThat(seen).anyMatch(f -> f.contains("payload -1 ran")).anyMatch(f -> f.contains("id=-2"))
                .anyMatch(f -> f.contains("title was set to XSS0"));
        app.open("/");
        app.chromium().browser.executeScript("setTimeout(function () { alert('control') }, 0)");
        check("control dialog");
        assertThat(List.copyOf(failures)).anyMatch(f -> f.contains("a dialog opened"));
        failures.clear();
    }

    @Test
    @Order(1)
    void theNotesHoldTheWholeCorpus() {
        assertThat(corpus).hasSizeGreaterThan(300);
        var cards = cards();
        assertThat(cards).hasSizeGreaterThanOrEqualTo(40); // 10 chunks × 4 files, at least one card each, plus the printing snippet
        String everything = cards.stream().map(c -> c.prompt() + "\n" + c.answer() + "\n" + c.topic()).collect(Collectors.joining("\n"));
        var missing = corpus.stream().filter(p -> !everything.contains(p.text(hitBase).strip())).map(XssCorpus.Payload::id).toList();
        // A payload the importer reads differently (a leading "1." that is a list, ">" a quote) is still in the notes, just not verbatim.
        assertThat(missing.size()).as("payloads not found verbatim in any card: " + missing).isLessThan(corpus.size() / 10);
    }

    @Test
    @Order(2)
    void topicTreeTopicPagesWithTheirAnswersShownAndEveryCardPage() {
        open("/");
        for (var topic : app.useCases().knowledge().topics()) {
            open("/topics/" + topic.id());
            // "Show answer" fetches the rendered answer with htmx and swaps it in.
            int peeks = app.chromium().browser.findElements(By.cssSelector("a.peek")).size();
            app.chromium().browser.executeScript("document.querySelectorAll('a.peek').forEach(function (a) { a.click(); })");
            if (peeks > 0) {
                app.chromium().wait.until(d -> d.findElements(By.cssSelector("a.peek")).isEmpty());
            }
            check("/topics/" + topic.id() + " with its answers shown");
        }
        for (var card : cards()) open("/cards/" + card.id());
        open("/gaps");
        open("/readiness");
        open("/settings");
        open("/snippets");
        assertNoFailures();
    }

    @Test
    @Order(3)
    void searchResultsWithHighlights() {
        int highlighted = 0;
        for (String words : List.of("script", "onerror img", "javascript href", "svg onload", "iframe srcdoc style", "question card topic")) {
            app.open("/");
            app.chromium().browser.findElement(By.id("site-search-q")).sendKeys(words);
            app.chromium().wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#site-search-results .search-results")));
            highlighted += app.chromium().browser.findElements(By.cssSelector("#site-search-results mark")).size();
            check("search box: " + words);
        }
        assertThat(highlighted).as("highlights shown in the search box's results").isPositive();
        open("/search?q=onerror");
        // The query is echoed back ("Nothing found for …", or the syntax error): payloads as queries, several at a time.
        for (var batch : XssCorpus.chunks(corpus.stream().filter(p -> p.id() % 3 == 0).toList(), 20)) {
            open("/search?q=" + URLEncoder.encode(String.join(" ", texts(batch)), StandardCharsets.UTF_8));
        }
        assertNoFailures();
    }

    @Test
    @Order(4)
    void reviewRevealsAnswersThroughItsScript() {
        open("/review");
        var browser = app.chromium().browser;
        browser.findElement(By.id("new-per-day")).clear();
        browser.findElement(By.id("new-per-day")).sendKeys("10000", Keys.ENTER);
        app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-reveal")));
        check("/review");
        int revealed = 0;
        for (int i = 0; i < 15; i++) {
            var reveal = browser.findElements(By.id("review-reveal"));
            if (reveal.isEmpty() || !reveal.getFirst().isDisplayed()) break;
            new Actions(browser).sendKeys(" ").perform();
            app.chromium().wait.until(d -> !d.findElement(By.id("review-reveal")).isDisplayed());
            check("/review, answer " + (i + 1));
            revealed++;
            new Actions(browser).sendKeys("3").perform();
            app.chromium().wait.until(d -> {
                var r = d.findElements(By.id("review-reveal"));
                return r.isEmpty() || r.getFirst().isDisplayed() || !d.findElements(By.cssSelector("#review-card[hidden]")).isEmpty();
            });
        }
        assertThat(revealed).isEqualTo(15);
        open("/readiness");
        assertNoFailures();
    }

    @Test
    @Order(5)
    void anInterviewWithPayloadsTypedAsAnswersItsReportHistoryAndExport() throws Exception {
        var browser = app.chromium().browser;
        open("/interview");
        browser.findElement(By.id("iv-questions")).clear();
        browser.findElement(By.id("iv-questions")).sendKeys("4");
        browser.findElement(By.id("iv-seed")).sendKeys("3", Keys.ENTER);
        app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-prompt")));
        check("interview, first question");
        String session = browser.getCurrentUrl().replaceAll(".*/interview/(\\d+)$", "$1");
        var chunks = XssCorpus.chunks(corpus, corpus.size() / 4 + 1);
        for (int i = 1; i <= 4; i++) {
            final String number = String.valueOf(i);
            app.chromium().wait.until(d -> number.equals(d.findElement(By.id("iv-number")).getText())
                    && d.findElement(By.id("iv-answer")).isEnabled());
            var answer = browser.findElement(By.id("iv-answer"));
            // A few payloads typed key by key, the rest of this quarter of the corpus pasted in.
            browser.executeScript("arguments[0].value = arguments[1]", answer, String.join("\n", texts(chunks.get(i - 1))));
            answer.sendKeys(Keys.END, "\n<img src=x onerror=top.__xss='typed'> \"><svg onload=alert(" + i + ")>");
            new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-feedback")));
            check("interview, feedback " + i);
            new Actions(browser).sendKeys("2").perform();
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-next")));
            new Actions(browser).sendKeys("n").perform();
        }
        app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-done")));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-summary")));
        check("interview report");
        open("/interview/" + session);
        open("/interview/history");
        var md = app.server().get("/interview/" + session + ".md");
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
        assertThat(md.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        visited.add("/interview/" + session + ".md");
        assertNoFailures();
    }

    @Test
    @Order(6)
    void snippetOutputPrintedByRunAndTheChecksPage() {
        org.junit.jupiter.api.Assumptions.assumeTrue(SnippetChecker.findPython().isPresent(), () -> {
            System.err.println("\n*** XssBrowserTest: python3 not found, snippet output was NOT checked ***\n");
            return "python3 is needed to run snippets";
        });
        var printer = cards().stream().filter(c -> c.prompt().toLowerCase(java.util.Locale.ROOT).contains("the corpus")).findFirst().orElseThrow();
        open("/cards/" + printer.id());
        var browser = app.chromium().browser;
        browser.findElement(By.cssSelector("#snippet-0 button.run-button")).click();
        app.chromium().wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#run-0 .run-result")));
        assertThat(browser.findElement(By.cssSelector("#run-0 .run-result")).getAttribute("data-status")).isNotEqualTo("sandbox-unavailable");
        check("Run on the printing snippet");
        // The other code blocks hold payloads as Python: their syntax errors and tracebacks echo them.
        var withCode = cards().stream().filter(c -> !c.snippets().isEmpty() && c.id() != printer.id()).findFirst().orElseThrow();
        open("/cards/" + withCode.id());
        browser.findElement(By.cssSelector("#snippet-0 button.run-button")).click();
        app.chromium().wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#run-0 .run-result")));
        check("Run on a snippet of payloads");
        open("/snippets");
        browser.findElement(By.cssSelector(".check-form button")).click();
        app.chromium().wait.withTimeout(java.time.Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".snippet-result")));
        check("/snippets after Check all");
        open("/snippets");
        assertNoFailures();
    }

    @Test
    @Order(7)
    void uploadedFilesNamedWithPayloadsAndTheImportReport() throws IOException {
        var names = XssCorpus.where(corpus, p -> p.fitsAFileName(hitBase)).stream().limit(25).toList();
        assertThat(names).hasSizeGreaterThan(10);
        var paths = new ArrayList<String>();
        for (var p : names) {
            Path file = uploads.resolve(p.text(hitBase) + ".md");
            Files.writeString(file, "# Upload " + p.id() + "\n\n## Named " + p.text(hitBase) + "\n\n" + p.text(hitBase) + "\n");
            paths.add(file.toString());
        }
        open("/import");
        var browser = app.chromium().browser;
        browser.findElement(By.id("files")).sendKeys(String.join("\n", paths));
        browser.findElement(By.cssSelector(".import-form button[type=submit]")).click();
        app.chromium().wait.withTimeout(java.time.Duration.ofSeconds(30))
                .until(d -> d.getPageSource().contains("Upload") || d.getPageSource().contains(".md"));
        check("import report for uploads named with payloads");
        open("/");
        assertNoFailures();
    }

    @Test
    @Order(8)
    void errorPagesEchoingThePathOrTheQuery() {
        // Several payloads to a URL (one path segment), a third of the corpus in all, through each route that echoes input.
        for (var batch : XssCorpus.chunks(corpus.stream().filter(p -> p.id() % 3 == 1).toList(), 25)) {
            String encoded = URLEncoder.encode(String.join(" ", texts(batch)), StandardCharsets.UTF_8).replace("+", "%20");
            for (String path : List.of("/cards/" + encoded, "/topics/" + encoded, "/nothing-here/" + encoded, "/interview/" + encoded,
                    "/review?topic=" + encoded, "/export.apkg?topic=" + encoded)) {
                open(path);
            }
        }
        assertNoFailures();
    }

    @Test
    @Order(9)
    void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
        var missing = new ArrayList<String>();
        var paths = new ArrayList<>(visited);
        paths.addAll(List.of("/api/health", "/api/cards", "/assets/app.css", "/no/such/page", "/cards/%3Cscript%3E"));
        for (String path : paths) {
            HttpResponse<String> r = app.server().get(path);
            if (r.headers().firstValue("Content-Security-Policy").filter(v -> v.contains("script-src 'self'")).isEmpty()) {
                missing.add(r.statusCode() + " " + path);
            }
        }
        var post = app.server().http().send(prepdeck.testing.LocalCsrf.withToken(HttpRequest.newBuilder(app.served().url().resolve("/import"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("<script>")).build(), app.server().http(), app.served().url()),
                HttpResponse.BodyHandlers.ofString());
        if (post.headers().firstValue("Content-Security-Policy").isEmpty()) missing.add(post.statusCode() + " POST /import");
        assertThat(paths).hasSizeGreaterThan(100);
        assertThat(missing).as("responses without the CSP").isEmpty();
    }
}
