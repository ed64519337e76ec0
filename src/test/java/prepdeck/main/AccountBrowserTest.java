package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import prepdeck.accounts.SignupPolicy;
import prepdeck.testing.HeadlessChromium;

/** Server mode in a real browser: sign up, land on the topic tree, save a form (the script adds the CSRF token), sign out and back in. */
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

            browser.get(base + "/account");
            browser.findElement(By.xpath("//button[text()='Sign out']")).click();
            chromium.wait.until(ExpectedConditions.urlContains("/login"));
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
}
