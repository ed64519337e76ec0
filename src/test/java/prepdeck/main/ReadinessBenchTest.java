package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prepdeck bench readiness} runs end to end and reports its figures (nothing about time is asserted). */
class ReadinessBenchTest {
    @TempDir Path temp;

    @Test
    void theReadinessBenchReportsTheForecastsItTimed() {
        var run = new InProcess(temp.resolve("data")).prepdeck("bench", "readiness", "--files", "1", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        var figures = run.json().get("figures");
        assertThat(figures.get("cards").asInt()).isPositive();
        assertThat(figures.get("reviewed").asInt()).isPositive().isLessThan(figures.get("cards").asInt());
        assertThat(figures.get("interview_in_days").asInt()).isEqualTo(60);
        for (String f : new String[] {"first_forecast_ms", "after_answer_median_ms", "after_answer_max_ms"}) {
            assertThat(figures.get(f).asDouble()).as(f).isPositive();
        }
    }
}
