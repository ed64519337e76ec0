package prepdeck.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps other web sites out of a server that listens on this machine only: requests must name a
 * loopback host (against DNS rebinding), and changes (POST) must come from our own pages, not from
 * a form on some other site. Also sets headers that forbid inline scripts and framing.
 */
final class RequestGuard {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private final boolean loopbackOnly;

    RequestGuard(boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
    }

    void check(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
        String host = hostName(ctx.header("Host"));
        if (loopbackOnly && !LOOPBACK_NAMES.contains(host)) {
            throw new HttpProblem(403, "this server only answers requests for localhost");
        }
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return;
        if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
            throw new HttpProblem(403, "refused a change requested by another site");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !sameAuthority(origin, ctx.header("Host"))) {
            throw new HttpProblem(403, "refused a change requested by another site (" + origin + ")");
        }
    }

    private static boolean sameAuthority(String origin, String host) {
        try {
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** "127.0.0.1:8080" → "127.0.0.1"; "[::1]:80" → "[::1]". */
    static String hostName(String hostHeader) {
        if (hostHeader == null) return "";
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
