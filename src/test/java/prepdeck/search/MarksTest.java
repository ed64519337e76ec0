package prepdeck.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarksTest {
    private final Analysis analysis = new Analysis();

    /** "python" found in a code fence's language is no match of the answer; the fence's marks are not shown at all. */
    @Test
    void anAnswersFragmentLeavesCodeFencesOut() {
        String answer = "```python len({1, 1, 2}) ``` ```output 2 ``` A set keeps one of each; python sets hash their items.";
        String fragment = Marks.of(analysis, SearchParser.parse("python")).fragment(answer, prepdeck.knowledge.Language.EN);
        assertThat(fragment).doesNotContain("```").contains("<mark>python</mark> sets");
        assertThat(Marks.of(analysis, SearchParser.parse("len")).fragment(answer, prepdeck.knowledge.Language.EN))
                .contains("<mark>len</mark>({1, 1, 2})").doesNotContain("```").doesNotContain("  ");
    }
}
