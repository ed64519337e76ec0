package prepdeck.review.fsrs;

/**
 * The FSRS-6 forward pass as fsrs-rs trains it (float64 here; no 8-decimal rounding, first stability
 * floored at 0.001 only) and its gradient with respect to the 21 weights, written out by hand in
 * forward mode: each step carries dS/dw and dD/dw along. Where a clamp is active the gradient through
 * it is zero, as in fsrs-rs.
 */
final class Gradient {
    static final int N = Parameters.COUNT;
    private static final double LN_09 = Math.log(0.9);
    private static final double P_EPS = 1e-10;

    private final double[] gs = new double[N];
    private final double[] gd = new double[N];
    private final double[] ds = new double[N];
    private final double[] dd = new double[N];

    /** Predicted recall at an item's scored review, from its earlier reviews. */
    static double predict(double[] w, TrainingData.Item item) {
        int[] r = item.ratings();
        int[] t = item.deltas();
        double s = Model.clamp(w[r[0] - 1], Model.S_MIN, Model.S_MAX);
        double d = Model.clamp(w[4] - Math.exp(w[5] * (r[0] - 1)) + 1, 1, 10);
        for (int i = 1; i < r.length - 1; i++) {
            int g = r[i];
            double ns;
            if (t[i] == 0) {
                double sinc = Math.exp(w[17] * (g - 3 + w[18])) * Math.pow(s, -w[19]);
                ns = s * (g >= 2 ? Math.max(sinc, 1) : sinc);
            } else {
                double rr = curve(w, t[i], s);
                if (g == 1) {
                    double raw = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - rr));
                    ns = Math.min(raw, s * Math.exp(-w[17] * w[18]));
                } else {
                    double bonus = (g == 2 ? w[15] : 1) * (g == 4 ? w[16] : 1);
                    ns = s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - rr)) - 1) * bonus);
                }
            }
            d = nextDifficulty(w, d, g);
            s = Model.clamp(ns, Model.S_MIN, Model.S_MAX);
        }
        return curve(w, item.lastDelta(), s);
    }

    static double curve(double[] w, double t, double s) {
        double c = -w[20];
        double f = Math.exp(LN_09 / c) - 1;
        return Math.pow(1 + f * t / s, c);
    }

    private static double nextDifficulty(double[] w, double d, int g) {
        double d4 = w[4] - Math.exp(3 * w[5]) + 1;
        double nd = d + (10 - d) * (-w[6] * (g - 3)) / 9;
        return Model.clamp(w[7] * d4 + (1 - w[7]) * nd, 1, 10);
    }

    /** Weighted cross-entropy of one item; adds its gradient to {@code grad}. */
    double lossAndGradient(double[] w, TrainingData.Item item, double weight, double[] grad) {
        int[] r = item.ratings();
        int[] t = item.deltas();
        java.util.Arrays.fill(gs, 0);
        java.util.Arrays.fill(gd, 0);
        int g0 = r[0];
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
        for (int i = 1; i < r.length - 1; i++) {
            int g = r[i];
            java.util.Arrays.fill(ds, 0);
            double ns;
            double dSdS;
            double dSdD = 0;
            if (t[i] == 0) {
                double sinc = Math.exp(w[17] * (g - 3 + w[18])) * Math.pow(s, -w[19]);
                if (g >= 2 && sinc < 1) {
                    ns = s;
                    dSdS = 1;
                } else {
                    ns = s * sinc;
                    dSdS = sinc * (1 - w[19]);
                    ds[17] = ns * (g - 3 + w[18]);
                    ds[18] = ns * w[17];
                    ds[19] = -ns * Math.log(s);
                }
            } else {
                double c = -w[20];
                double f = Math.exp(LN_09 / c) - 1;
                double u = 1 + f * t[i] / s;
                double rr = Math.pow(u, c);
                double dRdS = c * rr / u * (-f * t[i] / (s * s));
                double dfdw20 = (f + 1) * LN_09 / (c * c);
                double dRdw20 = rr * (-Math.log(u) + c * (t[i] / s) * dfdw20 / u);
                if (g == 1) {
                    double dPow = Math.pow(d, -w[12]);
                    double p = Math.pow(s + 1, w[13]);
                    double e = Math.exp(w[14] * (1 - rr));
                    double raw = w[11] * dPow * (p - 1) * e;
                    double k = Math.exp(-w[17] * w[18]);
                    double floor = s * k;
                    if (floor < raw) {
                        ns = floor;
                        dSdS = k;
                        ds[17] = -w[18] * floor;
                        ds[18] = -w[17] * floor;
                    } else {
                        ns = raw;
                        dSdS = w[11] * dPow * e * w[13] * Math.pow(s + 1, w[13] - 1) - w[14] * raw * dRdS;
                        dSdD = -w[12] * raw / d;
                        ds[11] = dPow * (p - 1) * e;
                        ds[12] = -raw * Math.log(d);
                        ds[13] = w[11] * dPow * e * p * Math.log(s + 1);
                        ds[14] = raw * (1 - rr);
                        ds[20] = -w[14] * raw * dRdw20;
                    }
                } else {
                    double hard = g == 2 ? w[15] : 1;
                    double easy = g == 4 ? w[16] : 1;
                    double a = Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]);
                    double x = Math.exp(w[10] * (1 - rr));
                    double sinc = a * (x - 1) * hard * easy;
                    ns = s * (1 + sinc);
                    double viaR = s * a * hard * easy * x * (-w[10]); // dS'/dR
                    dSdS = 1 + sinc - w[9] * sinc + viaR * dRdS;
                    dSdD = -s * sinc / (11 - d);
                    ds[8] = s * sinc;
                    ds[9] = -s * sinc * Math.log(s);
                    ds[10] = s * a * hard * easy * x * (1 - rr);
                    if (g == 2) ds[15] = s * a * (x - 1);
                    if (g == 4) ds[16] = s * a * (x - 1);
                    ds[20] = viaR * dRdw20;
                }
            }
            boolean sFree = ns > Model.S_MIN && ns < Model.S_MAX;
            // difficulty, from the difficulty before this review
            double e3 = Math.exp(3 * w[5]);
            double d4 = w[4] - e3 + 1;
            double step = -w[6] * (g - 3);
            double nd = d + (10 - d) * step / 9;
            double dRaw = w[7] * d4 + (1 - w[7]) * nd;
            boolean dFree = dRaw > 1 && dRaw < 10;
            java.util.Arrays.fill(dd, 0);
            double dDdD = (1 - w[7]) * (1 - step / 9);
            dd[4] = w[7];
            dd[5] = -3 * w[7] * e3;
            dd[6] = (1 - w[7]) * (10 - d) * (-(g - 3)) / 9;
            dd[7] = d4 - nd;
            for (int k = 0; k < N; k++) {
                double newGs = sFree ? dSdS * gs[k] + dSdD * gd[k] + ds[k] : 0;
                gd[k] = dFree ? dDdD * gd[k] + dd[k] : 0;
                gs[k] = newGs;
            }
            s = Model.clamp(ns, Model.S_MIN, Model.S_MAX);
            d = Model.clamp(dRaw, 1, 10);
        }
        double c = -w[20];
        double f = Math.exp(LN_09 / c) - 1;
        double tl = item.lastDelta();
        double u = 1 + f * tl / s;
        double p = Math.pow(u, c);
        double dRdS = c * p / u * (-f * tl / (s * s));
        double dRdw20 = p * (-Math.log(u) + c * (tl / s) * ((f + 1) * LN_09 / (c * c)) / u);
        double y = item.lastRating() > 1 ? 1 : 0;
        double pc = Model.clamp(p, P_EPS, 1 - P_EPS);
        double loss = -(y * Math.log(pc) + (1 - y) * Math.log(1 - pc)) * weight;
        double dLdR = -(y / pc - (1 - y) / (1 - pc)) * weight;
        for (int k = 0; k < N; k++) grad[k] += dLdR * dRdS * gs[k];
        grad[20] += dLdR * dRdw20;
        return loss;
    }
}
