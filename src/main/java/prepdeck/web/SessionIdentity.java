package prepdeck.web;

import io.javalin.http.Context;
import java.util.Objects;
import prepdeck.app.Accounts;
import prepdeck.app.Principal;

/**
 * Server mode's {@link Identity}: the principal of the session named by the {@value SessionCookies#SESSION}
 * cookie (its user, current deck and role there). Without a valid session it refuses: 401 for the API, a
 * redirect to the login page (coming back here afterwards) for pages.
 */
public final class SessionIdentity implements Identity {
    private final Accounts accounts;

    public SessionIdentity(Accounts accounts) {
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    public Principal of(Context ctx) {
        return session(ctx).principal();
    }

    /** The request's session, looked up once per request (the gate usually has already). */
    Accounts.Session session(Context ctx) {
        var known = SessionCookies.current(ctx);
        if (known.isPresent()) return known.get();
        var found = accounts.session(ctx.cookie(SessionCookies.SESSION));
        if (found.isEmpty()) throw refusal(ctx);
        ctx.attribute(SessionCookies.ATTRIBUTE, found.get());
        return found.get();
    }

    static RuntimeException refusal(Context ctx) {
        if (ctx.path().equals("/api") || ctx.path().startsWith("/api/")) {
            return new HttpProblem(401, "sign in first: " + ctx.method() + " " + ctx.path() + " needs a session");
        }
        String query = ctx.queryString();
        boolean get = ctx.method().name().equals("GET");
        return new LoginRequired(get ? ctx.path() + (query == null ? "" : "?" + query) : "/");
    }
}
