package prepdeck.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written gradient against central finite differences of the loss. */
class GradientTest {
    @Test
    void handWrittenGradientAgreesWithFiniteDifferencesOnRandomHistories() {
        SplittableRandom random = new SplittableRandom(7);
        double[] w = Parameters.DEFAULT.w();
        w[17] = 0.9; // make same-day Again and Hard take the non-trivial branches too
        w[19] = 0.2;
        int checked = 0;
        for (int n = 0; n < 300; n++) {
            int len = 2 + random.nextInt(12);
            int[] ratings = new int[len];
            int[] deltas = new int[len];
            for (int i = 0; i < len; i++) {
                ratings[i] = 1 + random.nextInt(4);
                deltas[i] = i == 0 ? 0 : (random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(60));
            }
            deltas[len - 1] = 1 + random.nextInt(30);
            TrainingData.Item item = new TrainingData.Item(ratings, deltas);
            double[] grad = new double[Parameters.COUNT];
            new ItemGradient(w).lossAndGradient(item, 0.7, grad);
            for (int k = 0; k < Parameters.COUNT; k++) {
                double h = 1e-6 * Math.max(1, Math.abs(w[k]));
                double[] up = w.clone();
                double[] down = w.clone();
                up[k] += h;
                down[k] -= h;
                double numeric = (loss(up, item) - loss(down, item)) / (2 * h) * 0.7;
                assertThat(grad[k]).as("d loss / d w%d for %s / %s", k, java.util.Arrays.toString(ratings),
                        java.util.Arrays.toString(deltas)).isCloseTo(numeric, within(1e-5 + 1e-4 * Math.abs(numeric)));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(300 * Parameters.COUNT);
    }

    private static double loss(double[] w, TrainingData.Item item) {
        return Optimizer.crossEntropy(ItemGradient.predict(w, item), item.lastRating() > 1);
    }
}
