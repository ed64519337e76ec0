package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import prepdeck.app.CardQuery;
import prepdeck.app.CardView;

/**
 * A question asked about code ("What is the output?") shows its code and options on the front, before the answer is
 * shown, on the review, card and mock interview pages in headless Chromium, highlighted as answers' code is; a stem carrying script
 * or an {@code onerror} image stays inert with the CSP switched off in the browser; lists and search tell such cards
 * apart by the first line of their code, and search finds a card by its stem.
 */
class StemBrowserTest {
    @TempDir static Path data;
    @TempDir static Path notes;
    static SeedApp app;

    static final String QUIZ = """
            # Quiz

            ###### 1. What is the output?

            ```javascript
            function sayHi() {
              return typeof null;
            }
            console.log(sayHi());
            ```

            - A: `"null"`
            - B: `"object"`

            <details><summary><b>Answer</b></summary>
            <p>

            #### Answer: B

            A bug kept for compatibility.

            </p>
            </details>

            ---

            ###### 2. What is the output?

            ```javascript
            console.log("</code><script>top.__xss='stem-code'</script>");
            ```

            <script>top.__xss = 'stem-script';</script>

            - A: <img src=x onerror="top.__xss='stem-img'">
            - B: <a href="javascript:top.__xss='stem-link'">nothing</a>

            <details><summary><b>Answer</b></summary>
            <p>

            #### Answer: A

            Nothing runs.

            </p>
            </details>
            """;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(notes.resolve("quiz.md"), QUIZ);
        app = SeedApp.startWithOnly(data, 1000, 900, notes);
        app.chromium().bypassContentSecurityPolicy();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    static CardView card(String codePart) {
        return app.useCases().knowledge().cards(new CardQuery(Optional.empty(), Optional.empty(), false)).stream()
                .filter(c -> c.stem().contains(codePart)).findFirst().orElseThrow();
    }

    static Object xss() {
        return ((JavascriptExecutor) app.chromium().browser).executeScript("return typeof top.__xss === 'undefined' ? null : String(top.__xss);");
    }

    @Test
    void theReviewFrontShowsTheCodeAndOptionsBeforeTheAnswer() {
        var browser = app.chromium().browser;
        var quiz = card("sayHi");
        var attack = card("stem-code");
        assertThat(attack.stem()).contains("onerror"); // the payloads did reach the stem
        app.open("/review");
        for (int shown = 0; shown < 2; shown++) {
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-stem")));
            String id = browser.findElement(By.id("review-card")).getAttribute("data-card");
            assertThat(browser.findElement(By.id("review-prompt")).getText()).isEqualTo("What is the output?");
            assertThat(browser.findElement(By.id("review-answer")).isDisplayed()).isFalse();
            var stem = browser.findElement(By.id("review-stem"));
            if (id.equals(Long.toString(quiz.id()))) {
                assertThat(stem.getText()).contains("function sayHi() {", "console.log(sayHi());", "\"object\"");
                app.chromium().wait.until(d -> !d.findElements(By.cssSelector("#review-stem pre code.hljs span")).isEmpty());
                assertThat(browser.findElement(By.id("review-answer-html")).getAttribute("textContent")).startsWith("Answer: B").doesNotContain("sayHi");
            } else {
                assertThat(id).isEqualTo(Long.toString(attack.id()));
                assertThat(stem.getText()).contains("console.log(\"</code><script>top.__xss='stem-code'</script>\");");
                assertInert("#review-stem");
            }
            new Actions(browser).sendKeys(" ").perform();
            app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-grades")));
            assertThat(browser.findElement(By.id("review-stem")).isDisplayed()).isTrue(); // the question stays with its answer
            new Actions(browser).sendKeys("3").perform();
            final int answered = shown + 1;
            app.chromium().wait.until(ExpectedConditions.textMatches(By.id("review-status"), java.util.regex.Pattern.compile("\\b" + answered + " answered")));
        }
    }

    @Test
    void theCardPageShowsTheStemUnderThePromptAndKeepsItInert() {
        var browser = app.chromium().browser;
        app.open("/cards/" + card("sayHi").id());
        assertThat(browser.findElement(By.cssSelector("h1.prompt")).getText()).isEqualTo("What is the output?");
        assertThat(browser.findElement(By.id("card-stem")).getText()).contains("function sayHi() {", "\"object\"");
        app.chromium().wait.until(d -> !d.findElements(By.cssSelector("#card-stem pre code.hljs span")).isEmpty());

        app.open("/cards/" + card("stem-code").id());
        assertInert("#card-stem");
        // the topic's list tells the two cards apart by their first line of code
        var topic = app.useCases().knowledge().topics().stream().filter(t -> t.path().equals("Quiz")).findFirst().orElseThrow();
        app.open("/topics/" + topic.id());
        assertThat(browser.findElements(By.cssSelector(".stem-hint")).stream().map(e -> e.getText()).toList())
                .containsExactlyInAnyOrder("function sayHi() {", "console.log(\"</code><script>top.__xss='stem-code'</script>\");");
        assertThat(xss()).isNull();
        // and so do search results
        app.open("/search?q=output");
        app.chromium().wait.until(d -> d.findElements(By.cssSelector(".hit .stem-hint")).size() == 2);
        assertThat(browser.findElements(By.cssSelector(".hit .stem-hint")).stream().map(e -> e.getText()).toList())
                .contains("function sayHi() {");
        assertThat(xss()).isNull();
        // a word only the stem's code holds finds its card
        app.open("/search?q=sayHi");
        app.chromium().wait.until(d -> d.findElements(By.cssSelector(".hit")).size() == 1);
        assertThat(browser.findElement(By.cssSelector(".hit-link")).getAttribute("href")).endsWith("/cards/" + card("sayHi").id());
    }

    static void assertInert(String stem) {
        var browser = app.chromium().browser;
        assertThat(browser.findElements(By.cssSelector(stem + " script"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(stem + " [onerror]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(stem + " a[href^='javascript']"))).isEmpty();
        assertThat(xss()).isNull();
    }

    @Test
    void theMockInterviewShowsTheStemWithTheQuestion() {
        var browser = app.chromium().browser;
        app.open("/interview");
        browser.findElement(By.id("iv-seed")).sendKeys("7", org.openqa.selenium.Keys.ENTER);
        app.chromium().wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iv-stem")));
        assertThat(browser.findElement(By.id("iv-prompt")).getText()).isEqualTo("What is the output?");
        String stem = browser.findElement(By.id("iv-stem")).getText();
        assertThat(stem).containsAnyOf("function sayHi() {", "stem-code");
        if (stem.contains("sayHi")) app.chromium().wait.until(d -> !d.findElements(By.cssSelector("#iv-stem pre code.hljs span")).isEmpty());
        assertInert("#iv-stem");
    }
}
