package prepdeck.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver, for tests of the pages in a real browser.
 * Without Chromium the test fails (CI installs it); {@code -Dprepdeck.browser=skip} skips it, loudly.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public final ChromeDriver browser;
    public final WebDriverWait wait;
    private final Path profile;

    private HeadlessChromium(ChromeDriver browser, Path profile) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        this.profile = profile;
    }

    /** Starts a browser with a fresh profile and a window of the given size. */
    public static HeadlessChromium start(int width, int height) throws IOException {
        return start(width, height, new String[0]);
    }

    /** The same with more command-line switches (a fake microphone fed from a file, say). */
    public static HeadlessChromium start(int width, int height, String... moreArguments) throws IOException {
        if ("skip".equals(System.getProperty("prepdeck.browser"))) {
            String message = "BROWSER TESTS SKIPPED (-Dprepdeck.browser=skip): the pages were NOT checked in a real browser";
            System.err.println("\n*** " + message + " ***\n");
            Assumptions.abort(message);
        }
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("Chromium is needed for the browser tests: expected " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver), or run with -Dprepdeck.browser=skip");
        }
        Path profile = Files.createTempDirectory("prepdeck-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        options.addArguments(moreArguments);
        // An alert must not be dismissed silently: it stays open so the test can see it.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    /**
     * Makes the browser ignore the pages' Content-Security-Policy (through the DevTools protocol), so a test
     * sees what the markup alone would do: an injection the CSP happens to block is still a failure.
     */
    public void bypassContentSecurityPolicy() {
        browser.executeCdpCommand("Page.setBypassCSP", java.util.Map.of("enabled", true));
    }

    /** The text of an open alert, confirm or prompt, which is dismissed; empty when none is open. */
    public java.util.Optional<String> takeDialog() {
        try {
            var alert = browser.switchTo().alert();
            String text = alert.getText();
            alert.dismiss();
            return java.util.Optional.of(text);
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public void close() {
        browser.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover profile in /tmp does not fail the tests
        }
    }
}
