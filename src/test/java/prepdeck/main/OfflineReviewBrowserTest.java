package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import prepdeck.accounts.LanPairing;
import prepdeck.accounts.Secrets;
import prepdeck.app.ImportProgress;
import prepdeck.app.UseCases;
import prepdeck.cli.LanServing;
import prepdeck.testing.HeadlessChromium;

/**
 * Offline practice (issue 20) in headless Chromium at a phone's width, on {@code serve --lan} over the seeds: the phone
 * pairs through the link the QR code carries, the page goes offline (DevTools network emulation, and the laptop's
 * server stopped too, so nothing can reach it), 20 cards are answered and the page reloaded with no connection; when
 * the connection returns the laptop's review log holds exactly those 20 answers, once each, scheduled at the time they
 * were given with the intervals the page showed.
 *
 * <p>Chromium runs a service worker only in a secure context; plain http to a LAN address is not one, so the browser is
 * told to treat the laptop's origin as secure, as HTTPS would make it (see README, "Practise offline").
 */
class OfflineReviewBrowserTest {
    static final int ANSWERS = 20;

    @TempDir Path tmp;
    HeadlessChromium chromium;
    LanServing.Served served;

    @AfterEach
    void stop() throws Exception {
        if (chromium != null) chromium.close();
        if (served != null) served.served().stop().close();
    }

    /** A laptop serving the seeds on the local network, as {@code serve --lan} does. */
    private record Lan(String address, Path data, UseCases useCases, LanPairing pairing) {}

    private Lan seedsOnLan() throws Exception {
        String lanAddress = LanServeTest.networkAddress().orElse(null);
        LanServeTest.requireAddress(lanAddress);
        Path data = tmp.resolve("data");
        var db = Main.openDatabase(data, Optional.empty());
        UseCases useCases = Main.openSingleUser(db, data);
        useCases.importNotes().run(List.of(SeedImportTest.SEEDS), ImportProgress.NONE);
        var pairing = new LanPairing(Clock.systemUTC(), new Secrets(new SecureRandom()), db.pairedDevices());
        served = Main.serveLan(useCases, data, "0.0.0.0", lanAddress, 0, pairing, Map.of(), m -> { });
        return new Lan(lanAddress, data, useCases, pairing);
    }

