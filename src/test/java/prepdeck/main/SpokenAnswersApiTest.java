package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.InterviewRequest;
import prepdeck.knowledge.Language;
import prepdeck.speech.WavAudio;
import prepdeck.testing.LocalCsrf;

/** The spoken answers' routes over HTTP: a recording kept and measured, one that is not WAV refused by name, deletion, question audio. */
class SpokenAnswersApiTest {
    @TempDir static Path data;
    static SeedServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = SeedServer.start(data);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    /** Half a second of silence, a second of tone, 1.3 s of silence, a second of tone, at 8 kHz. */
    static byte[] bursts() {
        int rate = 8000;
        double[] s = new double[(int) (3.8 * rate)];
        for (int i = 0; i < s.length; i++) {
            double t = (double) i / rate;
            boolean on = (t >= 0.5 && t < 1.5) || (t >= 2.8 && t < 3.8);
            s[i] = on ? 0.3 * Math.sin(2 * Math.PI * 220 * t) : 0;
        }
        return WavAudio.encode16(s, rate);
    }

    static HttpResponse<String> send(String method, String path, String type, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(server.served().url().resolve(path)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(LocalCsrf.withToken(request, HTTP, server.served().url()), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRecordingIsKeptMeasuredPlayableAndDeletable() throws Exception {
        var session = server.useCases().interviews().start(new InterviewRequest(Optional.of(2), Optional.empty(), List.of(),
                Optional.of(Language.UK), Optional.of(5L)));
        String base = "/api/interviews/" + session.id() + "/questions/1/recording";

        var refused = send("POST", base, "audio/wav", "# notes, not audio".getBytes());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("the recording of question 1").contains("not a WAV file");

        var kept = send("POST", base, "audio/wav", bursts());
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        var figures = new ObjectMapper().readTree(kept.body());
        assertThat(figures.get("first_word_s").asDouble()).isCloseTo(0.5, within(0.05));
        assertThat(figures.get("pauses")).hasSize(1);
        assertThat(figures.get("pauses").get(0).get("at_s").asDouble()).isCloseTo(1.5, within(0.05));
        assertThat(figures.get("pauses").get(0).get("length_s").asDouble()).isCloseTo(1.3, within(0.05));
        assertThat(figures.get("recording").asText()).isEqualTo(base);
        Path file = data.resolve("recordings").resolve("interview-" + session.id()).resolve("q1.wav");
        assertThat(file).isRegularFile();
        assertThat(server.get(base).statusCode()).isEqualTo(200);

        assertThat(send("POST", "/api/interviews/" + session.id() + "/questions/9/recording", "audio/wav", bursts()).statusCode()).isEqualTo(404);
        // a long recording for a question that is not there is read to its end and refused by name, not cut off mid-way
        var missing = send("POST", "/api/interviews/" + session.id() + "/questions/9/recording", "audio/wav", new byte[8 << 20]);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("question 9");

        var ticks = send("POST", "/api/interviews/" + session.id() + "/questions/1/ticks", "application/json",
                "{\"points\":[{\"text\":\"a point\",\"ticked\":true}]}".getBytes());
        assertThat(ticks.statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/interviews/" + session.id() + "/questions/1/ticks", "application/json", "{\"points\":3}".getBytes())
                .statusCode()).isEqualTo(400);

        var deleted = send("DELETE", base, "application/json", new byte[0]);
        assertThat(deleted.body()).contains("\"deleted\":true");
        assertThat(file).doesNotExist();
        assertThat(server.get(base).statusCode()).isEqualTo(404);
    }

    @Test
    void theQuestionIsSpokenByEspeakAndCachedPerCard() throws Exception {
        prepdeck.testing.SpokenAudio.requireTools();
        var session = server.useCases().interviews().start(new InterviewRequest(Optional.of(1), Optional.empty(), List.of(),
                Optional.of(Language.RU), Optional.of(9L)));
        var first = HTTP.send(HttpRequest.newBuilder(server.served().url().resolve("/api/interviews/" + session.id() + "/questions/1/voice")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("audio/wav");
        var audio = WavAudio.parse(first.body(), "question audio");
        assertThat(audio.seconds()).isGreaterThan(0.3);
        assertThat(prepdeck.speech.Delivery.of(audio).speech()).isPositive();
        try (var cached = java.nio.file.Files.list(data.resolve("speech").resolve("questions"))) {
            assertThat(cached.map(p -> p.getFileName().toString()).toList())
                    .anyMatch(n -> n.startsWith("card-" + session.questions().getFirst().cardId() + "-") && n.endsWith(".wav"));
        }
    }
}
