package prepdeck.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import prepdeck.accounts.Secrets;

/**
 * Keeps other web sites out: requests to a server that listens on this machine only must name a loopback host
 * (against DNS rebinding), and changes (POST…) must come from our own pages, not from a form on some other site:
 * refused when the browser says they are cross-site (Fetch Metadata), come from another origin, or from an opaque
 * one ({@code Origin: null}: a sandboxed frame, a file, some redirects). A change that carries neither
 * {@code Origin} nor {@code Sec-Fetch-Site} (an old browser, or a script) must carry the CSRF token: in
 * single-user mode a token made at start-up and handed to every client in the {@code prepdeck_csrf} cookie (our
 * scripts copy it into {@code X-CSRF-Token} or a {@code _csrf} field); in server mode the session's, which
 * {@link AccountRoutes} demands of every change anyway. Also sets headers that forbid inline scripts and framing.
 */
final class RequestGuard {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; media-src 'self' blob:; connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private static final java.util.regex.Pattern ADDRESS_LITERAL =
            java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-f:.]+\\]");

    /** Which names a request may give the server in its Host header. */
    enum Hosts {
        /** Any: server mode, where a rebound name carries no session cookie, or a proxy names the public host. */
        ANY,
        /** This machine's names only: a login-free server on loopback. */
        LOOPBACK_NAMES,
        /**
         * Those, or an address literal ({@code serve --lan}, where phones use the laptop's address): a page on
         * another site that rebinds its own name to this machine sends that name, never a bare address.
         */
        LOOPBACK_NAMES_OR_ADDRESSES
    }

    private final Hosts hosts;
    private final Optional<String> localToken;

    /**
     * @param localToken single-user mode's CSRF token (empty in server mode, where each session has its own)
     */
    RequestGuard(Hosts hosts, Optional<String> localToken) {
        this.hosts = hosts;
        this.localToken = localToken;
    }

    RequestGuard(boolean loopbackOnly, Optional<String> localToken) {
        this(loopbackOnly ? Hosts.LOOPBACK_NAMES : Hosts.ANY, localToken);
    }

    void check(Context ctx) {
        headers(ctx);
        checkRequest(ctx);
    }

    /** The headers that forbid inline scripts and framing, on every answer (refusals too). */
    void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                // not "no-referrer": under it a browser sends "Origin: null" with our own forms' POSTs, which are refused;
                // "same-origin" still tells other sites nothing
                .header("Referrer-Policy", "same-origin")
                .header("X-Frame-Options", "DENY");
    }

    /** The Host rule, the CSRF cookie and the cross-site checks of a change. */
    void checkRequest(Context ctx) {
        String host = hostName(ctx.header("Host"));
        if (hosts == Hosts.LOOPBACK_NAMES && !LOOPBACK_NAMES.contains(host)) {
            throw new HttpProblem(403, "this server only answers requests for localhost");
        }
        if (hosts == Hosts.LOOPBACK_NAMES_OR_ADDRESSES && !LOOPBACK_NAMES.contains(host) && !ADDRESS_LITERAL.matcher(host).matches()) {
            throw new HttpProblem(403, "this server only answers requests for localhost or this computer's network address, not for " + host);
        }
        // the app's own files are fetched by its pages, which hand the token out; a file alone (to an unpaired phone,
        // say) gets none
        boolean asset = Assets.isAsset(ctx.path());
        localToken.ifPresent(token -> {
            if (!asset && !Secrets.same(ctx.cookie(SessionCookies.CSRF), token)) {
                ctx.cookie(new Cookie(SessionCookies.CSRF, token, "/", -1, false, false, null, SameSite.STRICT));
            }
        });
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return;
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            throw new HttpProblem(403, "refused a change requested by another site");
        }
        String origin = ctx.header("Origin");
        if (origin != null && origin.strip().equals("null")) {
            throw new HttpProblem(403, "refused a change requested from a page without an origin (a sandboxed frame or a local file)");
        }
        if (origin != null && !sameAuthority(origin, ctx.header("Host"))) {
            throw new HttpProblem(403, "refused a change requested by another site (" + origin + ")");
        }
        if (origin == null && fetchSite == null && localToken.isPresent() && !carriesToken(ctx, localToken.get())) {
            throw new HttpProblem(403, "refused " + method + " " + ctx.path() + ": a change that names no origin must carry the "
                    + SessionCookies.CSRF_HEADER + " header with the prepdeck_csrf cookie's value (reload the page, or have your script read the cookie)");
        }
    }

    private static boolean carriesToken(Context ctx, String token) {
        String sent = ctx.header(SessionCookies.CSRF_HEADER);
        if (sent == null) {
            String type = ctx.contentType();
            if (type != null && type.startsWith("application/x-www-form-urlencoded")) sent = ctx.formParam(SessionCookies.CSRF_FIELD);
        }
        return Secrets.same(sent, token);
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