    @Test
    void twentyAnswersGivenOfflineReachTheLaptopOnceEachWhenTheConnectionReturns() throws Exception {
        var lan = seedsOnLan();
        String lanAddress = lan.address();
        Path data = lan.data();
        UseCases useCases = lan.useCases();
        var pairing = lan.pairing();
        int port = served.pairingLink().getPort();
        String phone = "http://" + lanAddress + ":" + port;

        chromium = HeadlessChromium.start(420, 900, "--unsafely-treat-insecure-origin-as-secure=" + phone);
        var browser = chromium.browser;
        browser.get(served.pairingLink().toString()); // what the QR code on the laptop's settings page holds
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-review")));
        browser.findElement(By.id("start-review")).click();
        shownCard();
        Object worker = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(function (r) { return caches.keys().then(function (k) { done(!!r.active && k.length > 0); }); });");
        assertThat(worker).as("the service worker runs and keeps the app's files").isEqualTo(true);
        // the page fetches its window after showing the first card: wait until this device keeps it
        chromium.wait.until(d -> AccountBrowserTest.offlineCardsKept(browser).toString().startsWith("1 window"));
        // the window this device keeps, as the server sent it: the intervals each grade gives, per card
        JsonNode window = new ObjectMapper().readTree((String) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/api/review/offline').then(function (r) { return r.text(); }).then(done);"));
        assertThat(window.get("cards").size()).isGreaterThanOrEqualTo(ANSWERS);
        Map<Long, JsonNode> intervals = new HashMap<>();
        window.get("cards").forEach(c -> intervals.put(c.get("card").get("id").asLong(), c.get("intervals")));
        screenshot("phone-online");
        // installable: Chromium finds the manifest, its icons and the worker, and has nothing against them
        Map<String, Object> manifest = browser.executeCdpCommand("Page.getAppManifest", Map.of());
        assertThat((List<?>) manifest.get("errors")).as(manifest.toString()).isEmpty();
        Map<String, Object> installable = browser.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        assertThat((List<?>) installable.get("installabilityErrors")).as(installable.toString()).isEmpty();

        // offline: the browser says so, and the laptop's server is gone as well (a worker's own fetches included)
        offline(true);
        served.served().stop().close();
        served = null;
        chromium.wait.until(ExpectedConditions.textMatches(By.id("review-offline"), Pattern.compile("Offline")));

        Map<Long, Integer> given = new LinkedHashMap<>();
        Map<Long, Instant> givenAt = new HashMap<>();
        for (int i = 1; i <= ANSWERS; i++) {
            if (i == 11) {
                // a reload with no connection: the page and the queue come from this device
                browser.navigate().refresh();
                chromium.wait.until(ExpectedConditions.textMatches(By.id("review-offline"), Pattern.compile("10 answers wait")));
                screenshot("phone-offline-reloaded");
            }
            long card = Long.parseLong(shownCard());
            assertThat(given).as("a card answered offline is not asked again").doesNotContainKey(card);
            press(" ");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-grades")));
            int rating = 1 + (i % 4);
            assertThat(browser.findElement(By.cssSelector(".grade-" + rating + " .grade-interval")).getText()).isNotBlank();
            Instant before = Instant.now();
            press(Integer.toString(rating));
            given.put(card, rating);
            givenAt.put(card, before);
            int waiting = i;
            chromium.wait.until(d -> Integer.toString(waiting).equals(d.findElement(By.id("review-offline")).getAttribute("data-waiting")));
        }
        assertThat(browser.findElement(By.id("review-offline")).getText()).contains("20 answers wait to be sent");
        // undo offline forgets the last answer on the device; the card comes back and is answered again
        long last = given.keySet().stream().reduce((a, b) -> b).orElseThrow();
        press("u");
        chromium.wait.until(d -> "19".equals(d.findElement(By.id("review-offline")).getAttribute("data-waiting")));
        assertThat(Long.parseLong(shownCard())).isEqualTo(last);
        press(" ");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-grades")));
        givenAt.put(last, Instant.now());
        press(Integer.toString(given.get(last)));
        chromium.wait.until(d -> "20".equals(d.findElement(By.id("review-offline")).getAttribute("data-waiting")));
        screenshot("phone-offline");
        assertThat(reviews(data)).as("nothing reached the laptop while offline").isEmpty();

        // the connection returns: the same server, on the same port, over the same data folder
        served = Main.serveLan(useCases, data, "0.0.0.0", lanAddress, port, pairing, Map.of(), m -> { });
        offline(false);
        chromium.wait.until(d -> "0".equals(d.findElement(By.id("review-offline")).getAttribute("data-waiting")));
        chromium.wait.until(ExpectedConditions.textMatches(By.id("review-status"), Pattern.compile("due · new today")));
        screenshot("phone-online-after");

        List<Review> stored = reviews(data);
        assertThat(stored).hasSize(ANSWERS);
        assertThat(stored.stream().map(Review::key).distinct()).hasSize(ANSWERS);
        Map<Long, Integer> storedRatings = new LinkedHashMap<>();
        for (Review r : stored) storedRatings.put(r.card(), r.rating());
        assertThat(storedRatings).isEqualTo(given);
        for (Review r : stored) {
            // scheduled at the time the answer was given on the phone, not when it arrived
            assertThat(Duration.between(givenAt.get(r.card()), r.reviewedAt()).abs()).isLessThan(Duration.ofSeconds(5));
            // with the interval the phone showed for that grade: the server's FSRS, computed once
            double shownDays = intervals.get(r.card()).get(Integer.toString(r.rating())).asDouble();
            double scheduledDays = Duration.between(r.lastReview(), r.due()).toMillis() / 86_400_000.0;
            assertThat(scheduledDays).as("card " + r.card() + " graded " + r.rating()).isCloseTo(shownDays, within(1e-6));
        }
        assertThat(useCases.knowledge().stats().reviews()).isEqualTo(ANSWERS);

        // sending again (a reload, the next online event) stores nothing more
        browser.navigate().refresh();
        shownCard();
        browser.executeAsyncScript("var done = arguments[arguments.length - 1]; window.dispatchEvent(new Event('online')); setTimeout(done, 1500);");
        assertThat(reviews(data)).hasSize(ANSWERS);

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        screenshot("desktop-online");
        offline(true);
        chromium.wait.until(ExpectedConditions.textMatches(By.id("review-offline"), Pattern.compile("Offline")));
        screenshot("desktop-offline");
        offline(false);
        var logs = browser.manage().logs().get("browser").getAll().stream()
                .filter(e -> !e.getMessage().contains("favicon.ico") && !e.getMessage().contains("ERR_INTERNET_DISCONNECTED")
                        && !e.getMessage().contains("Failed to fetch") && !e.getMessage().contains("ERR_CONNECTION_REFUSED"))
                .toList();
        assertThat(logs).as(logs.toString()).noneMatch(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
    }

    /**
     * What a phone on plain http gets (no secure context, so no service worker): the page it has open keeps going through
     * a lost connection and sends the answers when it returns, and it says that reopening it offline needs HTTPS.
     */
    @Test
    void onPlainHttpTheOpenPageKeepsAnsweringThroughALostConnection() throws Exception {
        Path data = seedsOnLan().data();

        chromium = HeadlessChromium.start(420, 900);
        var browser = chromium.browser;
        browser.get(served.pairingLink().toString());
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-review")));
        browser.findElement(By.id("start-review")).click();
        shownCard();
        chromium.wait.until(d -> "1".equals(String.valueOf(browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var open = indexedDB.open('prepdeck', 1); open.onsuccess = function () {"
                + "var c = open.result.transaction('windows').objectStore('windows').count(); c.onsuccess = function () { done(c.result); }; };"))));
        assertThat(browser.executeScript("return window.isSecureContext || ('serviceWorker' in navigator)")).isEqualTo(false);
        assertThat(browser.findElement(By.id("review-offline-note")).getText()).contains("HTTPS");

        offline(true);
        chromium.wait.until(ExpectedConditions.textMatches(By.id("review-offline"), Pattern.compile("Offline")));
        for (int i = 1; i <= 3; i++) {
            shownCard();
            press(" ");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-grades")));
            press("3");
            int waiting = i;
            chromium.wait.until(d -> Integer.toString(waiting).equals(d.findElement(By.id("review-offline")).getAttribute("data-waiting")));
        }
        assertThat(reviews(data)).isEmpty();
        screenshot("phone-plain-http-offline");
        offline(false);
        chromium.wait.until(d -> "0".equals(d.findElement(By.id("review-offline")).getAttribute("data-waiting")));
        assertThat(reviews(data)).hasSize(3);
    }

    record Review(String key, long card, int rating, Instant reviewedAt, Instant lastReview, Instant due) {}

    static List<Review> reviews(Path data) throws Exception {
        var out = new ArrayList<Review>();
        var json = new ObjectMapper();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("prepdeck.db"));
             var rs = c.createStatement().executeQuery("SELECT idempotency_key, card_id, rating, reviewed_at, state_after FROM reviews ORDER BY id")) {
            while (rs.next()) {
                JsonNode after = json.readTree(rs.getString("state_after"));
                out.add(new Review(rs.getString(1), rs.getLong(2), rs.getInt(3), Instant.parse(rs.getString(4)),
                        Instant.parse(after.get("last_review").asText()), Instant.parse(after.get("due").asText())));
            }
        }
        return out;
    }

    void offline(boolean offline) {
        chromium.browser.executeCdpCommand("Network.enable", Map.of());
        chromium.browser.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    String shownCard() {
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-prompt")));
        return chromium.browser.findElement(By.id("review-card")).getAttribute("data-card");
    }

    void press(CharSequence key) {
        new Actions(chromium.browser).sendKeys(key).perform();
    }

    void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots", "offline"));
        Files.write(dir.resolve(name + ".png"), chromium.browser.getScreenshotAs(OutputType.BYTES));
    }
}
