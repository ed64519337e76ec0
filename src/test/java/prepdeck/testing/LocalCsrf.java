package prepdeck.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Single-user mode's CSRF token as a script gets it: from the {@code prepdeck_csrf} cookie of any answer (here
 * {@code /api/health}); a change that names no origin carries it in {@code X-CSRF-Token}.
 */
public final class LocalCsrf {
    public static final String HEADER = "X-CSRF-Token";

    private LocalCsrf() {}

    public static String token(HttpClient http, URI server) {
        try {
            var response = http.send(HttpRequest.newBuilder(server.resolve("/api/health")).GET().build(), HttpResponse.BodyHandlers.discarding());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                if (cookie.startsWith("prepdeck_csrf=")) return cookie.substring("prepdeck_csrf=".length()).split(";", 2)[0];
            }
            throw new IllegalStateException("the server at " + server + " set no prepdeck_csrf cookie");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request with the token added when it is a change that names no origin and carries no token yet. */
    public static HttpRequest withToken(HttpRequest request, HttpClient http, URI server) {
        if (request.method().equals("GET") || request.method().equals("HEAD") || request.headers().firstValue("Origin").isPresent()
                || request.headers().firstValue(HEADER).isPresent()) {
            return request;
        }
        return HttpRequest.newBuilder(request, (n, v) -> true).header(HEADER, token(http, server)).build();
    }
}
