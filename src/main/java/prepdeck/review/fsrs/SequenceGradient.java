package prepdeck.review.fsrs;

import java.util.Arrays;

/**
 * The FSRS-6 forward pass as fsrs-rs trains it (float64; first stability floored at 0.001 only, no
 * 8-decimal rounding) over one card at a time, and the gradient of the weighted cross-entropy of all
 * the card's items with respect to the 21 weights.
 *
 * <p>The items of a card are its prefixes, so one pass scores them all: at each review that ends an
 * item the predicted recall is the one the stability update needs anyway. The gradient is carried
 * forward by hand (forward mode): dS/dw and dD/dw ride along with S and D. D depends on w4..w7
 * only, so dD/dw has four live entries. Where a clamp is active the gradient through it is zero, as
 * in fsrs-rs. Powers are written as exp/log so that each logarithm serves the value and its derivative.
 */
final class SequenceGradient {
    static final int N = Parameters.COUNT;
    private static final double LN_09 = Math.log(0.9);
    private static final double P_EPS = 1e-10;

    private final double[] w;
    // Functions of the weights alone, computed once per weight vector.
    private final double decay;
    private final double factor;
    private final double dFactorDw20;
    private final double expW8;
    private final double exp3w5;
    private final double easyD0;
    private final double lapseFloor;
    private final double[] shortTermBase = new double[5];
    private final double[] gs = new double[N];
    private final double[] gd = new double[N];

    SequenceGradient(double[] w) {
        this.w = w;
        decay = -w[20];
        factor = Math.exp(LN_09 / decay) - 1;
        dFactorDw20 = (factor + 1) * LN_09 / (decay * decay);
        expW8 = Math.exp(w[8]);
        exp3w5 = Math.exp(3 * w[5]);
        easyD0 = w[4] - exp3w5 + 1;
        lapseFloor = Math.exp(-w[17] * w[18]);
        for (int g = 1; g <= 4; g++) shortTermBase[g] = Math.exp(w[17] * (g - 3 + w[18]));
    }

    /**
     * Writes into {@code out[p]} the predicted recall at every review {@code p} of card {@code c} where
     * {@code weights[p] > 0}; other entries are left alone.
     */
    void predict(TrainingData data, int c, double[] weights, double[] out) {
        int from = data.cardStart[c];
        int end = lastWeighted(data, c, weights);
        if (end < 0) return;
        int[] rating = data.rating;
        int[] delta = data.delta;
        double s = Model.clamp(w[rating[from] - 1], Model.S_MIN, Model.S_MAX);
        double d = Model.clamp(w[4] - Math.exp(w[5] * (rating[from] - 1)) + 1, 1, 10);
        for (int p = from + 1; p <= end; p++) {
            int g = rating[p];
            int t = delta[p];
            double ns;
            if (t == 0) {
                double sinc = shortTermBase[g] * Math.exp(-w[19] * Math.log(s));
                ns = s * (g >= 2 ? Math.max(sinc, 1) : sinc);
            } else {
                double rr = Math.exp(decay * Math.log(1 + factor * t / s));
                if (weights[p] > 0) out[p] = rr;
                if (p == end) break;
                if (g == 1) {
                    double raw = w[11] * Math.exp(-w[12] * Math.log(d)) * (Math.exp(w[13] * Math.log(s + 1)) - 1)
                            * Math.exp(w[14] * (1 - rr));
                    ns = Math.min(raw, s * lapseFloor);
                } else {
                    double bonus = (g == 2 ? w[15] : 1) * (g == 4 ? w[16] : 1);
                    ns = s * (1 + expW8 * (11 - d) * Math.exp(-w[9] * Math.log(s)) * (Math.exp(w[10] * (1 - rr)) - 1) * bonus);
                }
            }
            d = Model.clamp(w[7] * easyD0 + (1 - w[7]) * (d + (10 - d) * (-w[6] * (g - 3)) / 9), 1, 10);
            s = Model.clamp(ns, Model.S_MIN, Model.S_MAX);
        }
    }

