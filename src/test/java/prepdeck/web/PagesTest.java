package prepdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PagesTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String page(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase())
                .isEqualTo("text/html;charset=utf-8");
        return response.body();
    }

    @Test
    void topicTreeNestsTopicsWithCountsAndTotals() {
        String html = page("/");
        assertThat(html).contains("<meta name=\"viewport\"", "Skip to content");
        assertThat(html).contains("<a class=\"topic-link nav-item\" href=\"/topics/1\">Python</a>")
                .contains("<a class=\"topic-link nav-item\" href=\"/topics/2\">Генераторы</a>");
        // Python holds one gap itself and two cards in its subtopic.
        assertThat(html).containsPattern("href=\"/topics/1\">Python</a>\\s*<span class=\"counts\"><span class=\"count-cards\">2 cards</span> · <span class=\"count-gaps\">1 gap</span>");
        assertThat(html).contains("<details open>");
        assertThat(html).contains("<dt>Cards</dt><dd>5</dd>", "<dt>Gaps</dt><dd>2</dd>");
    }

    @Test
    void topicPageListsItsCardsFollowUpsAndGaps() {
        String html = page("/topics/" + FixtureKnowledge.GENERATORS_TOPIC);
        assertThat(html).contains("<h1>Генераторы</h1>", "href=\"/cards/10\"", "Что такое генератор?",
                "card-row follow-up", "Чем yield отличается от return?", "hx-get=\"/cards/10/answer\"");
        String databases = page("/topics/" + FixtureKnowledge.DATABASES_TOPIC);
        assertThat(databases).contains("Порівняйте SQL і NoSQL", "Рівні ізоляції транзакцій", "003_questions.txt:60",
                "<a href=\"/topics/4\">Interview questions</a>");
    }

    @Test
    void cardPageRendersTheAnswerAndEverythingAroundIt() {
        String html = page("/cards/" + FixtureKnowledge.GENERATOR_CARD);
        assertThat(html).contains("<h1 class=\"prompt\">Что такое генератор?</h1>", "lang=\"ru\"",
                "<code>000_outline.txt:12</code>", "<pre><code class=\"language-python\">def countdown(n):",
                "Expected output", "[3, 2, 1]", "href=\"/cards/11\"",
                "href=\"https://docs.python.org/3/glossary.html#term-generator\" rel=\"nofollow noopener noreferrer\"");
        String followUp = page("/cards/" + FixtureKnowledge.YIELD_FOLLOW_UP);
        assertThat(followUp).contains("Follow-up of <a href=\"/cards/10\"");
    }

    @Test
    void cardPageShowsTablesAndLectureTimeCodes() {
        String html = page("/cards/" + FixtureKnowledge.SQL_TABLE_CARD);
        assertThat(html).contains("<table>", "<th align=\"center\">SQL</th>", "<td align=\"right\">BASE</td>")
                .contains("video 12.02.24 at 1:35:00 — бази даних і індекси");
    }

    @Test
    void answerFragmentIsJustTheAnswer() {
        String html = page("/cards/" + FixtureKnowledge.SQL_TABLE_CARD + "/answer");
        assertThat(html).startsWith("<details").contains("<table>").doesNotContain("<html");
    }

    @Test
    void gapCardSaysItIsNotWrittenYet() {
        assertThat(page("/cards/" + FixtureKnowledge.METACLASS_GAP)).contains("Not written yet")
                // the next step: where to write it and a Markdown stub to paste there
                .contains("Next step: write the answer at", "class=\"markdown-stub\"", "## Что такое метакласс?");
    }

    @Test
    void gapsAreGroupedByTopicWithSourceAndLine() {
        String html = page("/gaps");
        assertThat(html).contains("<a href=\"/topics/1\">Python</a>", "Что такое метакласс?", "000_outline.txt:40",
                "<a href=\"/topics/5\">Interview questions / Databases</a>", "003_questions.txt:60");
        assertThat(html.indexOf("Что такое метакласс?")).isLessThan(html.indexOf("Рівні ізоляції транзакцій"));
    }

    @Test
    void notesCannotInjectMarkupAnywhereOnThePages() {
        String card = page("/cards/" + FixtureKnowledge.XSS_CARD);
        assertOnlyOurOwnMarkup(card);
        assertThat(card).contains("&lt;script&gt;window.__pwned", "&lt;img src&#61;x onerror");
        // The javascript: reference is shown as text, never as a link.
        assertThat(card).contains("<li>javascript:alert('ref') <span");
        assertOnlyOurOwnMarkup(page("/cards/" + FixtureKnowledge.XSS_CARD + "/answer"));
        assertOnlyOurOwnMarkup(page("/topics/" + FixtureKnowledge.SECURITY_TOPIC));
        assertOnlyOurOwnMarkup(page("/"));
        assertOnlyOurOwnMarkup(page("/gaps"));
    }

    /** Every real tag in the page (escaped text cannot match) is one our templates write. */
    private static void assertOnlyOurOwnMarkup(String html) {
        var tags = java.util.regex.Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>").matcher(html);
        while (tags.find()) {
            String name = tags.group(1).toLowerCase(), attributes = tags.group(2).toLowerCase();
            assertThat(name).as(tags.group()).isNotIn("img", "svg", "iframe", "object", "embed", "style", "base");
            // the one form a page may hold is the header's search box
            if (name.equals("form")) assertThat(tags.group()).isEqualTo("<form class=\"site-search\" action=\"/search\" method=\"get\" role=\"search\">");
            assertThat(attributes).as(tags.group()).doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContain("javascript:", "style=");
            if (name.equals("script")) assertThat(attributes).as(tags.group()).matches(" src=\"/assets/[a-z.]+\" defer");
        }
    }

    @Test
    void pagesForbidInlineScriptThroughCsp() {
        var response = server.get("/");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void unknownThingsAreFriendly404PagesAndBadIds400() {
        var card = server.get("/cards/4242");
        assertThat(card.statusCode()).isEqualTo(404);
        assertThat(card.body()).contains("no card 4242", "Back to the topics");
        assertThat(server.get("/topics/999").statusCode()).isEqualTo(404);
        assertThat(server.get("/cards/abc").statusCode()).isEqualTo(400);
        var nowhere = server.get("/no/such/page");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("<html", "nothing at GET /no/such/page");
    }

    @Test
    void assetsAreServedFromTheClasspathAndRevalidated() {
        for (String name : new String[] {"app.css", "app.js", "htmx.min.js", "highlight.min.js", "hljs-light.css", "hljs-dark.css"}) {
            var response = server.get("/assets/" + name);
            assertThat(response.statusCode()).as(name).isEqualTo(200);
            assertThat(response.body()).as(name).isNotBlank();
            String etag = response.headers().firstValue("ETag").orElseThrow();
            var again = server.send(HttpRequest.newBuilder(server.uri("/assets/" + name)).header("If-None-Match", etag).build());
            assertThat(again.statusCode()).as(name).isEqualTo(304);
        }
        assertThat(server.get("/assets/nothing.js").statusCode()).isEqualTo(404);
        assertThat(server.get("/assets/..%2F..%2Fetc%2Fpasswd").statusCode()).isIn(400, 404);
    }

    @Test
    void importFormShowsTheReportOfAnUpload() {
        var multipart = new Multipart()
                .file("files", "000_outline.txt", "# Python\n\nГенератор — функция\n")
                .file("files", "../../evil name?.txt", "second file\n")
                .field("folder", "");
        HttpResponse<String> response = server.send(multipart.post(server.uri("/import")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Imported.", "<code>000_outline.txt</code>", "evil name_.txt",
                "Diagnostics", "heading &lt;script&gt;");
        var call = server.imports.calls.getLast();
        assertThat(call.names()).containsExactly("000_outline.txt", "evil name_.txt");
        assertThat(call.texts().getFirst()).isEqualTo("# Python\n\nГенератор — функция\n");
        Path uploadFolder = call.paths().getFirst();
        assertThat(uploadFolder.startsWith(server.dataDir.resolve("uploads"))).as(uploadFolder.toString()).isTrue();
        assertThat(Files.exists(uploadFolder)).as("uploaded files are removed once imported").isFalse();
    }

    @Test
    void importFormTakesAFolderOnDisk() throws Exception {
        Path folder = Files.createTempDirectory(server.dataDir, "notes");
        Files.writeString(folder.resolve("a.txt"), "one\n");
        HttpResponse<String> response = server.send(new Multipart().field("folder", folder.toString()).post(server.uri("/import")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<code>a.txt</code>");
    }

    @Test
    void badImportsExplainThemselvesAndTheServerStaysUp() {
        var nothing = server.send(new Multipart().field("folder", "").post(server.uri("/import")));
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(nothing.body()).contains("Import failed.", "Choose one or more files");
        var missing = server.send(new Multipart().field("folder", "/no/such/notes").post(server.uri("/import")));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("no such file or folder: /no/such/notes", "value=\"/no/such/notes\"");
        var broken = server.send(new Multipart().file("files", "bad.txt", "BROKEN").post(server.uri("/import")));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("bad.txt:1: cannot make sense of this file");
        var notMultipart = server.send(HttpRequest.newBuilder(server.uri("/import")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("garbage")).build());
        assertThat(notMultipart.statusCode()).isEqualTo(400);
        assertThat(page("/")).contains("Python");
    }

    @Test
    void anUploadTooLargeIsRefusedWithAMessage() {
        byte[] big = new byte[(int) (WebApp.MAX_FILE_MEGABYTES * 1024 * 1024 + 1024)];
        java.util.Arrays.fill(big, (byte) 'a');
        var response = server.send(new Multipart().file("files", "big.txt", big).post(server.uri("/import")));
        assertThat(response.statusCode()).isEqualTo(413);
        // the rest of the body was not read: the connection closes, so the next request goes on a fresh one
        assertThat(response.headers().firstValue("Connection")).hasValueSatisfying(v -> assertThat(v).isEqualToIgnoringCase("close"));
        assertThat(response.body()).contains("at most " + WebApp.MAX_FILE_MEGABYTES + " MB");
        assertThat(page("/")).contains("Python");
    }

    /** A multipart/form-data body as a browser sends it. */
    static final class Multipart {
        private final String boundary = "----prepdeck" + UUID.randomUUID();
        private final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart file(String name, String filename, String content) {
            return file(name, filename, content.getBytes(StandardCharsets.UTF_8));
        }

        Multipart file(String name, String filename, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                    + "\"\r\nContent-Type: text/plain\r\n\r\n");
            body.writeBytes(content);
            write("\r\n");
            return this;
        }

        HttpRequest post(java.net.URI uri) {
            write("--" + boundary + "--\r\n");
            return HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        }

        private void write(String s) {
            body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
