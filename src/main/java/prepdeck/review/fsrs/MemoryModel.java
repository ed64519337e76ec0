package prepdeck.review.fsrs;

import java.util.Objects;

/**
 * The FSRS-6 memory model for forecasting and simulation: whole-day reviews only (no same-day
 * steps), float64 and unrounded, as fsrs-rs computes it. Use {@link Scheduler} to schedule real
 * reviews; use this to ask "what would S and R be if …" many times over, cheaply.
 */
public final class MemoryModel {
    private final double[] w;
    private final double decay;
    private final double factor;
    private final double expW8;
    private final double easyD0;

    public MemoryModel(Parameters parameters) {
        this.w = Objects.requireNonNull(parameters, "parameters").clipped(1, false).w();
        decay = -w[20];
        factor = Math.pow(0.9, 1 / decay) - 1;
        expW8 = Math.exp(w[8]);
        easyD0 = w[4] - Math.exp(3 * w[5]) + 1;
    }

    /** Probability of recall {@code elapsedDays} after the last review at stability {@code stability}. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * Math.max(elapsedDays, 0) / stability, decay);
    }

    /** Days after which recall falls to {@code retention}: S · (r^(1/decay) − 1) / factor. */
    public double intervalDays(double stability, double retention) {
        return stability * (Math.pow(retention, 1 / decay) - 1) / factor;
    }

    /** Stability after the first answer. */
    public double initialStability(Rating g) {
        return Model.clamp(w[g.grade() - 1], Model.S_MIN, Model.S_MAX);
    }

    /** Difficulty after the first answer. */
    public double initialDifficulty(Rating g) {
        return Model.clamp(w[4] - Math.exp(w[5] * (g.grade() - 1)) + 1, 1, 10);
    }

    /**
     * Stability after answering {@code g} on a later day, when recall probability was {@code r}:
     * growth after a success, the post-lapse stability (never above S) after Again.
     */
    public double nextStability(double difficulty, double stability, double r, Rating g) {
        double next;
        if (g == Rating.AGAIN) {
            double lapse = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
            next = Math.min(lapse, stability);
        } else {
            double bonus = (g == Rating.HARD ? w[15] : 1) * (g == Rating.EASY ? w[16] : 1);
            next = stability * (1 + expW8 * (11 - difficulty) * Math.pow(stability, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1) * bonus);
        }
        return Model.clamp(next, Model.S_MIN, Model.S_MAX);
    }

    /** Difficulty after answering {@code g}. */
    public double nextDifficulty(double difficulty, Rating g) {
        double damped = difficulty + (10 - difficulty) * (-w[6] * (g.grade() - 3)) / 9;
        return Model.clamp(w[7] * easyD0 + (1 - w[7]) * damped, 1, 10);
    }
}
