package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.ImportNotes;
import prepdeck.app.ImportProgress;
import prepdeck.app.TinyNotes;
import prepdeck.cli.WebServing;
import prepdeck.ingest.NoteReader;
import prepdeck.store.SqliteDatabase;

/**
 * Notes nested thousands of levels deep, through the real server: the import caps them, and cards stored before
 * the cap (put in here by a parser without it) still render, so the card pages, the review queue and the Anki
 * export all answer. Each request's time is logged to stderr; the assertions are functional, with a generous bound
 * against a hang (the house keeps timing out of unit tests).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class NestedNotesServerTest {
    private static final Duration HANG = Duration.ofSeconds(10);

    @TempDir Path data;
    @TempDir Path notes;
    WebServing.Served served;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws IOException {
        Path imported = Files.createDirectories(notes.resolve("imported"));
        // the 6 KB note: 3,000 nested list markers
        Files.writeString(imported.resolve("deep.md"), "# Deep\n\n## What is deep nesting?\n\n" + "- ".repeat(3000) + "bottom\n");
        // 10 MB of nested lists: stairs 2,000 levels deep, and every 50th line 3,000 markers on one line
        var big = new StringBuilder("# Big\n\n## What does a big nested list hold?\n\n");
        for (int i = 0; big.length() < 10 * 1024 * 1024; i++) {
            big.append(i % 50 == 0 ? "- ".repeat(3000) : " ".repeat(2 * (i % 2000))).append("- item ").append(i).append('\n');
        }
        Files.writeString(imported.resolve("big.md"), big);

        // cards stored before the import capped nesting (TinyNotes keeps answers as written)
        Path stored = Files.createDirectories(notes.resolve("stored"));
        var tiny = new StringBuilder("# Stored\n")
                .append("Q: What did a list 3,000 levels deep hold?\nA: ").append("- ".repeat(3000)).append("bottom\n")
                .append("Q: What did quotes and emphasis hold?\nA: ").append("> ".repeat(3000)).append("*a ".repeat(20_000))
                .append("a* ".repeat(20_000)).append('\n')
                .append("Q: What did ten megabytes of nesting hold?\n");
        for (int i = 0; tiny.length() < 10 * 1024 * 1024; i++) tiny.append("A: ").append("> ".repeat(1000)).append("- ".repeat(2000)).append(i).append('\n');
        Files.writeString(stored.resolve("stored.txt"), tiny);
        var store = SqliteDatabase.open(data).localDeck();
        new ImportNotes(store, new NoteReader()::scan, TinyNotes::parse, Clock.systemUTC(), "tiny").importPaths(List.of(stored), ImportProgress.NONE);

        served = Main.serveWeb(Main.openSingleUser(data), data, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        served.stop().close();
        http.close();
    }

    @Test
    void deeplyNestedNotesImportAndEveryPageTheQueueAndTheExportAnswer() throws Exception {
        var report = timed("POST /api/import", () -> post("/api/import",
                json.createObjectNode().set("paths", json.createArrayNode().add(notes.resolve("imported").toString())).toString()));
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        var diagnostics = new ArrayList<String>();
        json.readTree(report.body()).get("sources").forEach(s -> s.get("diagnostics").forEach(d ->
                diagnostics.add(d.get("path").asText() + ":" + d.get("line").asInt() + ": " + d.get("message").asText())));
        // the reader also caps an answer at 20,000 characters, and says so
        assertThat(diagnostics).hasSize(3).anySatisfy(d -> assertThat(d).startsWith("big.md:3: the answer to").contains("keeps its first 20000"))
                .anySatisfy(d -> assertThat(d).startsWith("deep.md:5: lists or quotes nested deeper than 32 levels"))
                .anySatisfy(d -> assertThat(d).startsWith("big.md:5: lists or quotes nested deeper than 32 levels"));

        var cards = json.readTree(get("/api/cards").body());
        var ids = new LinkedHashSet<Long>();
        cards.forEach(c -> ids.add(c.get("id").asLong()));
        assertThat(ids).hasSize(5);

        for (long id : ids) {
            timed("GET /cards/" + id + " (first)", () -> get("/cards/" + id)); // the first view also warms the JIT
            timed("GET /api/review/cards/" + id + " (first)", () -> get("/api/review/cards/" + id));
            var page = timed("GET /cards/" + id, () -> get("/cards/" + id));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).containsAnyOf("bottom", "item ", "render-note");
            assertThat(timed("GET /cards/" + id + "/answer", () -> get("/cards/" + id + "/answer")).statusCode()).isEqualTo(200);
            var shown = timed("GET /api/review/cards/" + id, () -> get("/api/review/cards/" + id));
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(json.readTree(shown.body()).get("answer_html").asText()).isNotEmpty();
        }

        for (String page : List.of("/", "/topics/1", "/topics/2", "/gaps", "/snippets", "/readiness", "/search?q=bottom", "/search?q=bottom", "/search?q=ten",
                "/search?q=item", "/api/search?q=bottom", "/api/search?q=stored", "/review")) {
            var reply = timed("GET " + page, () -> get(page));
            assertThat(reply.statusCode()).as(page).isEqualTo(200);
        }
        var practised = new ArrayList<Long>();
        for (int turn = 0; turn < 20 && practised.size() < ids.size(); turn++) {
            var next = timed("GET /api/review/next", () -> get("/api/review/next"));
            if (next.statusCode() == 204) break;
            assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
            long card = json.readTree(next.body()).get("card").get("id").asLong();
            assertThat(practised).as("the queue moves on from card %d", card).doesNotContain(card);
            practised.add(card);
            String body = "{\"card\":" + card + ",\"rating\":3,\"idempotency_key\":\"k" + turn + "\",\"duration_ms\":1000}";
            var answer = timed("POST /api/reviews", () -> post("/api/reviews", body));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
        assertThat(practised).containsExactlyInAnyOrderElementsOf(ids);

        var export = timed("GET /export.apkg", () -> http.send(request("/export.apkg").build(), HttpResponse.BodyHandlers.ofByteArray()));
        assertThat(export.statusCode()).isEqualTo(200);
        var entries = new ArrayList<String>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(export.body()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) entries.add(e.getName());
        }
        assertThat(entries).contains("collection.anki2");
    }

    @Test
    void aFifoAndADeviceAreRefusedOverHttpAtOnce() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path fifo = notes.resolve("pipe.md");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
        for (Path special : List.of(zero, fifo)) {
            var reply = timed("POST /api/import " + special, () -> post("/api/import", "{\"paths\":[\"" + special + "\"]}"));
            assertThat(reply.statusCode()).isEqualTo(400);
            assertThat(json.readTree(reply.body()).toString()).contains(special + ": not a regular file");
        }
    }

    private interface Call<T> {
        HttpResponse<T> send() throws IOException, InterruptedException;
    }

    private static <T> HttpResponse<T> timed(String what, Call<T> call) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<T> response = call.send();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.err.printf("nested notes: %-32s %d in %,d ms%n", what, response.statusCode(), took.toMillis());
        assertThat(took).as(what + " answers (a bound against hangs; the speed is in the log)").isLessThan(HANG);
        return response;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(served.url().resolve(path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        var built = request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(prepdeck.testing.LocalCsrf.withToken(built, http, built.uri().resolve("/")), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
