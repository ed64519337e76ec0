package prepdeck.app;

import java.time.Instant;
import java.util.Objects;
import prepdeck.review.fsrs.Optimizer;
import prepdeck.review.fsrs.Parameters;

/**
 * A fit of FSRS-6 on the user's own review log, and whether it replaced the weights in use: only a
 * strictly lower log loss on the same training items does.
 *
 * @param reviews        answers fitted on (those not undone)
 * @param currentLogLoss log loss of the weights in use before the fit (NaN without training items)
 * @param fit            the optimizer's result: fitted weights, log loss, RMSE(bins), the defaults' figures
 * @param replaced       whether the fitted weights are now in use
 * @param inUse          the weights in use after the decision
 * @param seconds        how long the fit took
 */
public record FsrsRefit(Instant at, int reviews, double currentLogLoss, Optimizer.Result fit, boolean replaced, Parameters inUse,
                        double seconds) {
    public FsrsRefit {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(inUse, "inUse");
    }

    /** A one-line account: reviews, log loss before and after, kept or not. */
    public String summary() {
        String before = Double.isFinite(currentLogLoss) ? String.format(java.util.Locale.ROOT, "%.4f", currentLogLoss) : "n/a";
        String after = Double.isFinite(fit.logLoss()) ? String.format(java.util.Locale.ROOT, "%.4f", fit.logLoss()) : "n/a";
        return reviews + " reviews, log loss " + before + " → " + after + ": "
                + (replaced ? "the fitted weights are now in use" : "kept the weights in use (the fit was not better)");
    }
}
