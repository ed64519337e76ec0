package prepdeck.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The optimizer against fsrs-rs 6.5 on the oracle's synthetic learner (simulate.mjs, 10,000 cards,
 * 365 days): data and fsrs-rs's results written by src/test/oracle/fsrs/gen-optimizer-data.mjs.
 */
class OptimizerMatchesFsrsRsTest {
    private static List<Replay.History> histories;
    private static String reference;

    @BeforeAll
    static void load() throws IOException {
        histories = new ArrayList<>();
        try (InputStream raw = OptimizerMatchesFsrsRsTest.class.getResourceAsStream("/fsrs/sim-10k.txt.gz");
             var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String id = null;
            List<Replay.TimedRating> reviews = null;
            long ts = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isEmpty()) continue;
                if (line.startsWith("C ")) {
                    if (id != null) histories.add(new Replay.History(id, reviews));
                    id = line.substring(2);
                    reviews = new ArrayList<>();
                    ts = 0;
                } else {
                    String[] f = line.split(" ");
                    ts += Long.parseLong(f[0]);
                    reviews.add(new Replay.TimedRating(Instant.ofEpochMilli(ts), Rating.ofGrade(Integer.parseInt(f[1]))));
                }
            }
            if (id != null) histories.add(new Replay.History(id, reviews));
        }
        try (InputStream in = OptimizerMatchesFsrsRsTest.class.getResourceAsStream("/fsrs/sim-10k.fsrs-rs.json")) {
            reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void fitsTheSyntheticLearnerWithinAThousandthOfFsrsRsLogLoss() {
        Optimizer optimizer = new Optimizer(Optimizer.Config.DEFAULT);
        optimizer.fit(histories, 0); // warm-up, so the timing below is of the fit, not of class loading and JIT
        long t0 = System.nanoTime();
        Optimizer.Result result = optimizer.fit(histories, 0);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rsFitted = number("\"fitted\":\\s*\\{\\s*\"logLoss\":\\s*([0-9.]+)");
        double rsDefault = number("\"defaults\":\\s*\\{\\s*\"logLoss\":\\s*([0-9.]+)");
        double rsItems = number("\"trainingItems\":\\s*([0-9]+)");
        System.out.printf("[optimizer vs fsrs-rs] %d histories, %d items (fsrs-rs input %d); log loss %.5f (fsrs-rs %.5f), "
                        + "RMSE(bins) %.5f; defaults %.5f (fsrs-rs %.5f); %.3f s%n  params %s%n",
                histories.size(), result.trainingItems(), (long) rsItems, result.logLoss(), rsFitted, result.rmseBins(),
                result.defaultLogLoss(), rsDefault, seconds, result.parameters());
        assertThat(result.fitted()).isEqualTo(Optimizer.Fitted.ALL);
        assertThat(result.defaultLogLoss()).isCloseTo(rsDefault, org.assertj.core.api.Assertions.within(1e-5));
        assertThat(result.logLoss()).isLessThanOrEqualTo(rsFitted + 0.001);
    }

    private static double number(String regex) {
        Matcher m = Pattern.compile(regex).matcher(reference);
        if (!m.find()) throw new IllegalStateException("no " + regex + " in fsrs-rs reference");
        return Double.parseDouble(m.group(1));
    }
}
