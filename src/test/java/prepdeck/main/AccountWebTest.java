package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.accounts.SignupPolicy;

/** Server mode over HTTP against the real program on a random port: login, cookies, CSRF, the throttle, sign-out everywhere. */
class AccountWebTest {
    static final String PASSWORD = AccountServer.PASSWORD;

    @TempDir Path data;
    private AccountServer server;

    @BeforeEach
    void start() {
        server = AccountServer.start(data, SignupPolicy.INVITE);
        server.accounts().addAccount("teacher", PASSWORD, true);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void loginSetsAnHttpOnlySameSiteSessionCookieAndGoesWhereItWasAsked() throws Exception {
        try (var browser = server.browser()) {
            var page = browser.get("/login?next=%2Freview");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c ->
                    assertThat(c).startsWith("prepdeck_login=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
            String token = AccountServer.Browser.formToken(page.body());
            var login = browser.form("/login", new String[] {"_csrf", token, "name", "teacher", "password", PASSWORD, "next", "/review"});
            assertThat(login.statusCode()).isEqualTo(303);
            assertThat(login.headers().firstValue("Location")).hasValue("/review");
            List<String> set = login.headers().allValues("Set-Cookie");
            assertThat(set).anySatisfy(c -> assertThat(c).startsWith("prepdeck_session=").containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax").contains("Path=/").doesNotContainIgnoringCase("Secure"));
            assertThat(set).anySatisfy(c -> assertThat(c).startsWith("prepdeck_csrf=").doesNotContainIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict"));
            assertThat(browser.get("/").statusCode()).isEqualTo(200);
            assertThat(browser.get("/api/stats").statusCode()).isEqualTo(200);
            assertThat(browser.get("/account").body()).contains("teacher").contains("(admin)");
        }
    }

    @Test
    void withoutASessionTheApiAnswers401AndPagesSendToTheLogin() throws Exception {
        try (var browser = server.browser()) {
            var api = browser.get("/api/stats");
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
            assertThat(api.body()).contains("sign in");
            var page = browser.get("/review?due=1");
            assertThat(page.statusCode()).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).hasValue("/login?next=%2Freview%3Fdue%3D1");
            assertThat(browser.json("/api/import", "{}").statusCode()).isEqualTo(401);
            assertThat(browser.get("/assets/app.css").statusCode()).isEqualTo(200);
            assertThat(browser.get("/login").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void loginSendsOnlyToLocalPaths() throws Exception {
        try (var browser = server.browser()) {
            assertThat(browser.get("/login?next=//evil.example/x").body()).contains("name=\"next\" value=\"/\"");
        }
        for (String next : List.of("https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)")) {
            try (var browser = server.browser()) {
                var login = browser.logIn("teacher", PASSWORD, next);
                assertThat(login.headers().firstValue("Location")).as(next).hasValue("/");
            }
        }
    }

    @Test
    void everyChangeNeedsTheSessionsCsrfToken() throws Exception {
        try (var browser = server.browser()) {
            browser.logIn("teacher", PASSWORD, "/");
            String csrf = browser.csrf();
            assertThat(csrf).isNotBlank();
            // no token, a wrong token, another session's token: refused
            assertThat(browser.form("/account/invitations", new String[] {}).statusCode()).isEqualTo(403);
            assertThat(browser.form("/account/invitations", new String[] {"_csrf", (csrf.startsWith("x") ? "y" : "x") + csrf.substring(1)}).statusCode()).isEqualTo(403);
            assertThat(browser.json("/api/interviews/1/finish", "{}", "X-CSRF-Token", "nope").statusCode()).isEqualTo(403);
            assertThat(browser.form("/settings", new String[] {"daily_budget", "50"}).statusCode()).isEqualTo(403);
            try (var other = server.browser()) {
                other.logIn("teacher", PASSWORD, "/");
                assertThat(browser.form("/account/invitations", new String[] {"_csrf", other.csrf()}).statusCode()).isEqualTo(403);
            }
            // the right token, as a field or a header
            var invited = browser.form("/account/invitations", new String[] {"_csrf", csrf});
            assertThat(invited.statusCode()).isEqualTo(303);
            String shown = invited.headers().firstValue("Location").orElseThrow();
            assertThat(browser.get(shown).body()).contains("/signup?invite=");
            assertThat(browser.form("/account/invitations", new String[] {}, "X-CSRF-Token", csrf).statusCode()).isEqualTo(303);
        }
    }

    @Test
    void aLoginFormFromAnotherSiteIsRefused() throws Exception {
        try (var browser = server.browser()) {
            // no form cookie: a form posted from elsewhere cannot know it
            var forged = browser.form("/login", new String[] {"_csrf", "guess", "name", "teacher", "password", PASSWORD});
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(forged.headers().allValues("Set-Cookie")).noneSatisfy(c -> assertThat(c).startsWith("prepdeck_session=").doesNotStartWith("prepdeck_session=;"));
            assertThat(browser.cookie("prepdeck_session")).isNull();
        }
    }

    @Test
    void repeatedFailedLoginsAre429WithRetryAfter() throws Exception {
        try (var browser = server.browser()) {
            for (int i = 0; i < 5; i++) assertThat(browser.logIn("teacher", "wrong password!", "/").statusCode()).isEqualTo(401);
            var refused = browser.logIn("teacher", PASSWORD, "/");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(refused.body()).contains("too many failed logins");
        }
    }

    @Test
    void theOwnerGetsInDuringAnAttackOnTheirNameFromABrowserTheyUsedBefore() throws Exception {
        try (var laptop = server.browser(); var attacker = server.browser(); var newBrowser = server.browser()) {
            assertThat(laptop.logIn("teacher", PASSWORD, "/").statusCode()).isEqualTo(303);
            assertThat(laptop.cookie("prepdeck_device")).isNotBlank();
            laptop.form("/logout", new String[] {"_csrf", laptop.csrf()});
            // all from 127.0.0.1, as a class behind one NAT: the name and the address are both under attack
            for (int i = 0; i < 25; i++) attacker.logIn("teacher", "guess number " + i, "/");
            for (int i = 0; i < 25; i++) attacker.logIn("learner" + i, "guess number " + i, "/");
            var stranger = newBrowser.logIn("teacher", PASSWORD, "/");
            assertThat(stranger.statusCode()).isEqualTo(429);
            assertThat(stranger.body()).contains("try again in").contains("signed in to this account before");
            var owner = laptop.logIn("teacher", PASSWORD, "/");
            assertThat(owner.statusCode()).isEqualTo(303);
            assertThat(laptop.get("/account").body()).contains("teacher");
            // the operator lifts the lock for everyone else
            var unlock = new InProcess(data).prepdeck("user", "unlock", "teacher");
            assertThat(unlock.exit()).as(unlock.err()).isZero();
            assertThat(unlock.out()).contains("unlocked account teacher");
            assertThat(newBrowser.logIn("teacher", PASSWORD, "/").statusCode()).isEqualTo(303);
        }
    }

    @Test
    void signOutEverywhereEndsAnotherBrowsersSession() throws Exception {
        try (var laptop = server.browser(); var phone = server.browser()) {
            laptop.logIn("teacher", PASSWORD, "/");
            phone.logIn("teacher", PASSWORD, "/");
            assertThat(phone.get("/account").statusCode()).isEqualTo(200);
            var out = laptop.form("/account/sign-out-everywhere", new String[] {"_csrf", laptop.csrf()});
            assertThat(out.statusCode()).isEqualTo(303);
            assertThat(out.headers().firstValue("Location")).hasValue("/login");
            assertThat(phone.get("/account").statusCode()).isEqualTo(303);
            assertThat(phone.get("/api/stats").statusCode()).isEqualTo(401);
            assertThat(laptop.get("/account").statusCode()).isEqualTo(303);
        }
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        try (var browser = server.browser()) {
            browser.logIn("teacher", PASSWORD, "/");
            String session = browser.cookie("prepdeck_session");
            assertThat(browser.form("/logout", new String[] {"_csrf", browser.csrf()}).statusCode()).isEqualTo(303);
            assertThat(server.accounts().session(session)).isEmpty();
            assertThat(browser.get("/").statusCode()).isEqualTo(303);
        }
    }

    @Test
    void signUpByInvitationAndTheDecksOfALearner() throws Exception {
        try (var teacher = server.browser(); var learner = server.browser()) {
            teacher.logIn("teacher", PASSWORD, "/");
            var created = teacher.form("/account/invitations", new String[] {"_csrf", teacher.csrf()});
            assertThat(created.statusCode()).as("post, redirect, get").isEqualTo(303);
            String body = teacher.get(created.headers().firstValue("Location").orElseThrow()).body();
            var link = java.util.regex.Pattern.compile("/signup\\?invite=([A-Za-z0-9_-]+)").matcher(body);
            assertThat(link.find()).isTrue();
            var form = learner.get("/signup?invite=" + link.group(1));
            assertThat(form.body()).contains("value=\"" + link.group(1) + "\"");
            String token = AccountServer.Browser.formToken(form.body());
            var refused = learner.form("/signup", new String[] {"_csrf", token, "name", "ada", "password", "short", "invite", link.group(1)});
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("at least 10");
            var made = learner.form("/signup", new String[] {"_csrf", token, "name", "ada", "password", PASSWORD, "invite", link.group(1)});
            assertThat(made.statusCode()).isEqualTo(303);
            var account = learner.get("/account").body();
            assertThat(account).contains("ada").contains("learner").contains("my notes").doesNotContain("Create an invitation");
            // the code was used
            try (var third = server.browser()) {
                String t = AccountServer.Browser.formToken(third.get("/signup").body());
                assertThat(third.form("/signup", new String[] {"_csrf", t, "name", "bob", "password", PASSWORD, "invite", link.group(1)}).statusCode())
                        .isEqualTo(403);
            }
        }
    }
}
