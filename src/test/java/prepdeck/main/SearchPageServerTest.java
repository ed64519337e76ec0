package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page and the gaps' links as a server gives them: the query echoed, and why a card was found. */
class SearchPageServerTest {
    @TempDir Path temp;

    @Test
    void theSearchPageKeepsItsQueryAndSaysWhyACardInAnotherLanguageMatched() throws Exception {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("python.md"), "# Python\n\n## Decorators\nA decorator wraps a function and returns another one.\n",
                StandardCharsets.UTF_8);
        Files.writeString(notes.resolve("questions.md"), "# Вопросы\n\n## Что такое декоратор?\n\n## Что такое метакласс?\n",
                StandardCharsets.UTF_8);
        try (var server = SeedServer.startWithOnly(temp.resolve("data"), notes)) {
            String page = server.get("/search?q=%D0%B4%D0%B5%D0%BA%D0%BE%D1%80%D0%B0%D1%82%D0%BE%D1%80").body();
            assertThat(page).contains("value=\"декоратор\"").contains("decorators").contains("<span class=\"hit-why\">matched «декоратор» → decorators</span>");
            // the echo is text, never markup
            assertThat(server.get("/search?q=%22%3E%3Cb%3Ex").body()).contains("value=\"&#34;>&lt;b>x\"").doesNotContain("\"><b>x");

            // the server warmed the index as it started: once warm, a search is not the one to pay for it
            server.served().warm().get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(server.served().warm()).isCompleted();

            String gaps = server.get("/gaps").body();
            assertThat(gaps).contains("Что такое декоратор?").contains("decorators").contains("matched «декоратор» → decorators");
        }
    }

    @Test
    void theServerLinksTheFirstPageOfGapsWhileItWarmsSoTheFirstViewShowsThem() throws Exception {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("python.md"), "# Python\n\n## Generators\nA generator yields values lazily, one at a time.\n",
                StandardCharsets.UTF_8);
        Files.writeString(notes.resolve("questions.md"), "# Вопросы\n\n## Что такое генератор?\n\n## Что такое метакласс?\n",
                StandardCharsets.UTF_8);
        try (var server = SeedServer.startWithOnly(temp.resolve("data"), notes)) {
            server.served().warm().get(60, java.util.concurrent.TimeUnit.SECONDS);
            // with no time to look, only links found before are given: the warm-up found every one of them
            var gaps = server.useCases().knowledge().gaps(0, prepdeck.web.WebApp.GAPS_ON_FIRST_PAGE).items();
            var linked = server.useCases().search().withRelatedWithin(gaps, prepdeck.web.WebApp.CARDS_PER_GAP, java.time.Duration.ZERO);
            assertThat(gaps).hasSize(2);
            assertThat(linked.pending()).isEmpty();
            assertThat(server.get("/gaps").body()).doesNotContain("still being looked for").contains("generators");
        }
    }
}
