package prepdeck.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test against ts-fsrs 5.4.2: every history in the generated vectors, replayed through
 * our scheduler, must give ts-fsrs's state, stability and difficulty (1e-6 relative), scheduled days
 * and due time. Regenerate the vectors with src/test/oracle/fsrs/gen-vectors.mjs.
 */
class SchedulerMatchesTsFsrsTest {
    private static final double TOLERANCE = 1e-6;
    private static List<TsFsrsVectors.OptionSet> sets;

    @BeforeAll
    static void load() {
        sets = TsFsrsVectors.load();
    }

    @Test
    void vectorsCoverAtLeastTenThousandFuzzFreeHistories() {
        long fuzzFree = sets.stream().filter(s -> !s.config().enableFuzz()).mapToLong(s -> s.cases().size()).sum();
        assertThat(fuzzFree).isGreaterThanOrEqualTo(10_000);
        assertThat(sets).extracting(TsFsrsVectors.OptionSet::name).contains("defaults", "oracle-sample");
    }

    @Test
    void replayingEveryHistoryGivesTsFsrsStatesIntervalsAndDueTimes() {
        List<String> mismatches = new ArrayList<>();
        double maxRelS = 0;
        double maxRelD = 0;
        double maxAbsR = 0;
        int histories = 0;
        int reviews = 0;
        for (TsFsrsVectors.OptionSet set : sets) {
            Replay replay = new Replay(set.parameters(), set.config());
            for (TsFsrsVectors.Case c : set.cases()) {
                List<Replay.Row> rows = replay.replay(c.history());
                histories++;
                for (int i = 0; i < rows.size(); i++) {
                    Replay.Row got = rows.get(i);
                    TsFsrsVectors.Expected want = c.expected().get(i);
                    reviews++;
                    double relS = relative(got.stability(), want.stability());
                    double relD = relative(got.difficulty(), want.difficulty());
                    maxRelS = Math.max(maxRelS, relS);
                    maxRelD = Math.max(maxRelD, relD);
                    boolean rOk = want.rBefore() == null
                            ? got.retrievabilityBefore().isEmpty()
                            : got.retrievabilityBefore().isPresent();
                    if (rOk && want.rBefore() != null) {
                        double absR = Math.abs(got.retrievabilityBefore().getAsDouble() - want.rBefore());
                        maxAbsR = Math.max(maxAbsR, absR);
                        rOk = absR <= TOLERANCE;
                    }
                    boolean same = got.state() == want.state() && relS <= TOLERANCE && relD <= TOLERANCE
                            && got.scheduledDays() == want.scheduledDays() && got.due().equals(want.due())
                            && got.elapsedDays() == want.elapsedDays() && got.learningStep() == want.learningStep() && rOk;
                    if (!same && mismatches.size() < 20) {
                        mismatches.add(set.name() + " " + c.history().cardId() + " #" + i + ": want " + want + "\n   got " + got);
                    }
                }
            }
        }
        System.out.printf("[ts-fsrs differential] %d option sets, %d histories, %d reviews; max relative error S %.3g, D %.3g; max |dR| %.3g%n",
                sets.size(), histories, reviews, maxRelS, maxRelD, maxAbsR);
        assertThat(mismatches).as("reviews differing from ts-fsrs").isEmpty();
    }

    private static double relative(double got, double want) {
        return Math.abs(got - want) / Math.max(Math.abs(want), Double.MIN_NORMAL);
    }
}
