package prepdeck.main;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.regex.Pattern;
import prepdeck.accounts.Argon2idHasher;
import prepdeck.accounts.LoginThrottle;
import prepdeck.accounts.Secrets;
import prepdeck.accounts.SignupPolicy;
import prepdeck.app.Accounts;
import prepdeck.app.ImportProgress;
import prepdeck.app.UseCases;
import prepdeck.cli.WebServing;
import prepdeck.store.SqliteDatabase;

/**
 * The program in server mode for a test: the seeds imported, accounts over the same SQLite file (with a cheap
 * Argon2 setting so the suite stays fast), and the server wired as {@code serve --accounts} wires it, on a random port.
 */
record AccountServer(UseCases useCases, Accounts accounts, WebServing.Served served) implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";

    static AccountServer start(Path data, SignupPolicy policy) {
        return start(data, java.util.Optional.empty(), policy);
    }

    /** The same over the {@code --db} PostgreSQL database, when one is given. */
    static AccountServer start(Path data, java.util.Optional<String> database, SignupPolicy policy) {
        var useCases = Main.openSingleUser(data, database);
        useCases.importNotes().run(java.util.List.of(SeedImportTest.SEEDS), ImportProgress.NONE);
        var random = new SecureRandom();
        var clock = Clock.systemUTC();
        var accounts = new Accounts(Main.openDatabase(data, database).accounts(), new Argon2idHasher(new Argon2idHasher.Cost(64, 1, 1), random),
                new LoginThrottle(LoginThrottle.DEFAULT, clock), policy, new Secrets(random), clock);
        return new AccountServer(useCases, accounts, Main.serverAccounts().serve(accounts, data, database, "127.0.0.1", 0, false));
    }

    Browser browser() {
        return new Browser();
    }

    @Override
    public void close() throws Exception {
        served.stop().close();
    }

    /** A plain HTTP client with a cookie jar: one visitor. Redirects are not followed, so tests see them. */
    final class Browser implements AutoCloseable {
        private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http = HttpClient.newBuilder().cookieHandler(jar).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(served.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** POSTs a form ({@code name, value, …}), with more headers given in {@code headers}. */
        HttpResponse<String> form(String path, String[] fields, String... headers) throws IOException, InterruptedException {
            var body = new StringBuilder();
            for (int i = 0; i + 1 < fields.length; i += 2) {
                if (body.length() > 0) body.append('&');
                body.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            var request = HttpRequest.newBuilder(served.url().resolve(path)).header("Content-Type", "application/x-www-form-urlencoded");
            for (int i = 0; i + 1 < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
            return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> json(String path, String body, String... headers) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(served.url().resolve(path)).header("Content-Type", "application/json");
            for (int i = 0; i + 1 < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
            return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Opens the login form and submits it. */
        HttpResponse<String> logIn(String name, String password, String next) throws IOException, InterruptedException {
            String token = formToken(get("/login").body());
            return form("/login", new String[] {"_csrf", token, "name", name, "password", password, "next", next});
        }

        String cookie(String name) {
            return jar.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue)
                    .findFirst().orElse(null);
        }

        String csrf() {
            return cookie("prepdeck_csrf");
        }

        static String formToken(String html) {
            var m = FIELD.matcher(html);
            if (!m.find()) throw new AssertionError("no _csrf field in " + html);
            return m.group(1);
        }

        @Override
        public void close() {
            http.close();
        }
    }
}
