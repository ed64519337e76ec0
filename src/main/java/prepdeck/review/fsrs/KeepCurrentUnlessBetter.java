package prepdeck.review.fsrs;

import java.util.List;
import java.util.Objects;

/**
 * The rule for adopting newly fitted parameters: fit on the review log, score the current parameters
 * on the same training items, and switch only if the new ones have a strictly lower log loss. A fit
 * that had too little data to change anything, or one that does not beat the current weights, leaves
 * them in place, so re-optimizing never makes predictions worse on the data at hand.
 */
public final class KeepCurrentUnlessBetter {
    private final Optimizer optimizer;

    public KeepCurrentUnlessBetter(Optimizer optimizer) {
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
    }

    /**
     * @param parameters     the parameters to use from now on
     * @param replaced       whether they are the newly fitted ones
     * @param currentLogLoss log loss of the current parameters on the fit's training items (NaN without items)
     * @param fit            the fit itself, with its own log loss
     */
    public record Decision(Parameters parameters, boolean replaced, double currentLogLoss, Optimizer.Result fit) {
    }

    /** Decides between {@code current} and a fresh fit of {@code histories}. */
    public Decision decide(Parameters current, List<Replay.History> histories, int dayStartUtcMinutes) {
        Objects.requireNonNull(current, "current");
        TrainingData data = TrainingData.of(histories, dayStartUtcMinutes);
        Optimizer.Result fit = optimizer.fit(data);
        double currentLoss = optimizer.logLoss(current, data);
        boolean better = fit.fitted() != Optimizer.Fitted.DEFAULTS && fit.logLoss() < currentLoss;
        return new Decision(better ? fit.parameters() : current, better, currentLoss, fit);
    }
}
