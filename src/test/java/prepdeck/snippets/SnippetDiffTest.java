package prepdeck.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetDiffTest {
    @Test
    void theTwoColumnsOfAnOutputDiffPairTheChangedLinesAndMarkTheFirst() {
        String detail = TextDiff.unified("notes", "[0, 1]\nsame\nend\n", "run", "[0, 2]\nsame\nend\nextra\n");
        var diff = SnippetDiff.of(detail).orElseThrow();
        assertThat(diff.rows()).extracting(SnippetDiff.Row::expected).containsExactly("[0, 1]", "same", "end", "");
        assertThat(diff.rows()).extracting(SnippetDiff.Row::actual).containsExactly("[0, 2]", "same", "end", "extra");
        assertThat(diff.rows()).extracting(SnippetDiff.Row::differs).containsExactly(true, false, false, true);
        assertThat(diff.rows().get(3).expectedMissing()).isTrue();
        assertThat(diff.firstDifference()).hasValue(0);
        assertThat(diff.firstLine()).isEqualTo("notes: [0, 1] · run: [0, 2]");
    }

    @Test
    void aCommentClaimKeepsItsLineAndANoteBeforeTheDiffIsKept() {
        var claims = SnippetDiff.of("--- notes\n+++ run\n@@ line 7 @@\n-3\n+4\n").orElseThrow();
        assertThat(claims.firstLine()).isEqualTo("line 7: notes: 3 · run: 4");
        var noted = SnippetDiff.of("the notes show ValueError: x, but the run raised nothing\n"
                + TextDiff.unified("notes", "ValueError: x\n", "run", "\n")).orElseThrow();
        assertThat(noted.note()).startsWith("the notes show ValueError");
        assertThat(SnippetDiff.of("output matches the notes")).isEmpty();
    }
}
