package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.accounts.LanPairing;
import prepdeck.accounts.Secrets;
import prepdeck.app.ImportProgress;
import prepdeck.app.UseCases;
import prepdeck.cli.LanServing;
import prepdeck.store.Database;
import prepdeck.testing.LocalCsrf;
import prepdeck.web.RunningServer;

/**
 * {@code serve --lan} over real HTTP: a server listening on every address of this machine, reached from its network
 * address (a request that does not come from loopback, as a phone's does not) and from loopback (the laptop). Needs
 * a non-loopback IPv4 address on this machine; the connection's own peer address decides, no header.
 */
class LanServeTest {
    static final String NOTE = """
            # Quillfeather

            ## What does the quillfeather clause say?

            The quillfeather clause obliges the tribunal to meet twice a year.
            """;
    static final String PHONE = "Mozilla/5.0 (Linux; Android 14) <b>Phone</b>";

    @TempDir Path tmp;
    Path data;
    Database db;
    UseCases useCases;
    String lanAddress;
    LanServing.Served served;
    RunningServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Skips loudly without an address the network reaches this machine at; fails instead under PREPDECK_REQUIRE_LAN=1. */
    static void requireAddress(String lanAddress) {
        if (lanAddress != null) return;
        String why = "this machine has no non-loopback IPv4 address to be reached at";
        if ("1".equals(System.getenv("PREPDECK_REQUIRE_LAN"))) throw new IllegalStateException("PREPDECK_REQUIRE_LAN=1 but " + why);
        System.err.println("\n*** SKIPPED: serve --lan tests: " + why + "; the LAN gate was NOT checked ***\n");
        assumeTrue(false, why);
    }

