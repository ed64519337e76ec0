package prepdeck.review.fsrs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The 21 weights of the FSRS-6 memory model, w0..w20.
 *
 * <p>The constructor only checks that there are 21 finite numbers; the scheduler clamps each
 * weight into its allowed range before use, as ts-fsrs 5.4.2 and fsrs-rs do, so a slightly
 * out-of-range vector from an optimizer or an old export still schedules.
 */
public record Parameters(double... w) {
    /** How many weights FSRS-6 has. */
    public static final int COUNT = 21;

    /** The published FSRS-6 default weights (ts-fsrs 5.4.2 {@code default_w}, fsrs-rs 6.x). */
    public static final Parameters DEFAULT = new Parameters(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    /** FSRS-4.5 and FSRS-5 had no trainable decay; they used 0.5. */
    static final double LEGACY_DECAY = 0.5;

    // Allowed range of each weight (fsrs-rs / ts-fsrs 5.4.2). w17 and w18 may be tightened and the
    // floor of w19 depends on whether same-day reviews are modelled: see clipped().
    private static final double[][] BOUNDS = {
            {0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100}, // initial stability per first rating
            {1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75},           // difficulty
            {0, 4.5}, {0, 0.8}, {0.001, 3.5},                          // stability after recall
            {0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4},           // stability after a lapse
            {0, 1}, {1, 6},                                            // Hard penalty, Easy bonus
            {0, 2}, {0, 2}, {0.01, 0.8},                               // same-day stability
            {0.1, 0.8},                                                // decay
    };
    private static final double SHORT_TERM_CEILING = 2.0;

    public Parameters {
        if (w == null) throw new InvalidParametersException("FSRS parameters are missing");
        if (w.length != COUNT) {
            throw new InvalidParametersException("FSRS-6 needs " + COUNT + " parameters, got " + w.length);
        }
        w = w.clone();
        for (int i = 0; i < w.length; i++) {
            if (!Double.isFinite(w[i])) throw new InvalidParametersException("FSRS parameter w" + i + " is " + w[i]);
        }
    }

    /**
     * Accepts 17 (FSRS-4.5), 19 (FSRS-5) or 21 (FSRS-6) weights and converts older vectors to
     * FSRS-6 the way ts-fsrs 5.4.2 {@code migrateParameters} does.
     */
    public static Parameters fromAnyVersion(double... weights) {
        if (weights == null) throw new InvalidParametersException("FSRS parameters are missing");
        for (int i = 0; i < weights.length; i++) {
            if (!Double.isFinite(weights[i])) throw new InvalidParametersException("FSRS parameter w" + i + " is " + weights[i]);
        }
        return switch (weights.length) {
            case 21 -> new Parameters(weights);
            case 19 -> new Parameters(concat(weights, 0.0, LEGACY_DECAY));
            case 17 -> {
                double[] w = weights.clone();
                for (int i = 0; i < w.length; i++) w[i] = clamp(w[i], BOUNDS[i][0], BOUNDS[i][1]);
                // FSRS-5 changed the initial-difficulty formula and the difficulty step.
                double w4 = toFixed8(w[5] * 2.0 + w[4]);
                double w5 = toFixed8(StrictMath.log(w[5] * 3.0 + 1.0) / 3.0);
                double w6 = toFixed8(w[6] + 0.5);
                w[4] = w4;
                w[5] = w5;
                w[6] = w6;
                yield new Parameters(concat(w, 0.0, 0.0, 0.0, LEGACY_DECAY));
            }
            default -> throw new InvalidParametersException(
                    "FSRS parameters must number 17, 19 or 21, got " + weights.length);
        };
    }

    /** A copy of the weights. */
    @Override
    public double[] w() {
        return w.clone();
    }

    /** Weight {@code i}, 0..20. */
    public double get(int i) {
        return w[i];
    }

    /**
     * The weights clamped into their ranges as ts-fsrs 5.4.2 {@code clipParameters} does: with more
     * than one relearning step, w17 and w18 are capped so that a lapse followed by that many same-day
     * reviews cannot end above the stability before the lapse; without same-day modelling w19 may be 0.
     */
    Parameters clipped(int relearningSteps, boolean shortTerm) {
        double ceiling = SHORT_TERM_CEILING;
        if (relearningSteps > 1) {
            double w11 = clamp(w[11], BOUNDS[11][0], BOUNDS[11][1]);
            double w13 = clamp(w[13], BOUNDS[13][0], BOUNDS[13][1]);
            double w14 = clamp(w[14], BOUNDS[14][0], BOUNDS[14][1]);
            double limit = -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2.0, w13) - 1.0) + w14 * 0.3) / relearningSteps;
            ceiling = clamp(Model.round8(Math.sqrt(Math.max(limit, 0))), 0.01, SHORT_TERM_CEILING);
        }
        double[] out = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            double lo = BOUNDS[i][0];
            double hi = BOUNDS[i][1];
            if (i == 17 || i == 18) hi = ceiling;
            if (i == 19 && !shortTerm) lo = 0.0;
            out[i] = clamp(w[i], lo, hi);
        }
        return new Parameters(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && Arrays.equals(w, p.w);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return "Parameters" + Arrays.toString(w);
    }

    static double clamp(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }

    // JavaScript's Number.prototype.toFixed(8) read back as a number, as ts-fsrs uses in migration.
    private static double toFixed8(double x) {
        return new BigDecimal(x).setScale(8, RoundingMode.HALF_UP).doubleValue();
    }

    private static double[] concat(double[] head, double... tail) {
        double[] out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
