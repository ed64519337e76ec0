package prepdeck.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Pins the formulas to numbers from the oracle's examples/states.expected.jsonl (ts-fsrs column). */
class ModelTest {
    private static final double[] W = Parameters.DEFAULT.clipped(1, true).w();

    @Test
    void defaultWeightsGiveIntervalModifierOneAtNinetyPercent() {
        assertThat(Model.intervalModifier(W, 0.9)).isEqualTo(1.0);
        assertThat(Model.retrievability(W, 10, 5)).isEqualTo(0.84588465);
        assertThat(Model.retrievability(W, 7, 7)).isCloseTo(0.9, within(1e-8));
    }

    @Test
    void firstReviewTakesStabilityFromTheWeightAndFloorsItAtOneTenth() {
        assertThat(Model.initial(W, Rating.GOOD)).isEqualTo(new MemoryState(2.3065, 2.11810397));
        double[] low = W.clone();
        low[0] = 0.05;
        assertThat(Model.initial(low, Rating.AGAIN).stability()).isEqualTo(0.1);
    }

    @Test
    void historyWithSameDayReviewsAndALapseFollowsTsFsrs() {
        // states.json history 0: (rating, days since previous review)
        int[][] history = {{3, 0}, {3, 0}, {3, 2}, {1, 10}, {3, 0}, {4, 3}};
        double[][] expected = {{2.3065, 2.118104}, {2.3065, 2.111214}, {10.971048, 2.104331},
                {1.522811, 7.389976}, {1.556378, 7.377814}, {9.698835, 6.48683}};
        assertHistory(history, expected);
    }

    @Test
    void longGapsAndLapseAfterAYearFollowTsFsrs() {
        int[][] history = {{3, 0}, {3, 100}, {1, 400}, {3, 1}, {4, 10}};
        double[][] expected = {{2.3065, 2.118104}, {51.058432, 2.111214}, {4.12929, 7.392238},
                {6.122266, 7.380074}, {29.129227, 6.489846}};
        assertHistory(history, expected);
    }

    @Test
    void sameDayHardNeverLowersStabilityButSameDayAgainDoes() {
        MemoryState m = new MemoryState(50, 5);
        assertThat(Model.next(W, m, 0, Rating.HARD, 1, true).stability()).isEqualTo(50);
        assertThat(Model.next(W, m, 0, Rating.AGAIN, 1, true).stability()).isLessThan(50);
    }

    @Test
    void difficultyStaysBetweenOneAndTen() {
        MemoryState m = new MemoryState(5, 9.99);
        for (int i = 0; i < 20; i++) m = Model.next(W, m, 3, Rating.AGAIN, 0.9, true);
        assertThat(m.difficulty()).isLessThanOrEqualTo(10);
        for (int i = 0; i < 50; i++) m = Model.next(W, m, 3, Rating.EASY, 0.9, true);
        assertThat(m.difficulty()).isGreaterThanOrEqualTo(1);
    }

    private static void assertHistory(int[][] history, double[][] expected) {
        MemoryState m = null;
        for (int i = 0; i < history.length; i++) {
            Rating g = Rating.ofGrade(history[i][0]);
            int t = history[i][1];
            m = m == null ? Model.initial(W, g) : Model.next(W, m, t, g, Model.retrievability(W, t, m.stability()), true);
            assertThat(m.stability()).as("S after review %d", i).isCloseTo(expected[i][0], within(1e-6));
            assertThat(m.difficulty()).as("D after review %d", i).isCloseTo(expected[i][1], within(1e-6));
        }
    }
}
