package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prepdeck bench search --http} runs end to end through a real server and reports its figures (nothing about time is asserted). */
class SearchHttpBenchTest {
    @TempDir Path temp;

    @Test
    void searchIsTimedThroughARealServerAndInProcessBesideIt() {
        var run = new InProcess(temp.resolve("data")).prepdeck("bench", "search", "--http", "--files", "3", "--queries", "30", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        var figures = run.json().get("figures");
        assertThat(figures.get("cards").asInt()).isEqualTo(300);
        assertThat(figures.get("queries").asInt()).isEqualTo(30);
        for (String f : new String[] {"warm_up_ms", "first_query_ms", "http_p50_ms", "http_p95_ms", "http_p99_ms", "in_process_p50_ms", "in_process_p95_ms"}) {
            assertThat(figures.get(f).asDouble()).as(f).isPositive();
        }
        assertThat(figures.get("http_p95_ms").asDouble()).isGreaterThanOrEqualTo(figures.get("http_p50_ms").asDouble());
        assertThat(figures.get("hits_per_query").asDouble()).isPositive();
    }
}
