package prepdeck.review.fsrs;

/**
 * The FSRS-6 memory model, one short pure function per formula, computed the way ts-fsrs 5.4.2
 * computes it: float64, intermediate results rounded to 8 decimals where ts-fsrs rounds them.
 *
 * <p>Where ts-fsrs and fsrs-rs differ we follow ts-fsrs 5.4.2:
 * <ul>
 *   <li>initial stability is floored at 0.1 (fsrs-rs: 0.001);</li>
 *   <li>stability, difficulty and retrievability are rounded to 8 decimals (fsrs-rs: f32, unrounded);</li>
 *   <li>a same-day Hard, Good or Easy never lowers stability (max(SInc, 1)); a same-day Again may;</li>
 *   <li>a lapse's stability is capped at S / e^(w17·w18), or at S when same-day modelling is off.</li>
 * </ul>
 * {@code w} is always a clipped 21-weight vector.
 */
final class Model {
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500.0;
    /** ts-fsrs floors the first stability at 0.1; fsrs-rs only at {@link #S_MIN}. */
    static final double INITIAL_S_FLOOR = 0.1;

    private Model() {
    }

    /** Math.round(x * 1e8) / 1e8, as ts-fsrs {@code roundTo(x, 8)}; ties go up, as in JavaScript. */
    static double round8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    static double clamp(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }

    /** The forgetting curve's exponent, negative: -w20. */
    static double decay(double[] w) {
        return -w[20];
    }

    /** Chosen so that R(S, S) = 0.9: 0.9^(1/decay) - 1. */
    static double factor(double[] w) {
        // (1/decay)·ln 0.9 rather than ln 0.9/decay: the same rounding as ts-fsrs.
        return round8(StrictMath.exp(1.0 / decay(w) * StrictMath.log(0.9)) - 1.0);
    }

    /** R(t, S) = (1 + factor · t / S)^decay: the probability of recall t days after the last review. */
    static double retrievability(double[] w, double elapsedDays, double stability) {
        return round8(StrictMath.pow(1 + factor(w) * elapsedDays / stability, decay(w)));
    }

    /** Interval in days per unit of stability that yields the desired retention: (r^(1/decay) - 1) / factor. */
    static double intervalModifier(double[] w, double desiredRetention) {
        return round8((StrictMath.pow(desiredRetention, 1 / decay(w)) - 1) / factor(w));
    }

    /** S0(G) = w[G-1], floored at 0.1. */
    static double initialStability(double[] w, Rating g) {
        return Math.max(w[g.grade() - 1], INITIAL_S_FLOOR);
    }

    /** D0(G) = w4 - e^(w5·(G-1)) + 1, not yet clamped (mean reversion uses D0(Easy) unclamped). */
    static double initialDifficulty(double[] w, Rating g) {
        return round8(w[4] - StrictMath.exp((g.grade() - 1) * w[5]) + 1);
    }

    /** The step -w6·(G-3), shrunk linearly as D approaches 10. */
    static double linearDamping(double deltaD, double d) {
        return round8(deltaD * (10 - d) / 9);
    }

    /** w7 · D0(Easy) + (1 - w7) · D. */
    static double meanReversion(double[] w, double init, double current) {
        return round8(w[7] * init + (1 - w[7]) * current);
    }

    /** Difficulty after an answer, in [1, 10]. */
    static double nextDifficulty(double[] w, double d, Rating g) {
        double deltaD = -w[6] * (g.grade() - 3);
        double nextD = d + linearDamping(deltaD, d);
        return clamp(meanReversion(w, initialDifficulty(w, Rating.EASY), nextD), 1, 10);
    }

    /** S' = S · (1 + e^w8 · (11 - D) · S^-w9 · (e^(w10·(1-R)) - 1) · hard · easy) after a successful recall. */
    static double recallStability(double[] w, double d, double s, double r, Rating g) {
        double hardPenalty = g == Rating.HARD ? w[15] : 1;
        double easyBonus = g == Rating.EASY ? w[16] : 1;
        double growth = StrictMath.exp(w[8]) * (11 - d) * StrictMath.pow(s, -w[9])
                * (StrictMath.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus;
        return round8(clamp(s * (1 + growth), S_MIN, S_MAX));
    }

    /** S' = w11 · D^-w12 · ((S+1)^w13 - 1) · e^(w14·(1-R)) after a lapse (before the cap). */
    static double forgetStability(double[] w, double d, double s, double r) {
        return round8(clamp(w[11] * StrictMath.pow(d, -w[12]) * (StrictMath.pow(s + 1, w[13]) - 1)
                * StrictMath.exp((1 - r) * w[14]), S_MIN, S_MAX));
    }

    /** S' = S · e^(w17·(G-3+w18)) · S^-w19 for a review on the same day; never a loss for Hard and above. */
    static double shortTermStability(double[] w, double s, Rating g) {
        double sinc = StrictMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (g.grade() - 3 + w[18]));
        double masked = g.grade() >= Rating.HARD.grade() ? Math.max(sinc, 1.0) : sinc;
        return round8(clamp(s * masked, S_MIN, S_MAX));
    }

    /** The memory state after the first review of a card. */
    static MemoryState initial(double[] w, Rating g) {
        return new MemoryState(initialStability(w, g), clamp(initialDifficulty(w, g), 1, 10));
    }

    /**
     * The memory state after a review {@code elapsedDays} whole days after the previous one, given
     * the recall probability {@code r} at that moment.
     */
    static MemoryState next(double[] w, MemoryState m, int elapsedDays, Rating g, double r, boolean shortTerm) {
        double s = m.stability();
        double d = m.difficulty();
        double nextS;
        if (elapsedDays == 0 && shortTerm) {
            nextS = shortTermStability(w, s, g);
        } else if (g == Rating.AGAIN) {
            double cap = shortTerm ? s / StrictMath.exp(w[17] * w[18]) : s;
            nextS = clamp(round8(cap), S_MIN, forgetStability(w, d, s, r));
        } else {
            nextS = recallStability(w, d, s, r, g);
        }
        return new MemoryState(nextS, nextDifficulty(w, d, g));
    }
}