    /**
     * The sum over the items of card {@code c} of weight × cross-entropy, items being the reviews with
     * {@code weights[p] > 0}; adds its gradient to {@code grad}.
     */
    double lossAndGradient(TrainingData data, int c, double[] weights, double[] grad) {
        int from = data.cardStart[c];
        int end = lastWeighted(data, c, weights);
        if (end < 0) return 0;
        int[] rating = data.rating;
        int[] delta = data.delta;
        Arrays.fill(gs, 0);
        Arrays.fill(gd, 4, 8, 0);
        int g0 = rating[from];
        double s0 = w[g0 - 1];
        double s = Model.clamp(s0, Model.S_MIN, Model.S_MAX);
        if (s0 > Model.S_MIN && s0 < Model.S_MAX) gs[g0 - 1] = 1;
        double e0 = Math.exp(w[5] * (g0 - 1));
        double d0 = w[4] - e0 + 1;
        double d = Model.clamp(d0, 1, 10);
        if (d0 > 1 && d0 < 10) {
            gd[4] = 1;
            gd[5] = -(g0 - 1) * e0;
        }
        double loss = 0;
        for (int p = from + 1; p <= end; p++) {
            int g = rating[p];
            int t = delta[p];
            double ns;
            double dSdS;
            double dSdD = 0;
            // direct partials dS'/dw: at most five are non-zero; index -1 = unused
            int k1 = -1, k2 = -1, k3 = -1, k4 = -1, k5 = -1;
            double v1 = 0, v2 = 0, v3 = 0, v4 = 0, v5 = 0;
            if (t == 0) {
                double logS = Math.log(s);
                double sinc = shortTermBase[g] * Math.exp(-w[19] * logS);
                if (g >= 2 && sinc < 1) {
                    ns = s;
                    dSdS = 1;
                } else {
                    ns = s * sinc;
                    dSdS = sinc * (1 - w[19]);
                    k1 = 17;
                    v1 = ns * (g - 3 + w[18]);
                    k2 = 18;
                    v2 = ns * w[17];
                    k3 = 19;
                    v3 = -ns * logS;
                }
            } else {
                double u = 1 + factor * t / s;
                double logU = Math.log(u);
                double rr = Math.exp(decay * logU);
                double dRdS = decay * rr / u * (-factor * t / (s * s));
                double dRdw20 = rr * (-logU + decay * (t / s) * dFactorDw20 / u);
                double weight = weights[p];
                if (weight > 0) {
                    double y = g > 1 ? 1 : 0;
                    double pc = Model.clamp(rr, P_EPS, 1 - P_EPS);
                    loss -= (y * Math.log(pc) + (1 - y) * Math.log(1 - pc)) * weight;
                    double dLdR = -(y / pc - (1 - y) / (1 - pc)) * weight;
                    double viaS = dLdR * dRdS;
                    for (int k = 0; k < N; k++) grad[k] += viaS * gs[k];
                    grad[20] += dLdR * dRdw20;
                }
                if (p == end) break;
                if (g == 1) {
                    double logD = Math.log(d);
                    double logS1 = Math.log(s + 1);
                    double dPow = Math.exp(-w[12] * logD);
                    double pw = Math.exp(w[13] * logS1);
                    double e = Math.exp(w[14] * (1 - rr));
                    double raw = w[11] * dPow * (pw - 1) * e;
                    double floor = s * lapseFloor;
                    if (floor < raw) {
                        ns = floor;
                        dSdS = lapseFloor;
                        k1 = 17;
                        v1 = -w[18] * floor;
                        k2 = 18;
                        v2 = -w[17] * floor;
                    } else {
                        ns = raw;
                        dSdS = w[11] * dPow * e * w[13] * pw / (s + 1) - w[14] * raw * dRdS;
                        dSdD = -w[12] * raw / d;
                        k1 = 11;
                        v1 = dPow * (pw - 1) * e;
                        k2 = 12;
                        v2 = -raw * logD;
                        k3 = 13;
                        v3 = w[11] * dPow * e * pw * logS1;
                        k4 = 14;
                        v4 = raw * (1 - rr);
                        k5 = 20;
                        v5 = -w[14] * raw * dRdw20;
                    }
                } else {
                    double hard = g == 2 ? w[15] : 1;
                    double easy = g == 4 ? w[16] : 1;
                    double logS = Math.log(s);
                    double a = expW8 * (11 - d) * Math.exp(-w[9] * logS);
                    double x = Math.exp(w[10] * (1 - rr));
                    double sinc = a * (x - 1) * hard * easy;
                    ns = s * (1 + sinc);
                    double viaR = s * a * hard * easy * x * (-w[10]); // dS'/dR
                    dSdS = 1 + sinc - w[9] * sinc + viaR * dRdS;
                    dSdD = -s * sinc / (11 - d);
                    k1 = 8;
                    v1 = s * sinc;
                    k2 = 9;
                    v2 = -s * sinc * logS;
                    k3 = 10;
                    v3 = s * a * hard * easy * x * (1 - rr);
                    k4 = 20;
                    v4 = viaR * dRdw20;
                    if (g != 3) {
                        k5 = g == 2 ? 15 : 16;
                        v5 = s * a * (x - 1);
                    }
                }
            }
            boolean sFree = ns > Model.S_MIN && ns < Model.S_MAX;
            // difficulty, from the difficulty before this review
            double step = -w[6] * (g - 3);
            double nd = d + (10 - d) * step / 9;
            double dRaw = w[7] * easyD0 + (1 - w[7]) * nd;
            boolean dFree = dRaw > 1 && dRaw < 10;
            double dDdD = (1 - w[7]) * (1 - step / 9);
            if (sFree) {
                for (int k = 0; k < N; k++) gs[k] *= dSdS;
                if (dSdD != 0) for (int k = 4; k < 8; k++) gs[k] += dSdD * gd[k];
                if (k1 >= 0) gs[k1] += v1;
                if (k2 >= 0) gs[k2] += v2;
                if (k3 >= 0) gs[k3] += v3;
                if (k4 >= 0) gs[k4] += v4;
                if (k5 >= 0) gs[k5] += v5;
            } else {
                Arrays.fill(gs, 0);
            }
            if (dFree) {
                for (int k = 4; k < 8; k++) gd[k] *= dDdD;
                gd[4] += w[7];
                gd[5] += -3 * w[7] * exp3w5;
                gd[6] += (1 - w[7]) * (10 - d) * (-(g - 3)) / 9;
                gd[7] += easyD0 - nd;
            } else {
                Arrays.fill(gd, 4, 8, 0);
            }
            s = Model.clamp(ns, Model.S_MIN, Model.S_MAX);
            d = Model.clamp(dRaw, 1, 10);
        }
        return loss;
    }

    // The last review of card c that ends an item, or -1.
    private static int lastWeighted(TrainingData data, int c, double[] weights) {
        int from = data.cardStart[c];
        for (int p = data.cardStart[c + 1] - 1; p > from; p--) if (weights[p] > 0) return p;
        return -1;
    }
}
