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

    /** The service worker: served from {@code /assets/} but controls the whole site, which its header allows. */
    static final String SERVICE_WORKER = "sw.js";

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
        add("manifest.webmanifest", "prepdeck/web/assets/manifest.webmanifest", "application/manifest+json");
        addBytes("icon-192.png", AppIcon.png(192), "image/png");
        addBytes("icon-512.png", AppIcon.png(512), "image/png");
        // the worker caches exactly these files, under a name that changes whenever one of them does
        var version = new StringBuilder();
        var names = new StringBuilder();
        for (var e : byName.entrySet()) {
            version.append(e.getValue().etag());
            if (!names.isEmpty()) names.append(", ");
            names.append('"').append("/assets/").append(e.getKey()).append('"');
        }
        String worker = resourceText("prepdeck/web/assets/" + SERVICE_WORKER)
                .replace("\"__VERSION__\"", "\"" + digest(version.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"")
                .replace("\"__ASSETS__\"", names.toString());
        addBytes(SERVICE_WORKER, worker.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/javascript; charset=utf-8");
    }

    void addTo(RoutesConfig routes) {
        routes.get("/assets/{name}", this::serve);
        // browsers ask for /favicon.ico on every page that names no icon: the SVG icon, not a 404 in the log
        routes.get("/favicon.ico", ctx -> send(ctx, byName.get("icon.svg")));
    }

    private void serve(Context ctx) {
        if (SERVICE_WORKER.equals(ctx.pathParam("name"))) {
            serveWorker(ctx);
            return;
        }
        Asset asset = byName.get(ctx.pathParam("name"));
        if (asset == null) throw HttpProblem.notFound("no asset " + ctx.pathParam("name"));
        send(ctx, asset);
    }

    private void serveWorker(Context ctx) {
        ctx.header("Service-Worker-Allowed", "/");
        send(ctx, byName.get(SERVICE_WORKER));
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
        addBytes(name, resourceBytes(resource), contentType);
    }

    private void addBytes(String name, byte[] bytes, String contentType) {
        byName.put(name, new Asset(bytes, contentType, "\"" + digest(bytes) + "\""));
    }

    private static String resourceText(String resource) {
        return new String(resourceBytes(resource), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing web asset on the classpath: " + resource);
            return in.readAllBytes();
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
