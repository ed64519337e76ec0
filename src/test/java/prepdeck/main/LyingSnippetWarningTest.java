package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import prepdeck.snippets.SnippetChecker;

/**
 * A snippet whose expected output the last {@code snippets check} found wrong is a reference that lies: wherever
 * its card's answer is shown as the reference (review and mock interview, terminal and web) a warning names its line,
 * and a card whose snippet is right shows none.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class LyingSnippetWarningTest {
    @TempDir static Path data;
    @TempDir static Path notes;
    static SeedApp app;
    static final String LYING = "What does adding two ones print?";

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(SnippetChecker.findPython().isPresent(), "python3 is needed to check snippets");
        Files.writeString(notes.resolve("python.md"), """
                # Python

                ## What does adding two ones print?

                It prints two:

                ```python
                print(1 + 1)  # 3
                ```

                ## What does multiplying two by three print?

                ```python
                print(2 * 3)  # 6
                ```
                """);
        var cli = new InProcess(data);
        assertThat(cli.prepdeck("import", notes.toString()).exit()).isZero();
        var check = cli.prepdeck("snippets", "check");
        assertThat(check.out()).as(check.err()).contains("2 snippets: 1 ok, 1 differs");
        app = SeedApp.startWithOnly(data, 900, 900, notes);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    static void press(CharSequence key) {
        new Actions(app.chromium().browser).sendKeys(key).perform();
    }

    static boolean shown(String id) {
        return app.chromium().browser.findElement(By.id(id)).isDisplayed();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void theTerminalWarnsOverTheLyingReferenceInReviewAndInTheInterview() {
        var cli = new InProcess(data);
        String warning = "!! the last snippet check found that the expected output in your notes is not what this snippet prints (line 8)";
        var review = cli.withInput("\nq\n", "review");
        assertThat(review.exit()).as(review.err()).isZero();
        boolean lyingFirst = review.out().contains(LYING);
        assertThat(review.out().contains(warning)).isEqualTo(lyingFirst);
        var interview = cli.withInput("\ns\n\ns\n", "interview", "--questions", "2", "--seed", "1");
        assertThat(interview.exit()).as(interview.err()).isZero();
        assertThat(interview.out()).containsOnlyOnce(warning);
        assertThat(interview.out().indexOf(warning)).isGreaterThan(interview.out().indexOf("── reference ──"));
    }

    @Test
    @org.junit.jupiter.api.Order(3) // after the others, which leave both cards new (they skip instead of grading)
    void theReviewPageWarnsWhenTheLyingReferenceIsShownOnly() {
        var browser = app.chromium().browser;
        app.open("/review");
        for (int i = 0; i < 2; i++) {
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-prompt")));
            String prompt = browser.findElement(By.id("review-prompt")).getText();
            press(" ");
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-answer")));
            assertThat(shown("review-lying")).as(prompt).isEqualTo(prompt.equals(LYING));
            if (prompt.equals(LYING)) assertThat(browser.findElement(By.id("review-lying")).getText()).contains("(line 8)", "do not trust it");
            press("4"); // Easy: out of today's queue
            final String before = prompt;
            app.chromium().wait.until(d -> !d.findElement(By.id("review-card")).isDisplayed()
                    || !before.equals(d.findElement(By.id("review-prompt")).getText()));
        }
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void theInterviewWarnsOverTheLyingReferenceOnly() {
        var browser = app.chromium().browser;
        app.open("/interview");
        browser.findElement(By.id("iv-questions")).clear();
        browser.findElement(By.id("iv-questions")).sendKeys("2");
        browser.findElement(By.id("iv-seed")).sendKeys("3", Keys.ENTER);
        boolean warned = false;
        for (int i = 1; i <= 2; i++) {
            final String number = String.valueOf(i);
            app.chromium().wait.until(d -> number.equals(d.findElement(By.id("iv-number")).getText()) && d.findElement(By.id("iv-answer")).isEnabled());
            String prompt = browser.findElement(By.id("iv-prompt")).getText();
            new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform(); // reveal
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-feedback")));
            assertThat(shown("iv-lying")).as(prompt).isEqualTo(prompt.equals(LYING));
            if (prompt.equals(LYING)) {
                warned = true;
                assertThat(browser.findElement(By.id("iv-lying")).getText()).contains("(line 8)", "do not trust it");
            }
            press("s");
        }
        assertThat(warned).isTrue();
    }
}
