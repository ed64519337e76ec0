package prepdeck.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.List;
import java.util.Optional;
import prepdeck.accounts.Secrets;
import prepdeck.app.Accounts;

/**
 * The cookies of server mode, and where the session a request carries is kept for the rest of the request.
 *
 * <ul>
 *   <li>{@value #SESSION}: the session token. HttpOnly (no script, not even an injected one, reads it),
 *       Path=/, Secure when the server is told it is reached over HTTPS, and SameSite=Lax: a cross-site POST
 *       goes without it, while following a link to the server from elsewhere (an invitation in a mail, a
 *       course page) still arrives signed in, which Strict would not allow. Changes are guarded by the CSRF
 *       token besides.</li>
 *   <li>{@value #CSRF}: the session's CSRF token, readable by our own scripts (not HttpOnly), which copy it
 *       into an {@code X-CSRF-Token} header or a {@code _csrf} field; SameSite=Strict. The server compares what
 *       a change carries with the token stored with the session, never with this cookie, so a cookie
 *       planted by someone else proves nothing.</li>
 *   <li>{@value #LOGIN_FORM}: the login and sign-up forms' own token (double submit: cookie and field must
 *       match), so another site cannot sign a visitor into an account of its choosing.</li>
 * </ul>
 */
final class SessionCookies {
    static final String SESSION = "prepdeck_session";
    static final String CSRF = "prepdeck_csrf";
    static final String LOGIN_FORM = "prepdeck_login";
    /** Proof that this browser signed in to an account before (see prepdeck.accounts.DeviceCookies). */
    static final String DEVICE = "prepdeck_device";
    static final String ATTRIBUTE = "prepdeck.session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";

    private final boolean secure;

    SessionCookies(boolean secure) {
        this.secure = secure;
    }

    void signIn(Context ctx, Accounts.SignedIn signedIn) {
        int maxAge = (int) Accounts.ABSOLUTE_LIFETIME.toSeconds();
        ctx.cookie(new Cookie(SESSION, signedIn.token(), "/", maxAge, secure, true, null, SameSite.LAX));
        csrf(ctx, signedIn.session().csrfToken());
        clear(ctx, LOGIN_FORM, true);
        // the device cookie outlives sessions: it lets this browser in while its account is throttled (a year, or a new password)
        ctx.cookie(new Cookie(DEVICE, signedIn.deviceCookie(), "/", (int) java.time.Duration.ofDays(365).toSeconds(), secure, true, null, SameSite.LAX));
        ctx.attribute(ATTRIBUTE, signedIn.session());
    }

    void csrf(Context ctx, String token) {
        ctx.cookie(new Cookie(CSRF, token, "/", (int) Accounts.ABSOLUTE_LIFETIME.toSeconds(), secure, false, null, SameSite.STRICT));
    }

    void signOut(Context ctx) {
        clear(ctx, SESSION, true);
        clear(ctx, CSRF, false);
    }

    /** The login form's token: the one the browser holds, or a new one set now. */
    String loginFormToken(Context ctx, Secrets secrets) {
        String held = ctx.cookie(LOGIN_FORM);
        if (held != null && held.length() >= 40 && held.length() <= 64) return held;
        String token = secrets.token();
        ctx.cookie(new Cookie(LOGIN_FORM, token, "/", 3600, secure, true, null, SameSite.STRICT));
        return token;
    }

    static boolean loginFormTokenMatches(Context ctx) {
        return Secrets.same(ctx.cookie(LOGIN_FORM), ctx.formParam(CSRF_FIELD));
    }

    private void clear(Context ctx, String name, boolean httpOnly) {
        ctx.cookie(new Cookie(name, "", "/", 0, secure, httpOnly, null, SameSite.LAX));
    }

    static Optional<Accounts.Session> current(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** Paths served without a session: the way in, and the stylesheet and scripts they need. */
    static boolean isPublic(String path) {
        // /api/health says only that the server is up, for a load balancer's check
        return List.of("/login", "/signup", "/api/health", "/favicon.ico").contains(path) || path.startsWith("/assets/");
    }

    /**
     * Where a login may send the browser afterwards: our own paths only ("/review?x=1"), never another host
     * ("//evil.example", "/\\evil.example", "https://…"), which would make the login form an open redirect.
     */
    static String localPath(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000) return "/";
        if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') return "/";
        }
        return next;
    }
}
