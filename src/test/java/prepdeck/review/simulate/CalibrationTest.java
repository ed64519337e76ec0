package prepdeck.review.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void theForecastWithFittedWeightsIsWithinFivePointsOfTheObservedRateInEveryDecile() {
        var result = Calibration.run(4000, 150, 40, 42);
        int filled = 0;
        for (var d : result.deciles()) {
            System.out.printf("[calibration] %.0f–%.0f %%: %d forecasts, mean %.3f, observed %.3f%n", 100 * d.from(), 100 * d.from() + 10,
                    d.count(), d.meanForecast(), d.observed());
            if (d.count() < 200) continue; // too few for a 5-point check: the sampling error alone is about 3.5 points
            filled++;
            assertThat(d.gap()).as("decile from %.1f (%d forecasts)", d.from(), d.count()).isLessThanOrEqualTo(0.05);
        }
        System.out.printf("[calibration] fitted %s, %d forecasts%n", result.fitted(), result.forecasts());
        assertThat(filled).isGreaterThanOrEqualTo(7);
    }
}
