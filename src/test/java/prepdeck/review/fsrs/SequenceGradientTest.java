package prepdeck.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One pass per card must score every item of the card exactly as replaying each item on its own does. */
class SequenceGradientTest {
    private static final long DAY = 86_400_000L;

    @Test
    void onePassPerCardGivesTheSumOfThePerItemLossesAndGradients() {
        SplittableRandom random = new SplittableRandom(11);
        double[] w = Parameters.DEFAULT.w();
        w[17] = 0.9; // same-day Again and Hard take the non-trivial branches too
        w[19] = 0.2;
        TrainingData data = TrainingData.of(randomHistories(random, 400), 0);
        assertThat(data.items()).isGreaterThan(1000);

        double[] expected = new double[Parameters.COUNT];
        double expectedLoss = 0;
        for (int p : data.itemEnd) expectedLoss += new ItemGradient(w).lossAndGradient(data.item(p), data.weight[p], expected);
        double[] actual = new double[Parameters.COUNT];
        double actualLoss = 0;
        SequenceGradient model = new SequenceGradient(w);
        for (int c = 0; c < data.cards(); c++) actualLoss += model.lossAndGradient(data, c, data.weight, actual);

        assertThat(actualLoss).isCloseTo(expectedLoss, within(1e-9 * expectedLoss));
        for (int k = 0; k < Parameters.COUNT; k++) {
            assertThat(actual[k]).as("d loss / d w%d", k).isCloseTo(expected[k], within(1e-9 + 1e-9 * Math.abs(expected[k])));
        }
    }

    @Test
    void predictionsAtEveryItemEndMatchThePerItemReplay() {
        double[] w = Parameters.DEFAULT.w();
        TrainingData data = TrainingData.of(randomHistories(new SplittableRandom(3), 200), 0);
        double[] predicted = new double[data.rating.length];
        SequenceGradient model = new SequenceGradient(w);
        for (int c = 0; c < data.cards(); c++) model.predict(data, c, data.weight, predicted);
        for (int p : data.itemEnd) {
            assertThat(predicted[p]).isCloseTo(ItemGradient.predict(w, data.item(p)), within(1e-12));
        }
    }

    // Cards with same-day steps, lapses and intervals of 1..60 days, first seen on one of 30 days.
    static List<Replay.History> randomHistories(SplittableRandom random, int cards) {
        List<Replay.History> out = new ArrayList<>();
        for (int c = 0; c < cards; c++) {
            long t = Instant.parse("2025-01-01T08:00:00Z").toEpochMilli() + random.nextInt(30) * DAY;
            List<Replay.TimedRating> reviews = new ArrayList<>();
            int n = 1 + random.nextInt(15);
            for (int i = 0; i < n; i++) {
                reviews.add(new Replay.TimedRating(Instant.ofEpochMilli(t), Rating.ofGrade(1 + random.nextInt(4))));
                t += random.nextInt(4) == 0 ? 10 * 60_000L : (1 + random.nextInt(random.nextBoolean() ? 3 : 60)) * DAY;
            }
            out.add(new Replay.History("c" + c, reviews));
        }
        return out;
    }
}
