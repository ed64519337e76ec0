package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import prepdeck.accounts.SignupPolicy;
import prepdeck.testing.HeadlessChromium;

/**
 * Server mode in a real browser: sign up, land on the topic tree, save a form (the script adds the CSRF token), sign out
 * and back in; and the pages offer each viewer only what they may do.
 */
class AccountBrowserTest {
    @TempDir Path data;

    @Test
    void signUpLogInAndLandOnTheTopicTree() throws Exception {
        try (var server = AccountServer.start(data, SignupPolicy.OPEN); var chromium = HeadlessChromium.start(1200, 900)) {
            var browser = chromium.browser;
            String base = server.served().url().toString().replaceAll("/$", "");
            browser.get(base + "/");
            chromium.wait.until(ExpectedConditions.urlContains("/login"));
            browser.findElement(By.linkText("Sign up")).click();
            chromium.wait.until(ExpectedConditions.urlContains("/signup"));
            assertThat(browser.getPageSource()).contains("first account is this server's admin");
            browser.findElement(By.id("signup-name")).sendKeys("teacher");
            browser.findElement(By.id("signup-password")).sendKeys(AccountServer.PASSWORD);
            browser.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("topic-tree")));
            assertThat(browser.findElements(By.cssSelector("#topic-tree li.topic"))).isNotEmpty();

            // a page form without a _csrf field of its own: app.js adds the token from the cookie
            browser.get(base + "/settings");
            browser.findElement(By.cssSelector("form.settings-form button[type=submit]")).click();
            chromium.wait.until(ExpectedConditions.urlContains("saved"));
            assertThat(browser.getPageSource()).contains("Settings saved.");

            // the review page keeps cards for offline practice; signing out takes them away from this browser
            browser.get(base + "/review");
            chromium.wait.until(d -> !"Loading…".equals(d.findElement(By.id("review-status")).getText()));
            assertThat(offlineCardsKept(browser)).isEqualTo("1 window, review page cached");

            browser.get(base + "/account");
            browser.findElement(By.xpath("//button[text()='Sign out']")).click();
            chromium.wait.until(ExpectedConditions.urlContains("/login"));
            assertThat(offlineCardsKept(browser)).isEqualTo("0 window, review page not cached");
            browser.get(base + "/review");
            chromium.wait.until(ExpectedConditions.urlContains("/login?next="));
            browser.findElement(By.id("login-name")).sendKeys("teacher");
            browser.findElement(By.id("login-password")).sendKeys(AccountServer.PASSWORD);
            browser.findElement(By.cssSelector("form.account-form button[type=submit]")).click();
            chromium.wait.until(ExpectedConditions.urlMatches("/review$"));
            browser.get(base + "/");
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("topic-tree")));
        }
    }

    /** How many offline windows this browser keeps in IndexedDB, and whether the service worker keeps the review page. */
    static Object offlineCardsKept(org.openqa.selenium.chrome.ChromeDriver browser) {
        return browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(function () {"
                + "  var open = indexedDB.open('prepdeck', 1);"
                + "  open.onsuccess = function () {"
                + "    var count = open.result.transaction('windows').objectStore('windows').count();"
                + "    count.onsuccess = function () {"
                + "      caches.keys().then(function (names) { return Promise.all(names.map(function (n) { return caches.open(n).then(function (c) { return c.match('/review', { ignoreSearch: true }); }); })); })"
                + "        .then(function (hits) { done(count.result + ' window, review page ' + (hits.some(Boolean) ? 'cached' : 'not cached')); });"
                + "    };"
                + "  };"
                + "});");
    }

    /**
     * The admin is offered "Check all" and the folder field; a learner is offered neither (and is told why), and
     * switching decks on the account page changes the deck the header names. Signing in is done by keyboard.
     */
    @Test
    void eachViewerIsOfferedWhatTheyMayDo() throws Exception {
        try (var server = AccountServer.start(data, SignupPolicy.CLOSED); var chromium = HeadlessChromium.start(1200, 900)) {
            server.accounts().addAccount("teacher", AccountServer.PASSWORD, true);
            server.accounts().addAccount("alice", AccountServer.PASSWORD, false);
            var browser = chromium.browser;
            String base = server.served().url().toString().replaceAll("/$", "");

            signInByKeyboard(chromium, base, "teacher");
            browser.get(base + "/snippets");
            assertThat(browser.findElements(By.xpath("//button[text()='Check all']"))).hasSize(1);
            assertThat(browser.findElements(By.id("check-all-not-offered"))).isEmpty();
            browser.get(base + "/import");
            assertThat(browser.findElements(By.id("folder"))).hasSize(1);
            assertThat(browser.findElement(By.cssSelector(".site-nav .current-deck-name")).getText()).isEqualTo("notes");
            browser.get(base + "/account");
            browser.findElement(By.xpath("//button[text()='Sign out']")).click();
            chromium.wait.until(ExpectedConditions.urlContains("/login"));

            signInByKeyboard(chromium, base, "alice");
            browser.get(base + "/snippets");
            assertThat(browser.findElements(By.xpath("//button[text()='Check all']"))).isEmpty();
            assertThat(browser.findElement(By.id("check-all-not-offered")).getText()).contains("Only the deck's owner", "press Run");
            assertThat(browser.findElement(By.cssSelector(".site-nav .current-deck-name")).getText()).isEqualTo("notes");
            // a learner of the shared deck imports nothing into it: the header offers no Import
            assertThat(browser.findElements(By.linkText("Import"))).isEmpty();

            browser.get(base + "/account");
            assertThat(browser.findElement(By.cssSelector(".deck-list .deck[aria-current=true]")).getText()).contains("notes", "current deck", "learner");
            browser.findElement(By.xpath("//button[text()='Switch to my notes']")).click();
            // her private deck is empty: the topics page invites an import, and the header names the deck
            chromium.wait.until(ExpectedConditions.textToBe(By.cssSelector(".site-nav .current-deck-name"), "my notes"));
            assertThat(browser.getCurrentUrl()).endsWith("/");

            // her own deck: she imports by upload only, and its code does not run on the server
            browser.findElement(By.linkText("Import")).click();
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("files")));
            assertThat(browser.findElements(By.id("folder"))).isEmpty();
            assertThat(browser.findElement(By.id("folder-not-offered")).getText()).contains("only the server's admin");
            browser.get(base + "/snippets");
            assertThat(browser.findElements(By.xpath("//button[text()='Check all']"))).isEmpty();
            assertThat(browser.findElement(By.id("check-all-not-offered")).getText()).contains("do not run on this server");
        }
    }

    /** Tabs from the name field to the password and submits with Enter, as someone without a mouse would. */
    private static void signInByKeyboard(HeadlessChromium chromium, String base, String name) {
        chromium.browser.get(base + "/login");
        var field = chromium.browser.findElement(By.id("login-name"));
        field.sendKeys(name + Keys.TAB);
        assertThat(chromium.browser.switchTo().activeElement().getAttribute("id")).isEqualTo("login-password");
        chromium.browser.switchTo().activeElement().sendKeys(AccountServer.PASSWORD + Keys.ENTER);
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("topic-tree")));
    }
}
