package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import prepdeck.accounts.Secrets;
import prepdeck.accounts.SignupPolicy;
import prepdeck.app.Accounts;
import prepdeck.app.DeckRole;
import prepdeck.app.PrepdeckException;
import prepdeck.web.view.AccountPage;
import prepdeck.web.view.LoginPage;
import prepdeck.web.view.SignupPage;

/**
 * Server mode's way in and its guard: {@code /login}, {@code /signup}, {@code /logout}, {@code /account}, and a
 * before-handler that (1) lets nothing but those and the assets through without a session, and (2) refuses
 * every POST/PUT/PATCH/DELETE that does not carry the session's CSRF token, compared in constant time.
 */
final class AccountRoutes {
    private final Accounts accounts;
    private final SessionIdentity identity;
    private final SessionCookies cookies;
    private final Secrets secrets;
    private final HtmlReply html;
    private final boolean behindProxy;

    /**
     * @param behindProxy the server is reached through a reverse proxy that terminates HTTPS: cookies are
     *                    Secure, and the client's address (for the login throttle) is the last X-Forwarded-For hop
     */
    AccountRoutes(Accounts accounts, Secrets secrets, HtmlReply html, boolean behindProxy) {
        this.accounts = Objects.requireNonNull(accounts);
        this.identity = new SessionIdentity(accounts);
        this.cookies = new SessionCookies(behindProxy);
        this.secrets = Objects.requireNonNull(secrets);
        this.html = Objects.requireNonNull(html);
        this.behindProxy = behindProxy;
    }

