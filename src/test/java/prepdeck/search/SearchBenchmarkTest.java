package prepdeck.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The search benchmark: the full run is left out of ordinary builds (surefire excludes the tag "long").
 * Run it with {@code -DexcludedGroups=none -DenableAssertions=false -Dtest=prepdeck.search.SearchBenchmarkTest}:
 * surefire turns on Java assertions, and Lucene's own assertions make searching three times slower.
 */
class SearchBenchmarkTest {
    @Test
    @Tag("long")
    void searchOnAHundredThousandCards() {
        var figures = SearchBenchmark.run(SearchBenchmark.DEFAULT_CARDS, SearchBenchmark.DEFAULT_QUERIES, SearchBenchmark.DEFAULT_SEED,
                System.out::println);
        figures.forEach((name, value) -> System.out.printf("%-20s %10.3f%n", name, value));
        assertThat(figures).containsKeys("reindex_seconds", "query_p50_ms", "query_p95_ms");
    }

    @Test
    void aSmallRunGivesEveryFigure() {
        var figures = SearchBenchmark.run(2_000, 100, 1L);
        assertThat(figures.get("cards")).isEqualTo(2_000.0);
        assertThat(figures.get("hits_per_query")).isPositive();
    }
}
