package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import prepdeck.accounts.LanPairing;
import prepdeck.accounts.Secrets;
import prepdeck.app.ImportProgress;
import prepdeck.cli.LanServing;
import prepdeck.testing.HeadlessChromium;

/**
 * {@code serve --lan} in headless Chromium at a phone's width, reaching the laptop at its network address: refused
 * before pairing, paired by the link, then reviewing with the keyboard as on the laptop.
 */
class LanBrowserTest {
    @TempDir Path tmp;
    HeadlessChromium chromium;
    LanServing.Served served;

    @AfterEach
    void stop() throws Exception {
        if (chromium != null) chromium.close();
        if (served != null) served.served().stop().close();
    }

    @Test
    void aPhonePairsThroughTheLinkAndReviews() throws Exception {
        String lanAddress = LanServeTest.networkAddress().orElse(null);
        LanServeTest.requireAddress(lanAddress);
        Path data = tmp.resolve("data");
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("quill.md"), LanServeTest.NOTE + """

                ## Who keeps the quillfeather seal?

                The tribunal's eldest clerk keeps it.
                """);
        var db = Main.openDatabase(data, Optional.empty());
        var useCases = Main.openSingleUser(db, data);
        useCases.importNotes().run(List.of(notes), ImportProgress.NONE);
        var pairing = new LanPairing(Clock.systemUTC(), new Secrets(new SecureRandom()), db.pairedDevices());
        served = Main.serveLan(useCases, data, "0.0.0.0", lanAddress, 0, pairing, Map.of(), m -> { });
        String phoneBase = "http://" + lanAddress + ":" + served.pairingLink().getPort();

        chromium = HeadlessChromium.start(500, 900);
        var browser = chromium.browser;
        browser.get(phoneBase + "/review");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("not paired").doesNotContain("quillfeather clause");

        browser.get(served.pairingLink().toString());
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("start-review")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This device is paired");
        browser.findElement(By.id("start-review")).click();
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-prompt")));
        assertThat(browser.getCurrentUrl()).startsWith(phoneBase + "/review");
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling at a phone's width").isLessThanOrEqualTo(500);

        new Actions(browser).sendKeys(" ").perform();
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-grades")));
        new Actions(browser).sendKeys("3").perform();
        chromium.wait.until(ExpectedConditions.textMatches(By.id("review-status"), java.util.regex.Pattern.compile("\\b1 answered")));
        assertThat(useCases.knowledge().stats().reviews()).isEqualTo(1);

        // the laptop lists the phone; once revoked, the phone's next page is refused
        var device = pairing.devices();
        assertThat(device).hasSize(1);
        assertThat(device.get(0).name()).contains("Chrome");
        pairing.revoke(device.get(0).id());
        browser.get(phoneBase + "/review");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("revoked").doesNotContain("quillfeather");
    }
}