    @BeforeEach
    void serve() throws Exception {
        lanAddress = networkAddress().orElse(null);
        LanServeTest.requireAddress(lanAddress);
        data = tmp.resolve("data");
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("quill.md"), NOTE);
        db = Main.openDatabase(data, Optional.empty());
        useCases = Main.openSingleUser(db, data);
        useCases.importNotes().run(List.of(notes), ImportProgress.NONE);
        served = start();
    }

    LanServing.Served start() {
        var pairing = new LanPairing(Clock.systemUTC(), new Secrets(new SecureRandom()), db.pairedDevices());
        return Main.serveLan(useCases, data, "0.0.0.0", lanAddress, 0, pairing, Map.of(), m -> { }, s -> server = s);
    }

    @AfterEach
    void stop() throws Exception {
        if (served != null) served.served().stop().close();
    }

    URI fromNetwork(String path) {
        return URI.create("http://" + lanAddress + ":" + served.pairingLink().getPort() + path);
    }

    URI fromLoopback(String path) {
        return URI.create("http://127.0.0.1:" + served.pairingLink().getPort() + path);
    }

    HttpResponse<String> send(String method, URI uri, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("User-Agent", PHONE);
        if (cookie != null) request.header("Cookie", cookie);
        if (!method.equals("GET")) {
            // as our own pages send changes: from the page's origin, which the cross-site guard accepts
            request.header("Origin", uri.getScheme() + "://" + uri.getRawAuthority()).header("Content-Type", "application/x-www-form-urlencoded");
        }
        request.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("x=1"));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLinkNamesTheNetworkAddressAndAOneTimeCode() {
        URI link = served.pairingLink();
        assertThat(link.getHost()).isEqualTo(lanAddress);
        assertThat(link.getPath()).isEqualTo("/pair");
        assertThat(link.getQuery()).matches("code=[A-Za-z0-9_-]{40,}");
    }

    @Test
    void everyRouteRefusesARequestFromTheNetworkWithoutAPairedDevice() throws Exception {
        List<String> routes = server.routes();
        assertThat(routes).as("the walk should see the whole app").hasSizeGreaterThan(60).contains("GET /pair", "POST /settings/devices/{id}/revoke");
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = sample(route.substring(route.indexOf(' ') + 1));
            if (route.equals("GET /assets/{name}") || route.equals("GET /favicon.ico")) { // the app's own files: no one's data
                var asset = send(method, fromNetwork(route.equals("GET /favicon.ico") ? path : "/assets/app.css"), null);
                assertThat(asset.statusCode()).as(route).isEqualTo(200);
                assertThat(asset.body()).doesNotContain("quillfeather clause");
                assertThat(asset.headers().allValues("Set-Cookie")).as(route).isEmpty();
                continue;
            }
            for (String cookie : new String[] {null, "prepdeck_device=forged-token-of-some-length-000000000000000"}) {
                var r = send(method, fromNetwork(path), cookie);
                assertThat(r.statusCode()).as("%s from the network, cookie %s → %s", route, cookie, r.body().lines().limit(3).toList()).isEqualTo(401);
                assertThat(r.body()).as(route).doesNotContain("quillfeather clause").contains("pair");
                assertThat(r.headers().allValues("Set-Cookie")).as("%s hands an unpaired device no cookie", route).isEmpty();
                assertThat(r.headers().firstValue("Content-Security-Policy")).as(route).isPresent();
            }
        }
        // the same routes from this computer are served as before (a sample)
        assertThat(send("GET", fromLoopback("/api/cards"), null).body()).contains("quillfeather clause");
        assertThat(send("GET", fromLoopback("/review"), null).statusCode()).isEqualTo(200);
    }

    @Test
    void aPhonePairsOnceWithTheLinkAndIsRefusedOnceRevoked() throws Exception {
        URI link = fromNetwork(served.pairingLink().getRawPath() + "?" + served.pairingLink().getRawQuery());
        var paired = send("GET", link, null);
        assertThat(paired.statusCode()).isEqualTo(200);
        assertThat(paired.body()).contains("This device is paired").contains("&lt;b&gt;Phone&lt;/b&gt;").doesNotContain("<b>Phone</b>");
        String setCookie = paired.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("prepdeck_device=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String cookie = setCookie.split(";", 2)[0];
        String token = cookie.substring("prepdeck_device=".length());

        // the token works on pages, the API and changes; only its digest is in the database
        assertThat(send("GET", fromNetwork("/review"), cookie).statusCode()).isEqualTo(200);
        assertThat(send("GET", fromNetwork("/api/cards"), cookie).body()).contains("quillfeather clause");
        try (var conn = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("prepdeck.db"));
             var rs = conn.createStatement().executeQuery("SELECT token_digest, name FROM paired_devices")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("token_digest")).isEqualTo(Secrets.digest(token)).isNotEqualTo(token);
            assertThat(rs.getString("name")).isEqualTo(PHONE);
        }
        // the cross-site guard still applies to a paired device: a change from another site is refused
        var crossSite = HttpRequest.newBuilder(fromNetwork("/settings")).header("Cookie", cookie).header("Origin", "http://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("daily_budget=1")).build();
        assertThat(http.send(crossSite, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        var noOrigin = HttpRequest.newBuilder(fromNetwork("/settings")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("daily_budget=1")).build();
        assertThat(http.send(noOrigin, HttpResponse.BodyHandlers.ofString()).statusCode()).as("a change without origin or CSRF token").isEqualTo(403);

        // the link pairs once
        assertThat(send("GET", link, null).statusCode()).isEqualTo(403);
        // a phone sees no pairing link and revokes nothing
        assertThat(send("GET", fromNetwork("/settings"), cookie).body()).doesNotContain("/pair?code=").doesNotContain("Revoke");

        // the laptop lists the device (its name escaped), with a fresh link and its QR code
        String settings = send("GET", fromLoopback("/settings"), null).body();
        assertThat(settings).contains("&lt;b&gt;Phone&lt;/b&gt;").doesNotContain("<b>Phone</b>").contains("class=\"pairing-qr\"")
                .contains("http://" + lanAddress + ":" + served.pairingLink().getPort() + "/pair?code=");
        Matcher revoke = Pattern.compile("action=\"(/settings/devices/[^/\"]+/revoke)\"").matcher(settings);
        assertThat(revoke.find()).isTrue();
        assertThat(send("POST", fromNetwork(revoke.group(1)), cookie).statusCode()).as("revoking from the phone").isEqualTo(403);

        var revoked = http.send(LocalCsrf.withToken(HttpRequest.newBuilder(fromLoopback(revoke.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")).build(),
                http, fromLoopback("/")), HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(303);
        var after = send("GET", fromNetwork("/api/cards"), cookie);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).contains("revoked").doesNotContain("quillfeather clause");
        // the page the revoked phone gets says what happened, not "Something went wrong"
        var page = send("GET", fromNetwork("/"), cookie);
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("<h1>This device is not paired or signed in</h1>").doesNotContain("Something went wrong");
    }

    @Test
    void aPairedDeviceStaysPairedAcrossARestartAndTheCliRevokesIt() throws Exception {
        URI link = fromNetwork(served.pairingLink().getRawPath() + "?" + served.pairingLink().getRawQuery());
        String cookie = send("GET", link, null).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("prepdeck_device=")).findFirst().orElseThrow().split(";", 2)[0];
        served.served().stop().close();
        served = start();
        assertThat(send("GET", fromNetwork("/api/cards"), cookie).statusCode()).isEqualTo(200);
        // the old server's code died with it
        assertThat(send("GET", fromNetwork(link.getRawPath() + "?" + link.getRawQuery()), null).statusCode()).isEqualTo(403);

        var out = new java.io.ByteArrayOutputStream();
        var console = new prepdeck.cli.Cli.Console(new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of(), false,
                new java.io.ByteArrayInputStream(new byte[0]), false);
        assertThat(Main.run(new String[] {"--data", data.toString(), "devices", "list"}, console)).isZero();
        String id = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.endsWith(PHONE)).findFirst().orElseThrow().split("\t")[0];
        assertThat(Main.run(new String[] {"--data", data.toString(), "devices", "revoke", id}, console)).isZero();
        assertThat(send("GET", fromNetwork("/api/cards"), cookie).statusCode()).as("refused at once by the running server").isEqualTo(401);
        assertThat(Main.run(new String[] {"--data", data.toString(), "devices", "revoke", id}, console)).isNotZero();
    }

    @Test
    void wrongCodesAreThrottledPerAddress() throws Exception {
        for (int i = 0; i < LanPairing.MAX_WRONG_CODES; i++) {
            assertThat(send("GET", fromNetwork("/pair?code=wrong" + i), null).statusCode()).isEqualTo(403);
        }
        URI link = fromNetwork(served.pairingLink().getRawPath() + "?" + served.pairingLink().getRawQuery());
        var throttled = send("GET", link, null);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.body()).contains("too many wrong pairing links");
        // the laptop is not throttled by it and still pairs nothing by opening the link
        assertThat(send("GET", fromLoopback("/pair?code=whatever"), null).statusCode()).isEqualTo(303);
    }

    @Test
    void aNameThatIsNeitherLoopbackNorAnAddressIsRefusedAgainstDnsRebinding() throws Exception {
        // a page on evil.example whose name was rebound to this machine sends its own name in Host
        try (var socket = new Socket("127.0.0.1", served.pairingLink().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/cards HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).contains(" 403 ");
        }
    }

    /** A concrete path for a registered route: any id will do, as every request is refused before it is looked up. */
    static String sample(String path) {
        return path.replace("{name}", "app.css").replaceAll("\\{[^}]+}", "1").replaceAll("<[^>]+>", "1");
    }

    /** This machine's first non-loopback IPv4 address that is up, if it has one. */
    static Optional<String> networkAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) continue;
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) return Optional.of(a.getHostAddress());
            }
        }
        return Optional.empty();
    }
}