    void addTo(RoutesConfig routes) {
        routes.before(this::gate);
        routes.get("/login", this::loginForm);
        routes.post("/login", this::logIn);
        routes.get("/signup", this::signupForm);
        routes.post("/signup", this::signUp);
        routes.post("/logout", this::logOut);
        routes.get("/account", this::accountPageAfter);
        routes.post("/account/password", this::changePassword);
        routes.post("/account/sign-out-everywhere", this::signOutEverywhere);
        routes.post("/account/deck", this::switchDeck);
        routes.post("/account/invitations", this::invite);
        routes.exception(LoginRequired.class, (e, ctx) ->
                ctx.redirect("/login?next=" + URLEncoder.encode(e.next(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER));
    }

    private void gate(Context ctx) {
        String path = ctx.path();
        if (SessionCookies.isPublic(path)) return;
        Accounts.Session session = identity.session(ctx);
        if (!Secrets.same(ctx.cookie(SessionCookies.CSRF), session.csrfToken())) cookies.csrf(ctx, session.csrfToken());
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return;
        String sent = ctx.header(SessionCookies.CSRF_HEADER);
        if (sent == null && isForm(ctx)) sent = ctx.formParam(SessionCookies.CSRF_FIELD);
        if (!Secrets.same(sent, session.csrfToken())) {
            throw new HttpProblem(403, "refused " + method + " " + path + ": it does not carry this session's CSRF token (reload the page)");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    private boolean signupOffered() {
        return accounts.policy() != SignupPolicy.CLOSED;
    }

    private void loginForm(Context ctx) {
        String next = SessionCookies.localPath(ctx.queryParam("next"));
        if (accounts.session(ctx.cookie(SessionCookies.SESSION)).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        html.ok(ctx, "login.jte", new LoginPage("", next, cookies.loginFormToken(ctx, secrets), Optional.empty(), signupOffered()));
    }

    private void logIn(Context ctx) {
        String next = SessionCookies.localPath(ctx.formParam("next"));
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        if (!SessionCookies.loginFormTokenMatches(ctx)) {
            loginAgain(ctx, 403, name, next, "the login form expired or came from another site: try again");
            return;
        }
        var result = accounts.logIn(name, Optional.ofNullable(ctx.formParam("password")).orElse(""), clientAddress(ctx),
                Optional.ofNullable(ctx.cookie(SessionCookies.DEVICE)));
        switch (result) {
            case Accounts.SignedIn signedIn -> {
                cookies.signIn(ctx, signedIn);
                ctx.redirect(next, HttpStatus.SEE_OTHER);
            }
            case Accounts.Refused refused -> loginAgain(ctx, 401, name, next, refused.message());
            case Accounts.Throttled throttled -> {
                long seconds = throttled.retryAfter().toSeconds();
                ctx.header("Retry-After", Long.toString(seconds));
                loginAgain(ctx, 429, name, next, "too many failed logins: try again in " + waitInWords(seconds)
                        + " (a browser that has signed in to this account before is let in with the right password)");
            }
        }
    }

    /** "45 seconds", "1 minute", "15 minutes". */
    static String waitInWords(long seconds) {
        if (seconds < 60) return seconds + (seconds == 1 ? " second" : " seconds");
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private void loginAgain(Context ctx, int status, String name, String next, String error) {
        html.send(ctx, status, "login.jte", new LoginPage(name, next, cookies.loginFormToken(ctx, secrets), Optional.of(error), signupOffered()));
    }

    private void signupForm(Context ctx) {
        String invite = Optional.ofNullable(ctx.queryParam("invite")).orElse("");
        html.ok(ctx, "signup.jte", signupPage(ctx, "", invite, Optional.empty()));
    }

    private SignupPage signupPage(Context ctx, String name, String invite, Optional<String> error) {
        if (error.isEmpty() && accounts.policy() == SignupPolicy.CLOSED) {
            error = Optional.of("sign-up is closed on this server: ask its admin for an account");
        }
        return new SignupPage(name, invite, accounts.policy() == SignupPolicy.INVITE, accounts.noAccounts(),
                cookies.loginFormToken(ctx, secrets), error, accounts.policy() == SignupPolicy.CLOSED);
    }

    private void signUp(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        String invite = Optional.ofNullable(ctx.formParam("invite")).orElse("");
        if (!SessionCookies.loginFormTokenMatches(ctx)) {
            html.send(ctx, 403, "signup.jte", signupPage(ctx, name, invite, Optional.of("the sign-up form expired or came from another site: try again")));
            return;
        }
        try {
            var signedIn = accounts.signUp(name, Optional.ofNullable(ctx.formParam("password")).orElse(""), Optional.of(invite));
            cookies.signIn(ctx, signedIn);
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } catch (PrepdeckException e) {
            html.send(ctx, statusOf(e), "signup.jte", signupPage(ctx, name, invite, Optional.of(e.getMessage())));
        }
    }

    private void logOut(Context ctx) {
        accounts.logOut(ctx.cookie(SessionCookies.SESSION));
        cookies.signOut(ctx);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private void accountPage(Context ctx, Optional<String> notice, Optional<String> error, Optional<String> invitation) {
        var session = identity.session(ctx);
        var p = session.principal();
        var decks = accounts.decks(p.userId()).stream()
                .map(m -> new AccountPage.Deck(m.deckId(), m.deckName(), m.shared(), m.role() == DeckRole.OWNER ? "owner" : "learner"))
                .toList();
        int status = error.isPresent() ? 400 : 200;
        html.send(ctx, status, "account.jte", new AccountPage(p.userName(), session.admin(), p.deckId(), decks,
                session.admin() || p.role() == DeckRole.OWNER, session.csrfToken(), notice, error, invitation));
    }

    private void changePassword(Context ctx) {
        try {
            accounts.changePassword(ctx.cookie(SessionCookies.SESSION), Optional.ofNullable(ctx.formParam("current")).orElse(""),
                    Optional.ofNullable(ctx.formParam("password")).orElse(""));
            accountPage(ctx, Optional.of("Password changed; your other sessions have ended."), Optional.empty(), Optional.empty());
        } catch (PrepdeckException e) {
            accountPage(ctx, Optional.empty(), Optional.of(e.getMessage()), Optional.empty());
        }
    }

    private void signOutEverywhere(Context ctx) {
        accounts.signOutEverywhere(identity.session(ctx).principal().userId());
        cookies.signOut(ctx);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private void switchDeck(Context ctx) {
        long deck = Ids.parse("deck", ctx.formParam("deck"));
        var session = accounts.switchDeck(ctx.cookie(SessionCookies.SESSION), deck);
        ctx.attribute(SessionCookies.ATTRIBUTE, session);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /**
     * Creates the invitation, then sends the browser to the account page that shows its link (post, redirect,
     * get): reloading that page shows the same link again instead of creating another invitation.
     */
    private void invite(Context ctx) {
        String code = accounts.invite(identity.session(ctx));
        ctx.redirect("/account?invitation=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "#invite", HttpStatus.SEE_OTHER);
    }

    /** The account page, with the link of the invitation just created when the address names one. */
    private void accountPageAfter(Context ctx) {
        String code = ctx.queryParam("invitation");
        if (code == null || !INVITATION_CODE.matcher(code).matches()) {
            accountPage(ctx, Optional.empty(), Optional.empty(), Optional.empty());
            return;
        }
        String origin = behindProxy ? "https://" + ctx.host() : ctx.scheme() + "://" + ctx.host();
        accountPage(ctx, Optional.of("Invitation created."), Optional.empty(), Optional.of(origin + "/signup?invite=" + code));
    }

    /** What an invitation code looks like (URL-safe Base64); anything else in the address is ignored. */
    private static final java.util.regex.Pattern INVITATION_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,128}");

    private static int statusOf(PrepdeckException e) {
        return switch (e) {
            case prepdeck.app.ConflictException c -> 409;
            case prepdeck.app.ForbiddenException f -> 403;
            case prepdeck.app.InvalidInputException i -> 400;
            case prepdeck.app.NotFoundException n -> 404;
            case prepdeck.app.StoreUnavailableException u -> 503;
            case prepdeck.app.SearchIndexBuildingException b -> 503;
        };
    }

    /** The client's address: the peer's, or behind a proxy, the address the proxy says it served (its last hop). */
    private String clientAddress(Context ctx) {
        if (behindProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return ctx.ip();
    }
}
