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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.ImportProgress;
import prepdeck.app.UseCases;
import prepdeck.cli.WebServing;

/** The interview routes over HTTP on a real server over the seeds: the start form, answers, grades, refusals. */
class InterviewApiTest {
    @TempDir static Path data;
    static SeedServer server;
    static UseCases useCases;
    static WebServing.Served served;

    @BeforeAll
    static void start() {
        server = SeedServer.start(data);
        useCases = server.useCases();
        served = server.served();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return server.get(path);
    }

    static HttpResponse<String> post(String path, String type, String body) throws IOException, InterruptedException {
        return server.post(path, type, body);
    }

    static HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return post(path, "application/json", body);
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void theStartFormDrawsAScopedSessionAndTheApiAnswersGradesSkipsAndRefusesWhatIsWrong() throws Exception {
        String topic = "Вопросы с собеседований";
        var started = post("/interview", "application/x-www-form-urlencoded",
                "questions=4&minutes=&lang=ru&seed=5&topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8));
        assertThat(started.statusCode()).isEqualTo(303);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/interview/\\d+");
        long id = Long.parseLong(location.substring("/interview/".length()));

        var session = json(get("/api/interviews/" + id));
        assertThat(session.get("questions")).hasSize(4);
        assertThat(session.get("current").asInt()).isZero();
        for (JsonNode q : session.get("questions")) {
            assertThat(q.get("topic").asText()).startsWith(topic);
            assertThat(q.get("language").asText()).isEqualTo("ru");
        }
        assertThat(get("/interview/" + id).body()).contains("id=\"interview\"").contains("data-session=\"" + id + "\"");

        var feedback = json(postJson("/api/interviews/" + id + "/questions/1/answer", "{\"answer\":\"брокер кладёт сообщение в очередь\"}"));
        assertThat(feedback.get("score").isNumber()).isTrue();
        assertThat(feedback.get("points").isArray()).isTrue();
        assertThat(feedback.get("answer_html").asText()).isNotBlank();
        assertThat(postJson("/api/interviews/" + id + "/questions/1/grade", "{\"rating\":7}").statusCode()).isEqualTo(400);
        var receipt = postJson("/api/interviews/" + id + "/questions/1/grade", "{\"rating\":3}");
        assertThat(receipt.statusCode()).isEqualTo(200);
        // the same grade again (a double press) is the same review
        assertThat(json(postJson("/api/interviews/" + id + "/questions/1/grade", "{\"rating\":3}")).get("review_id"))
                .isEqualTo(json(receipt).get("review_id"));
        assertThat(postJson("/api/interviews/" + id + "/questions/1/answer", "{\"answer\":\"again\"}").statusCode()).isEqualTo(409);
        assertThat(json(postJson("/api/interviews/" + id + "/questions/2/skip", "{}")).get("current").asInt()).isEqualTo(2);
        assertThat(postJson("/api/interviews/" + id + "/questions/9/answer", "{}").statusCode()).isEqualTo(404);
        assertThat(json(postJson("/api/interviews/" + id + "/finish", "{}")).get("markdown").asText()).isEqualTo("/interview/" + id + ".md");
        assertThat(postJson("/api/interviews/" + id + "/questions/3/grade", "{\"rating\":3}").statusCode()).isEqualTo(409);
        assertThat(useCases.knowledge().stats().reviews()).isEqualTo(1);

        String report = get("/interview/" + id).body();
        assertThat(report).contains("id=\"iv-summary\"").contains("1 graded").contains("3 skipped");
        assertThat(get("/interview/" + id + ".md").body()).startsWith("# Mock interview " + id);
        assertThat(get("/interview/history").body()).contains("<svg class=\"score-chart\"").contains("href=\"/interview/" + id + "\"");
        assertThat(get("/api/interviews/999999").statusCode()).isEqualTo(404);
        assertThat(get("/interview/999999.md").statusCode()).isEqualTo(404);
        assertThat(post("/interview", "application/x-www-form-urlencoded", "topic=Nope").statusCode()).isEqualTo(404);
        assertThat(post("/interview", "application/x-www-form-urlencoded", "questions=abc").statusCode()).isEqualTo(400);
        assertThat(post("/interview", "application/x-www-form-urlencoded", "lang=de").statusCode()).isEqualTo(400);
    }

    /** Years of mock interviews keep a short history page: 100 sessions a page, newest first, and links to the rest. */
    @Test
    void theHistoryListsAHundredSessionsAPage() throws Exception {
        for (int i = 0; i < 105; i++) {
            useCases.interviews().start(new prepdeck.app.InterviewRequest(java.util.Optional.of(1), java.util.Optional.empty(), List.of(),
                    java.util.Optional.empty(), java.util.Optional.of((long) i)));
        }
        String first = get("/interview/history").body();
        int total = useCases.interviews().history().size();
        assertThat(first.split("<th scope=\"row\">", -1).length - 1).isEqualTo(100);
        assertThat(first).contains("Interviews 1–100 of " + total, "href=\"/interview/history?page=2\"");
        String last = get("/interview/history?page=" + ((total + 99) / 100)).body();
        assertThat(last.split("<th scope=\"row\">", -1).length - 1).isEqualTo(total % 100 == 0 ? 100 : total % 100);
        long newest = useCases.interviews().history().getLast().id();
        assertThat(first).contains("href=\"/interview/" + newest + "\"");
    }
}
