package prepdeck.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The optimizer against fsrs-rs 6.5 on the oracle's synthetic learner (simulate.mjs, 10,000 cards,
 * 365 days): data and fsrs-rs's results written by src/test/oracle/fsrs/gen-optimizer-data.mjs.
 */
class OptimizerMatchesFsrsRsTest {
    private static List<Replay.History> histories;

    @BeforeAll
    static void load() {
        histories = SimulatedLog.histories();
    }

    @Test
    void fitsTheSyntheticLearnerWithinAThousandthOfFsrsRsLogLoss() {
        String reference = SimulatedLog.reference("sim-10k.fsrs-rs.json");
        Optimizer optimizer = new Optimizer(Optimizer.Config.DEFAULT);
        optimizer.fit(histories, 0); // warm-up, so the timing below is of the fit, not of class loading and JIT
        long t0 = System.nanoTime();
        Optimizer.Result result = optimizer.fit(histories, 0);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rsFitted = SimulatedLog.fittedLogLoss(reference);
        double rsDefault = SimulatedLog.defaultLogLoss(reference);
        double rsItems = SimulatedLog.number(reference, "\"trainingItems\":\\s*([0-9]+)");
        System.out.printf("[optimizer vs fsrs-rs] %d histories, %d items (fsrs-rs input %d); log loss %.5f (fsrs-rs %.5f), "
                        + "RMSE(bins) %.5f; defaults %.5f (fsrs-rs %.5f); %.3f s%n  params %s%n",
                histories.size(), result.trainingItems(), (long) rsItems, result.logLoss(), rsFitted, result.rmseBins(),
                result.defaultLogLoss(), rsDefault, seconds, result.parameters());
        assertThat(result.fitted()).isEqualTo(Optimizer.Fitted.ALL);
        assertThat(result.defaultLogLoss()).isCloseTo(rsDefault, within(1e-5));
        // RMSE(bins) as fsrs-rs evaluate() defines it: same bins, same weights, so the defaults agree closely.
        double rsDefaultRmse = SimulatedLog.number(reference, "\"defaults\":\\s*\\{\\s*\"logLoss\":\\s*[0-9.]+,\\s*\"rmseBins\":\\s*([0-9.]+)");
        assertThat(result.defaultRmseBins()).isCloseTo(rsDefaultRmse, within(1e-5));
        assertThat(result.rmseBins()).isLessThan(result.defaultRmseBins());
        assertThat(result.logLoss()).isLessThanOrEqualTo(rsFitted + 0.001);
    }

    @Test
    void withoutSameDayModellingTrainsTheRestAndMatchesFsrsRsLogLoss() {
        String reference = SimulatedLog.reference("sim-10k.fsrs-rs.no-short-term.json");
        Optimizer.Config longTermOnly = new Optimizer.Config(5, 512, 0.04, 1.0, 256, 2023, false, 1);
        Optimizer.Result result = new Optimizer(longTermOnly).fit(histories, 0);
        Optimizer.Result initialOnly = new Optimizer(longTermOnly).fit(histories.subList(0, 0), 0);
        double[] w = result.parameters().w();
        System.out.printf("[optimizer vs fsrs-rs, no short-term] log loss %.5f (fsrs-rs %.5f)%n  params %s%n",
                result.logLoss(), SimulatedLog.fittedLogLoss(reference), result.parameters());
        assertThat(initialOnly.fitted()).isEqualTo(Optimizer.Fitted.DEFAULTS);
        assertThat(result.fitted()).isEqualTo(Optimizer.Fitted.ALL);
        assertThat(new double[] {w[17], w[18], w[19]}).containsExactly(0, 0, 0);
        assertThat(w[8]).isNotEqualTo(Parameters.DEFAULT.get(8));
        // The initial stabilities are not trained: fsrs-rs's fit has the same first four weights.
        for (int i = 0; i < 4; i++) {
            double rs = SimulatedLog.number(reference, "\"fittedParams\":\\s*\\[" + "\\s*[0-9.]+,".repeat(i) + "\\s*([0-9.]+)");
            assertThat(w[i]).as("w%d", i).isCloseTo(rs, within(0.01 * rs));
        }
        assertThat(result.logLoss()).isLessThanOrEqualTo(SimulatedLog.fittedLogLoss(reference) + 0.001);
    }
}
