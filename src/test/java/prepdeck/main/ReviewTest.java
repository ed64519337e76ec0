package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.ImportProgress;
import prepdeck.cli.WebServing;

/** Practice through the whole program over the seeds: the HTTP API of the contract and {@code prepdeck review}. */
class ReviewTest {
    @TempDir Path data;
    WebServing.Served served;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        var useCases = Main.openSingleUser(data);
        useCases.importNotes().run(List.of(SeedImportTest.SEEDS), ImportProgress.NONE);
        served = Main.serveWeb(useCases, data, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        served.stop().close();
        http.close();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(served.url().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(prepdeck.testing.LocalCsrf.withToken(HttpRequest.newBuilder(served.url().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), http, served.url()), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    @Test
    void theNextCardComesWithTheIntervalOfEachGradeAndAnAnswerIsAcknowledgedOnce() throws Exception {
        var next = get("/api/review/next");
        assertThat(next.statusCode()).isEqualTo(200);
        JsonNode n = body(next);
        JsonNode card = n.get("card");
        assertThat(card.get("status").asText()).isEqualTo("answered");
        assertThat(card.has("follow_ups")).isTrue();
        assertThat(n.get("intervals").get("1").asDouble()).isCloseTo(1.0 / 1440, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(n.get("intervals").get("3").asDouble()).isCloseTo(10.0 / 1440, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(n.get("intervals").get("4").asDouble()).isGreaterThanOrEqualTo(1);
        assertThat(n.get("interval_labels").get("3").asText()).isEqualTo("10m");

        String answer = "{\"card\":" + card.get("id").asLong() + ",\"rating\":3,\"idempotency_key\":\"k-1\",\"duration_ms\":4200}";
        var first = post("/api/reviews", answer);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode receipt = body(first);
        assertThat(receipt.get("review_id").asLong()).isPositive();
        assertThat(receipt.get("state").asText()).isEqualTo("Learning");
        assertThat(receipt.get("due").asText()).endsWith("Z");
        var again = post("/api/reviews", answer);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(body(get("/api/stats")).get("reviews").asInt()).isEqualTo(1);

        var undo = post("/api/reviews/" + receipt.get("review_id").asLong() + "/undo", "");
        assertThat(undo.statusCode()).as(undo.body()).isEqualTo(200);
        assertThat(body(undo).get("state").asText()).isEqualTo("New");
        assertThat(body(get("/api/stats")).get("reviews").asInt()).isZero();
    }

    @Test
    void badAnswersGetClearErrors() throws Exception {
        long gap = body(get("/api/gaps")).get(0).get("id").asLong();
        long card = body(get("/api/review/next")).get("card").get("id").asLong();
        var unknown = post("/api/reviews", "{\"card\":99999,\"rating\":3,\"idempotency_key\":\"a\",\"duration_ms\":1}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(body(unknown).get("error").asText()).isEqualTo("no card 99999");
        var rating = post("/api/reviews", "{\"card\":" + card + ",\"rating\":5,\"idempotency_key\":\"b\",\"duration_ms\":1}");
        assertThat(rating.statusCode()).isEqualTo(400);
        assertThat(body(rating).get("error").asText()).contains("rating must be 1", "got 5");
        var gapAnswer = post("/api/reviews", "{\"card\":" + gap + ",\"rating\":3,\"idempotency_key\":\"c\",\"duration_ms\":1}");
        assertThat(gapAnswer.statusCode()).isEqualTo(409);
        assertThat(body(gapAnswer).get("error").asText()).contains("is a gap");
        assertThat(post("/api/reviews", "{\"card\":" + card + ",\"rating\":3}").statusCode()).isEqualTo(400);
        assertThat(post("/api/reviews", "not json").statusCode()).isEqualTo(400);
        assertThat(get("/api/review/next?topic=" + URLEncoder.encode("No such", StandardCharsets.UTF_8)).statusCode()).isEqualTo(404);
        assertThat(body(get("/api/stats")).get("reviews").asInt()).isZero();
    }

    @Test
    void nothingDueAndNoNewCardsLeftIs204() throws Exception {
        assertThat(post("/api/review/settings", "{\"new_per_day\":2}").statusCode()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            long card = body(get("/api/review/next")).get("card").get("id").asLong();
            assertThat(post("/api/reviews", "{\"card\":" + card + ",\"rating\":4,\"idempotency_key\":\"e" + i + "\",\"duration_ms\":1}")
                    .statusCode()).isEqualTo(200);
        }
        var none = get("/api/review/next");
        assertThat(none.statusCode()).isEqualTo(204);
        assertThat(none.body()).isEmpty();
    }

    @Test
    void aTopicRestrictsTheQueueToItsCards() throws Exception {
        String topic = "Вопросы с собеседований";
        var next = get("/api/review/next?topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8));
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(body(next).get("card").get("topic").asText()).startsWith(topic);
        var page = get("/review?topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-topic=\"" + topic + "\"", "/assets/review.js", "href=\"/review\"");
    }

    @Test
    void theTerminalSessionShowsRevealsGradesUndoesAndQuits() {
        // Enter reveals, 3 grades Good; the next card: space reveals, u undoes (the first card again); q quits
        var run = new InProcess(data).withInput("\n3\n \nu\nq\n", "review");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("show answer", "── answer ──", "[3] Good 10m", "Good: back in 10m (Learning)",
                "undone: card", "is New again", "0 answered.");
        var stats = new InProcess(data).prepdeck("stats", "--json");
        assertThat(stats.json().get("reviews").asInt()).isZero();
        var again = new InProcess(data).withInput("\n4\n\n4\n", "review", "--new-per-day", "1");
        assertThat(again.out()).contains("Easy: back in", "Nothing is due", "1 answered.");
        assertThat(new InProcess(data).prepdeck("stats", "--json").json().get("reviews").asInt()).isEqualTo(1);
    }
}
