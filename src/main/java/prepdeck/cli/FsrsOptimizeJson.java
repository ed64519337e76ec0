package prepdeck.cli;

import prepdeck.app.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import prepdeck.review.fsrs.Optimizer;
import prepdeck.review.fsrs.Replay;

/**
 * {@code prepdeck fsrs optimize --json}: fits FSRS-6 parameters to a review log and prints
 * {@code {"reviews","params","log_loss","rmse_bins","default_log_loss","default_rmse_bins","fit_seconds"}}
 * plus {@code training_items} and {@code fitted} (all, initial_stability_only or defaults). The log is
 * the JSON of {@code simulate.mjs} or the caller's own histories. Log loss and RMSE(bins) are in-sample,
 * recency-weighted, over the items left after the outlier filter, as fsrs-rs {@code evaluate} computes them.
 */
public final class FsrsOptimizeJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Optimizer optimizer;
    private final LongSupplier nanoClock;

    /** @param nanoClock a monotonic clock in nanoseconds (System::nanoTime), for {@code fit_seconds} */
    public FsrsOptimizeJson(Optimizer optimizer, LongSupplier nanoClock) {
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /**
     * Reads a review log from {@code in} and writes the fit as one JSON line.
     *
     * @throws InvalidInputException for malformed JSON, ratings or timestamps
     */
    public void optimize(InputStream in, PrintStream out) {
        ReviewLogJson.Log log = ReviewLogJson.read(ReviewLogJson.parse(mapper, in));
        optimize(log.histories(), log.dayStartUtcMinutes(), out);
    }

    /** Fits these histories (e.g. the user's own), days starting {@code dayStartUtcMinutes} past 00:00 UTC. */
    public void optimize(List<Replay.History> histories, int dayStartUtcMinutes, PrintStream out) {
        out.print(result(histories, dayStartUtcMinutes) + "\n");
        out.flush();
    }

    ObjectNode result(List<Replay.History> histories, int dayStartUtcMinutes) {
        long t0 = nanoClock.getAsLong();
        Optimizer.Result fit = optimizer.fit(histories, dayStartUtcMinutes);
        double seconds = (nanoClock.getAsLong() - t0) / 1e9;
        ObjectNode o = mapper.createObjectNode();
        o.put("reviews", histories.stream().mapToInt(h -> h.reviews().size()).sum());
        ArrayNode params = o.putArray("params");
        for (double w : fit.parameters().w()) params.add(JsNumbers.round(w, 4));
        number(o, "log_loss", fit.logLoss(), 5);
        number(o, "rmse_bins", fit.rmseBins(), 5);
        number(o, "default_log_loss", fit.defaultLogLoss(), 5);
        number(o, "default_rmse_bins", fit.defaultRmseBins(), 5);
        o.put("fit_seconds", JsNumbers.round(seconds, 3));
        o.put("training_items", fit.trainingItems());
        o.put("fitted", fit.fitted().name().toLowerCase(Locale.ROOT));
        return o;
    }

    // NaN (no training items) is written as null.
    private static void number(ObjectNode o, String name, double value, int decimals) {
        if (Double.isFinite(value)) o.put(name, JsNumbers.round(value, decimals));
        else o.putNull(name);
    }
}
