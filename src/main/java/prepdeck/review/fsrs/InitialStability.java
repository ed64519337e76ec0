package prepdeck.review.fsrs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first four weights (stability after the first rating), fitted as fsrs-rs initialises them:
 * for each first rating, the stability whose forgetting curve (default decay) best explains the
 * recall at the first later-day review, pulled gently toward the default; then ratings are made
 * monotone and missing ones filled in from the others.
 */
final class InitialStability {
    private static final double INIT_S_MAX = 100;
    // fsrs-rs computes in f32; these are its f32 defaults widened to f64.
    private static final double DEFAULT_DECAY = -(double) 0.1542f;
    private static final double W1 = 0.41;
    private static final double W2 = 0.54;

    private InitialStability() {
    }

    /** Stabilities per first rating and how many initial items each rating had. */
    record Fit(double[] stability, Map<Integer, Integer> counts) {
    }

    /** Empty when there is no initial item at all. */
    static java.util.Optional<Fit> fit(List<TrainingData.Item> initial, double averageRecall) {
        Map<Integer, TreeMap<Integer, int[]>> groups = new TreeMap<>(); // rating -> delta -> {passes, count}
        for (TrainingData.Item it : initial) {
            int[] pc = groups.computeIfAbsent(it.ratings()[0], k -> new TreeMap<>()).computeIfAbsent(it.lastDelta(), k -> new int[2]);
            if (it.lastRating() > 1) pc[0]++;
            pc[1]++;
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        Map<Integer, Double> stability = new TreeMap<>();
        for (var g : groups.entrySet()) {
            counts.put(g.getKey(), g.getValue().values().stream().mapToInt(pc -> pc[1]).sum());
            stability.put(g.getKey(), search(g.getValue(), averageRecall, (double) (float) Parameters.DEFAULT.get(g.getKey() - 1)));
        }
        if (stability.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(new Fit(smoothAndFill(stability, counts), counts));
    }

    // Ternary search of the count-weighted log loss plus |S - default| / 16 over [0.001, 100].
    private static double search(TreeMap<Integer, int[]> byDelta, double averageRecall, double defaultS) {
        int n = byDelta.size();
        double[] t = new double[n];
        double[] recall = new double[n];
        double[] count = new double[n];
        int i = 0;
        for (var e : byDelta.entrySet()) {
            t[i] = e.getKey();
            count[i] = e.getValue()[1];
            // Laplace smoothing toward the average recall, as fsrs-rs does.
            recall[i] = ((double) e.getValue()[0] / count[i] * count[i] + averageRecall) / (count[i] + 1);
            i++;
        }
        double low = Model.S_MIN;
        double high = INIT_S_MAX;
        double best = defaultS;
        for (int iter = 0; high - low > Math.ulp(1.0) && iter < 1000; iter++) {
            double mid1 = low + (high - low) / 3;
            double mid2 = high - (high - low) / 3;
            if (loss(t, recall, count, mid1, defaultS) < loss(t, recall, count, mid2, defaultS)) high = mid2;
            else low = mid1;
            best = (high + low) / 2;
        }
        return best;
    }

    private static double loss(double[] t, double[] recall, double[] count, double s, double defaultS) {
        double factor = Math.pow(0.9, 1 / DEFAULT_DECAY) - 1;
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            double p = Math.pow(t[i] / s * factor + 1, DEFAULT_DECAY);
            sum -= (recall[i] * Math.log(p) + (1 - recall[i]) * Math.log(1 - p)) * count[i];
        }
        return sum + Math.abs(s - defaultS) / 16;
    }

    /**
     * fsrs-rs {@code smooth_and_fill}: a lower rating never gets a higher stability (the better
     * attested of the two wins), and ratings without data are interpolated geometrically.
     */
    static double[] smoothAndFill(Map<Integer, Double> stability, Map<Integer, Integer> counts) {
        Map<Integer, Double> s = new TreeMap<>(stability);
        s.keySet().retainAll(counts.keySet());
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] p : pairs) {
            Double small = s.get(p[0]);
            Double big = s.get(p[1]);
            if (small != null && big != null && small > big) {
                if (counts.get(p[0]) > counts.get(p[1])) s.put(p[1], small);
                else s.put(p[0], big);
            }
        }
        Double r1 = s.get(1), r2 = s.get(2), r3 = s.get(3), r4 = s.get(4);
        double[] out;
        switch (s.size()) {
            case 1 -> {
                int rating = s.keySet().iterator().next();
                double factor = s.get(rating) / Parameters.DEFAULT.get(rating - 1);
                out = new double[4];
                for (int i = 0; i < 4; i++) out[i] = Parameters.DEFAULT.get(i) * factor;
            }
            case 2, 3 -> {
                // Fill gaps from neighbours: S2 ≈ S1^w1·S3^(1-w1), S3 ≈ S2^(1-w2)·S4^w2, and the inverses.
                if (s.size() == 2) {
                    if (r1 == null && r2 == null) {
                        r2 = Math.pow(r3, 1 / (1 - W2)) * Math.pow(r4, 1 - 1 / (1 - W2));
                        r1 = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
                    } else if (r1 == null && r3 == null) {
                        r3 = Math.pow(r2, 1 - W2) * Math.pow(r4, W2);
                        r1 = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
                    } else if (r1 == null && r4 == null) {
                        r4 = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
                        r1 = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
                    } else if (r2 == null && r3 == null) {
                        double k = W1 + W2 - W1 * W2;
                        r2 = Math.pow(r1, W1 / k) * Math.pow(r4, 1 - W1 / k);
                        r3 = Math.pow(r1, 1 - W2 / k) * Math.pow(r4, W2 / k);
                    } else if (r2 == null && r4 == null) {
                        r2 = Math.pow(r1, W1) * Math.pow(r3, 1 - W1);
                        r4 = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
                    } else if (r3 == null && r4 == null) {
                        r3 = Math.pow(r1, 1 - 1 / (1 - W1)) * Math.pow(r2, 1 / (1 - W1));
                        r4 = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
                    }
                } else if (r1 == null) {
                    r1 = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
                } else if (r2 == null) {
                    r2 = Math.pow(r1, W1) * Math.pow(r3, 1 - W1);
                } else if (r3 == null) {
                    r3 = Math.pow(r2, 1 - W2) * Math.pow(r4, W2);
                } else if (r4 == null) {
                    r4 = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
                }
                out = new double[] {r1, r2, r3, r4};
            }
            default -> out = new double[] {r1, r2, r3, r4};
        }
        for (int i = 0; i < 4; i++) out[i] = Model.clamp(out[i], Model.S_MIN, INIT_S_MAX);
        return out;
    }
}
