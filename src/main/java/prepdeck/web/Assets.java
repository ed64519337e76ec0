package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stylesheet, scripts and highlight.js themes, served from the classpath (our own files and
 * the htmx and highlight.js WebJars) so pages work offline. Loaded once; revalidated by ETag.
 */
final class Assets {
    /** Whether {@code path} is one of the app's own files (styles, scripts, icons): no one's data. */
    static boolean isAsset(String path) {
        return path.startsWith("/assets/") || path.equals("/favicon.ico");
    }

    private static final String HTMX = "META-INF/resources/webjars/htmx.org/2.0.7/dist/htmx.min.js";
    private static final String HLJS = "META-INF/resources/webjars/highlightjs/11.10.0/";

    private record Asset(byte[] bytes, String contentType, String etag) {}

    private final Map<String, Asset> byName = new LinkedHashMap<>();

    Assets() {
        add("app.css", "prepdeck/web/assets/app.css", "text/css; charset=utf-8");
        add("app.js", "prepdeck/web/assets/app.js", "text/javascript; charset=utf-8");
        add("icon.svg", "prepdeck/web/assets/icon.svg", "image/svg+xml");
        add("review.js", "prepdeck/web/assets/review.js", "text/javascript; charset=utf-8");
        add("interview.js", "prepdeck/web/assets/interview.js", "text/javascript; charset=utf-8");
        add("spoken.js", "prepdeck/web/assets/spoken.js", "text/javascript; charset=utf-8");
        add("recorder-worklet.js", "prepdeck/web/assets/recorder-worklet.js", "text/javascript; charset=utf-8");
        add("htmx.min.js", HTMX, "text/javascript; charset=utf-8");
        add("highlight.min.js", HLJS + "highlight.min.js", "text/javascript; charset=utf-8");
        add("hljs-light.css", HLJS + "styles/github.min.css", "text/css; charset=utf-8");
        add("hljs-dark.css", HLJS + "styles/github-dark.min.css", "text/css; charset=utf-8");
    }

    void addTo(RoutesConfig routes) {
        routes.get("/assets/{name}", this::serve);
        // browsers ask for /favicon.ico on every page that names no icon: the SVG icon, not a 404 in the log
        routes.get("/favicon.ico", ctx -> send(ctx, byName.get("icon.svg")));
    }

    private void serve(Context ctx) {
        Asset asset = byName.get(ctx.pathParam("name"));
        if (asset == null) throw HttpProblem.notFound("no asset " + ctx.pathParam("name"));
        send(ctx, asset);
    }

    private static void send(Context ctx, Asset asset) {
        ctx.header("Cache-Control", "no-cache").header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private void add(String name, String resource, String contentType) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing web asset on the classpath: " + resource);
            byte[] bytes = in.readAllBytes();
            byName.put(name, new Asset(bytes, contentType, "\"" + digest(bytes) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web asset " + resource, e);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
