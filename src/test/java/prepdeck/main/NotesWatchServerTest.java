package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} watches the notes it was imported from: on a real server over a temporary copy of notes, an edited
 * note shows its new text over HTTP within a few seconds, its card keeps its id and its reviews, and a note that can
 * no longer be read loses nothing and says so on {@code /api/changes}.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class NotesWatchServerTest {
    static final Duration WITHIN = Duration.ofSeconds(5);
    static final String GENERATORS = """
            # Python

            ## Generators

            ### What does yield do?

            It pauses the function and hands a value to the caller.

            ### What is a generator expression?

            A lazy comprehension written with parentheses.
            """;
    static final String SOLO = """
            # Networking

            ## What does TCP guarantee?

            Ordered, reliable delivery of a byte stream.
            """;

    @TempDir Path data;
    @TempDir Path notes;
    SeedServer server;
    final ObjectMapper json = new ObjectMapper();
    Path generators;
    Path solo;

    @BeforeEach
    void start() throws Exception {
        generators = Files.createDirectories(notes.resolve("course").resolve("python")).resolve("generators.md");
        Files.writeString(generators, GENERATORS);
        solo = Files.createDirectories(notes.resolve("loose")).resolve("tcp.md");
        Files.writeString(solo, SOLO);
        Files.writeString(notes.resolve("loose").resolve("unrelated.md"), "# Not imported\n\n## Should this appear?\n\nNo.\n");
        // a folder with a subfolder, and a single file given by itself
        server = SeedServer.startWithOnly(data, notes.resolve("course"), solo);
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.close();
    }

    JsonNode get(String path) throws Exception {
        var r = server.get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    long cardId(String prompt) throws Exception {
        for (JsonNode c : get("/api/cards")) if (c.get("prompt").asText().equals(prompt)) return c.get("id").asLong();
        throw new AssertionError("no card '" + prompt + "' in " + get("/api/cards"));
    }

    JsonNode waitFor(String path, Predicate<JsonNode> done) throws Exception {
        long until = System.nanoTime() + WITHIN.toNanos();
        JsonNode last;
        do {
            last = get(path);
            if (done.test(last)) return last;
            Thread.sleep(100);
        } while (System.nanoTime() < until);
        throw new AssertionError("not within " + WITHIN + ": " + path + " is " + last);
    }

    @Test
    void anEditedNoteIsImportedAgainWhileServingAndItsCardKeepsItsReviews() throws Exception {
        long yield = cardId("What does yield do?");
        var answered = server.post("/api/reviews", "application/json",
                "{\"card\":" + yield + ",\"rating\":3,\"idempotency_key\":\"watch-1\",\"duration_ms\":3000}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        long before = get("/api/changes").get("version").asLong();

        long started = System.nanoTime();
        Files.writeString(generators, GENERATORS.replace("hands a value to the caller", "hands a value to the caller, then resumes there"));
        JsonNode card = waitFor("/api/cards/" + yield, c -> c.get("answer").asText().contains("then resumes there"));
        System.err.printf("the edit showed on /api/cards after %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        assertThat(card.get("id").asLong()).isEqualTo(yield);
        assertThat(server.useCases().practice().history(yield).reviews()).hasSize(1);
        assertThat(server.get("/cards/" + yield).body()).contains("then resumes there").contains("id=\"card-history\"");
        JsonNode changes = get("/api/changes");
        assertThat(changes.get("version").asLong()).isGreaterThan(before);
        assertThat(changes.get("watching").asBoolean()).isTrue();
        assertThat(changes.get("reimport").get("failed").asBoolean()).isFalse();
        assertThat(changes.get("reimport").get("paths").get(0).asText()).isEqualTo(notes.resolve("course").toAbsolutePath().toString());

        // a new note in the watched folder comes in too
        Files.writeString(generators.resolveSibling("decorators.md"), "# Python\n\n## Decorators\n\n### What does a decorator return?\n\nA callable.\n");
        waitFor("/api/cards", cards -> cards.findValues("prompt").stream().anyMatch(p -> p.asText().equals("What does a decorator return?")));
    }

    @Test
    void aFileImportedByItselfIsWatchedAloneAndTheFilesBesideItAreNot() throws Exception {
        long tcp = cardId("What does TCP guarantee?");
        Files.writeString(solo, SOLO.replace("a byte stream", "a byte stream, with flow control"));
        Files.writeString(solo.resolveSibling("unrelated.md"), "# Not imported\n\n## Should this appear?\n\nStill no.\n");
        waitFor("/api/cards/" + tcp, c -> c.get("answer").asText().contains("flow control"));
        assertThat(get("/api/cards").findValues("prompt")).extracting(JsonNode::asText).doesNotContain("Should this appear?");
        assertThat(get("/api/cards").get(0).has("source")).isTrue();
        assertThat(get("/api/cards/" + tcp).get("source").asText()).isEqualTo("tcp.md");
    }

    @Test
    void aNoteThatCanNoLongerBeReadLosesNothingAndSaysSo() throws Exception {
        long yield = cardId("What does yield do?");
        long before = get("/api/changes").get("version").asLong();
        Files.write(generators, new byte[] {'#', ' ', 0, 0, 0, 1, 2, 3, 0, 0}); // not text
        JsonNode changes = waitFor("/api/changes", c -> c.get("reimport").isObject());
        String problem = changes.get("reimport").get("problems").get(0).asText();
        assertThat(problem).contains("python/generators.md").contains("its cards are as they were");
        assertThat(changes.get("version").asLong()).isEqualTo(before);
        assertThat(get("/api/cards/" + yield).get("answer").asText()).contains("hands a value to the caller");
        assertThat(get("/api/cards/" + yield).get("status").asText()).isEqualTo("answered");

        // fixed again: imported, and the problem is gone
        Files.writeString(generators, GENERATORS.replace("the caller", "its caller"), StandardCharsets.UTF_8);
        waitFor("/api/cards/" + yield, c -> c.get("answer").asText().contains("its caller"));
        assertThat(get("/api/changes").get("reimport").get("problems")).isEmpty();
    }
}
