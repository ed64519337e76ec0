package prepdeck.web.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What rendering costs on the worst answers we know, just under the formatting limit and at ten megabytes: printed,
 * not asserted (the house keeps timing out of unit tests). Run with
 * {@code mvn -o -q test -DexcludedGroups= -Dtest=RenderBenchTest}.
 */
@Tag("long")
class RenderBenchTest {
    @Test
    void printsTheCostOfRenderingPathologicalAnswers() {
        var renderer = new MarkdownRenderer();
        String[] kinds = {"lists", "quotes", "ordered", "stairs", "emphasis", "spaced emphasis", "images", "brackets", "long", "notes"};
        for (int size : new int[] {MarkdownRenderer.MAX_FORMATTED_CHARS - 100, 10 * 1024 * 1024}) {
            for (String kind : kinds) {
                String markdown = MarkdownRendererTest.pathological(kind, size);
                long best = Long.MAX_VALUE;
                int length = 0;
                for (int run = 0; run < 5; run++) {
                    long start = System.nanoTime();
                    length = renderer.render(markdown).html().length();
                    best = Math.min(best, System.nanoTime() - start);
                }
                assertThat(length).isPositive();
                System.err.printf("render bench: %-16s %,11d chars → %,11d chars of HTML, best of 5: %,7.1f ms%n",
                        kind, markdown.length(), length, best / 1e6);
            }
        }
    }
}
