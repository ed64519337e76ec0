package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MkDocs admonitions, as st3v3nmw__obsidian-spaced-repetition's documentation writes them, read as quotes line for line. */
class AdmonitionsTest {
    @Test
    void anAdmonitionBecomesAQuoteHeadedByItsTitle() {
        var lines = List.of(
                "!!! note \"Obsidian requires a blank line before a table.\"",
                "",
                "    Without it, Obsidian displays it just as text.",
                "",
                "However, by default a blank line ends the card.");
        assertThat(Admonitions.rewrite(lines)).containsExactly(
                "> **Obsidian requires a blank line before a table.**",
                ">",
                "> Without it, Obsidian displays it just as text.",
                "",
                "However, by default a blank line ends the card.");
    }

    @Test
    void nestedAdmonitionsNestAndFencesInsideKeepTheirText() {
        var lines = List.of(
                "!!! note \"Displayed when reviewed\"",
                "",
                "    !!! tip \"Card Front\"",
                "",
                "        ```",
                "        !!! not a marker inside code",
                "        ```",
                "",
                "!!! warning",
                "    Edit by hand.",
                "After.");
        assertThat(Admonitions.rewrite(lines)).containsExactly(
                "> **Displayed when reviewed**",
                ">",
                "> > **Card Front**",
                "> >",
                "> > ```",
                "> > !!! not a marker inside code",
                "> > ```",
                "",
                "> **Warning**",
                "> Edit by hand.",
                "After.");
    }

    @Test
    void linesWithoutAdmonitionsAreTheSameList() {
        var lines = List.of("# T", "    indented code", "!!! is not a marker without a type");
        assertThat(Admonitions.rewrite(lines)).isSameAs(lines);
    }
}
