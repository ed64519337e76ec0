package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged answer survives kill -9: a real {@code prepdeck serve} process takes a burst of answers
 * from several threads, is killed with SIGKILL in the middle of it, and is started again on the same data
 * folder; every answer that got a 200 must be there, and sending it again must return the same reply and
 * store nothing.
 */
class DurabilityTest {
    private static final Pattern URL = Pattern.compile("at (http://\\S+)");

    @TempDir Path data;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final ObjectMapper json = new ObjectMapper();
    Process server;

    @AfterEach
    void stop() {
        if (server != null) server.destroyForcibly();
        http.close();
    }

    /** Starts {@code prepdeck --data D serve --port 0} as its own JVM and returns its URL. */
    URI startServer() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "prepdeck.main.Main",
                "--data", data.toString(), "serve", "--port", "0").redirectErrorStream(true).start();
        var out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            var m = URL.matcher(line);
            if (m.find()) {
                // keep draining its output so the server never blocks on a full pipe
                var rest = out;
                Thread.ofVirtual().start(() -> rest.lines().forEach(l -> { }));
                return URI.create(m.group(1));
            }
        }
        throw new AssertionError("the server ended without printing its URL (exit " + server.exitValue() + ")");
    }

    HttpResponse<String> post(URI base, String path, String body) throws IOException, InterruptedException {
        return http.send(prepdeck.testing.LocalCsrf.withToken(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), http, base),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(URI base, String path) throws IOException, InterruptedException {
        return json.readTree(http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    static String answer(long card, int rating, String key) {
        return "{\"card\":" + card + ",\"rating\":" + rating + ",\"idempotency_key\":\"" + key + "\",\"duration_ms\":1234}";
    }

    @Test
    void everyAcknowledgedAnswerSurvivesKill9AndIsNeverStoredTwice() throws Exception {
        assertThat(new InProcess(data).prepdeck("import", SeedImportTest.SEEDS.toString()).exit()).isZero();
        URI first = startServer();
        var cards = new ArrayList<Long>();
        get(first, "/api/cards").forEach(c -> {
            if (c.get("status").asText().equals("answered")) cards.add(c.get("id").asLong());
        });

        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // body sent → reply
        var failed = new AtomicInteger();
        var enough = new CountDownLatch(400);
        int threads = 8;
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                pool.submit(() -> {
                    var random = new Random(thread);
                    for (int i = 0; i < 100_000 && failed.get() < 50; i++) {
                        String body = answer(cards.get(random.nextInt(cards.size())), 1 + random.nextInt(4), "t" + thread + "-" + i);
                        try {
                            var reply = post(first, "/api/reviews", body);
                            if (reply.statusCode() == 200) {
                                acknowledged.put(body, reply.body());
                                enough.countDown();
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet(); // the server is gone: this answer was never acknowledged
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
            assertThat(enough.await(60, TimeUnit.SECONDS)).as("400 answers acknowledged within a minute").isTrue();
            server.destroyForcibly();
            assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(server.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(400);

        URI base = startServer();
        long stored = get(base, "/api/stats").get("reviews").asLong();
        assertThat(stored).isGreaterThanOrEqualTo(acknowledged.size());
        for (var entry : acknowledged.entrySet()) {
            var again = post(base, "/api/reviews", entry.getKey());
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(entry.getValue());
        }
        assertThat(get(base, "/api/stats").get("reviews").asLong()).as("re-sent answers store nothing").isEqualTo(stored);
    }

    @Test
    void theSamePostTwiceConcurrentlyAndSequentiallyIsOneReviewWithOneReply() throws Exception {
        assertThat(new InProcess(data).prepdeck("import", SeedImportTest.SEEDS.toString()).exit()).isZero();
        URI base = startServer();
        long card = get(base, "/api/review/next").get("card").get("id").asLong();
        String body = answer(card, 3, "double-click");
        var replies = new ConcurrentHashMap<String, Integer>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    var reply = post(base, "/api/reviews", body);
                    replies.merge(reply.statusCode() + " " + reply.body(), 1, Integer::sum);
                    return null;
                }));
            }
            start.countDown();
            for (var f : futures) f.get();
        }
        var sequential = post(base, "/api/reviews", body);
        replies.merge(sequential.statusCode() + " " + sequential.body(), 1, Integer::sum);
        assertThat(replies).hasSize(1);
        assertThat(replies.keySet().iterator().next()).startsWith("200 {\"review_id\":");
        assertThat(get(base, "/api/stats").get("reviews").asInt()).isEqualTo(1);
    }
}
