package prepdeck.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;
import prepdeck.app.Knowledge;
import prepdeck.contract.ContractJson;

/** The web app on a random port over the fixture, with a plain HTTP client for the tests. */
final class TestServer implements AutoCloseable {
    final Knowledge knowledge;
    final RecordingImport imports = new RecordingImport();
    final Path dataDir;
    final RunningServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    TestServer() {
        this(new FixtureKnowledge(), 0);
    }

    TestServer(Knowledge knowledge, int port) {
        this(knowledge, port, java.util.function.UnaryOperator.identity());
    }

    /** Over {@code knowledge}, with {@code more} adding to the app (search, snippets…) before it starts. */
    TestServer(Knowledge knowledge, int port, java.util.function.UnaryOperator<WebApp> more) {
        this.knowledge = knowledge;
        try {
            dataDir = Files.createTempDirectory("prepdeck-web-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var clock = Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.UTC);
        server = more.apply(new WebApp(knowledge, imports, new NothingToPractice(), new ContractJson(), clock, dataDir)).start("127.0.0.1", port);
    }

    URI uri(String path) {
        return server.url().resolve(path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> postJson(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Sends the request; a change gets single-user mode's CSRF token as a script would (see LocalCsrf). */
    HttpResponse<String> send(HttpRequest request) {
        try {
            // a bounded wait: a server that never answers fails the test instead of hanging the whole run
            var bounded = HttpRequest.newBuilder(prepdeck.testing.LocalCsrf.withToken(request, http, server.url()), (n, v) -> true)
                    .timeout(java.time.Duration.ofSeconds(60)).build();
            return http.send(bounded, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        http.close();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder does not fail a test
        }
    }
}
