package prepdeck.web;

import io.javalin.http.Context;
import prepdeck.app.Principal;

/**
 * Says who a request comes from and which deck it is about. Single-user mode answers the local user and
 * deck for every request ({@link #local}); server mode answers from the session cookie, and for a request
 * without a valid session throws an {@link HttpProblem} (401 for the API, or a redirect to the login page).
 */
@FunctionalInterface
public interface Identity {
    Principal of(Context ctx);

    /** Single-user mode: every request is the local user's. */
    static Identity local(Principal principal) {
        return ctx -> principal;
    }
}
