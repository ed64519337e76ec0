package prepdeck.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What the optimizer does with too little data, and the rule for adopting a fit. */
class OptimizerDataLimitsTest {
    private static final long DAY = 86_400_000L;
    private final Optimizer optimizer = new Optimizer(Optimizer.Config.DEFAULT);

    @Test
    void fewerThanEightItemsKeepsTheDefaults() {
        List<Replay.History> log = cards(7, new int[] {3, 2}, new SplittableRandom(1));
        Optimizer.Result result = optimizer.fit(log, 0);
        assertThat(result.fitted()).isEqualTo(Optimizer.Fitted.DEFAULTS);
        assertThat(result.parameters()).isEqualTo(Parameters.DEFAULT);
    }

    @Test
    void noReviewsAtAllKeepsTheDefaultsAndHasNoMetrics() {
        Optimizer.Result result = optimizer.fit(List.of(), 0);
        assertThat(result.fitted()).isEqualTo(Optimizer.Fitted.DEFAULTS);
        assertThat(result.trainingItems()).isZero();
        assertThat(result.logLoss()).isNaN();
    }

    @Test
    void onlyFirstLongTermReviewsFitOnlyTheInitialStabilities() {
        // Every card: a first Good, then one review 2 days later; nothing beyond.
        List<Replay.History> log = cards(300, new int[] {2}, new SplittableRandom(2));
        Optimizer.Result result = optimizer.fit(log, 0);
        assertThat(result.fitted()).isEqualTo(Optimizer.Fitted.INITIAL_STABILITY_ONLY);
        assertThat(Arrays.copyOfRange(result.parameters().w(), 4, 21))
                .containsExactly(Arrays.copyOfRange(Parameters.DEFAULT.w(), 4, 21));
        assertThat(result.parameters().get(2)).isNotEqualTo(Parameters.DEFAULT.get(2));
    }

    @Test
    void fewerThanSixtyFourItemsFitOnlyTheInitialStabilities() {
        // 25 cards with two later reviews each: 50 items, more than the initial ones but under 64.
        List<Replay.History> log = cards(25, new int[] {2, 5}, new SplittableRandom(3));
        Optimizer.Result result = optimizer.fit(log, 0);
        assertThat(result.trainingItems()).isBetween(8, 63);
        assertThat(result.fitted()).isEqualTo(Optimizer.Fitted.INITIAL_STABILITY_ONLY);
        assertThat(Arrays.copyOfRange(result.parameters().w(), 4, 21))
                .containsExactly(Arrays.copyOfRange(Parameters.DEFAULT.w(), 4, 21));
    }

    @Test
    void keepsTheCurrentParametersUnlessTheFitLowersLogLoss() {
        List<Replay.History> log = SimulatedLog.histories().subList(0, 2000);
        KeepCurrentUnlessBetter rule = new KeepCurrentUnlessBetter(optimizer);

        KeepCurrentUnlessBetter.Decision fromDefaults = rule.decide(Parameters.DEFAULT, log, 0);
        assertThat(fromDefaults.replaced()).isTrue();
        assertThat(fromDefaults.parameters()).isEqualTo(fromDefaults.fit().parameters());
        assertThat(fromDefaults.fit().logLoss()).isLessThan(fromDefaults.currentLogLoss());

        // The same fit again cannot do strictly better than itself: the current weights stay.
        KeepCurrentUnlessBetter.Decision again = rule.decide(fromDefaults.parameters(), log, 0);
        assertThat(again.replaced()).isFalse();
        assertThat(again.parameters()).isSameAs(fromDefaults.parameters());

        // Too little data: nothing to compare, the current weights stay.
        Parameters mine = fromDefaults.parameters();
        assertThat(rule.decide(mine, log.subList(0, 3), 0).parameters()).isSameAs(mine);
    }

    // Cards first reviewed Good on one of the first 20 days, then again after each gap in days,
    // recalled with probability 0.85 (a lapse is Again).
    private static List<Replay.History> cards(int n, int[] gaps, SplittableRandom random) {
        List<Replay.History> out = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            long t = Instant.parse("2025-03-01T09:00:00Z").toEpochMilli() + random.nextInt(20) * DAY;
            List<Replay.TimedRating> reviews = new ArrayList<>();
            reviews.add(new Replay.TimedRating(Instant.ofEpochMilli(t), Rating.GOOD));
            for (int gap : gaps) {
                t += gap * DAY;
                reviews.add(new Replay.TimedRating(Instant.ofEpochMilli(t), random.nextDouble() < 0.85 ? Rating.GOOD : Rating.AGAIN));
            }
            out.add(new Replay.History("c" + c, reviews));
        }
        return out;
    }
}
