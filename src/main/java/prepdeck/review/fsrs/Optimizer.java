package prepdeck.review.fsrs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Fits the 21 FSRS-6 weights to a review log the way fsrs-rs 6.5 {@code compute_parameters} does:
 * Anki-style training items (only reviews on a later day are scored), its outlier filter, initial
 * stabilities fitted first, then Adam (lr 0.04, cosine-annealed, batches of 512, 5 epochs) on the
 * recency-weighted cross-entropy plus a pull toward the starting weights, clipping after each step,
 * keeping the epoch with the lowest loss. With too little data it returns the defaults (fewer than
 * 8 items) or only fitted initial stabilities (fewer than 64, or nothing beyond first reviews).
 */
public final class Optimizer {
    // fsrs-rs PARAMS_STDDEV: how far each weight typically strays from the defaults across users.
    private static final double[] STDDEV = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3,
            0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27};
    private static final int GRADIENT_SLICES = 8; // fixed, so the sum order (and result) does not depend on the CPU count
    private final Config config;

    /** Training settings; {@link #DEFAULT} is fsrs-rs's. */
    public record Config(int epochs, int batchSize, double learningRate, double gamma, int maxSeqLen, long seed,
                         boolean enableShortTerm, int relearningSteps) {
        public static final Config DEFAULT = new Config(5, 512, 0.04, 1.0, 256, 2023, true, 1);

        public Config {
            if (epochs < 1 || batchSize < 1 || maxSeqLen < 2 || relearningSteps < 0
                    || !(learningRate > 0) || !Double.isFinite(learningRate) || !(gamma >= 0) || !Double.isFinite(gamma)) {
                throw new InvalidParametersException("bad optimizer settings: " + this);
            }
        }
    }

    /** How much the data allowed. */
    public enum Fitted { DEFAULTS, INITIAL_STABILITY_ONLY, ALL }

    /**
     * @param parameters    the fitted weights
     * @param trainingItems items after the outlier filter (what the metrics are computed on)
     * @param logLoss       recency-weighted log loss of the fitted weights on those items
     * @param rmseBins      fsrs-rs RMSE over bins of interval, review count and lapses
     */
    public record Result(Parameters parameters, Fitted fitted, int trainingItems, double logLoss, double rmseBins,
                         double defaultLogLoss, double defaultRmseBins) {
    }

    public Optimizer(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    /** Fits the weights to these review histories, days counted from the given UTC minute. */
    public Result fit(List<Replay.History> histories, int dayStartUtcMinutes) {
        TrainingData.Split split = TrainingData.withoutOutliers(TrainingData.items(histories, dayStartUtcMinutes));
        List<TrainingData.Item> train = split.all();
        double[] fitted = Parameters.DEFAULT.w();
        Fitted how = Fitted.DEFAULTS;
        if (train.size() >= 8) {
            double averageRecall = train.stream().filter(it -> it.lastRating() > 1).count() / (double) train.size();
            var init = InitialStability.fit(split.initial(), averageRecall);
            if (init.isPresent()) {
                System.arraycopy(init.get().stability(), 0, fitted, 0, 4);
                how = Fitted.INITIAL_STABILITY_ONLY;
                if (train.size() != split.initial().size() && train.size() >= 64) {
                    fitted = train(train, fitted);
                    Map<Integer, Double> s = new HashMap<>();
                    for (int i = 0; i < 4; i++) s.put(i + 1, fitted[i]);
                    System.arraycopy(InitialStability.smoothAndFill(s, init.get().counts()), 0, fitted, 0, 4);
                    how = Fitted.ALL;
                }
            }
        }
        Parameters result = new Parameters(fitted);
        double[] weights = TrainingData.recencyWeights(train.size());
        Metrics mine = Metrics.of(fitted, train, weights);
        Metrics defaults = Metrics.of(Parameters.DEFAULT.w(), train, weights);
        return new Result(result, how, train.size(), mine.logLoss(), mine.rmseBins(), defaults.logLoss(), defaults.rmseBins());
    }

    private double[] train(List<TrainingData.Item> all, double[] start) {
        double[] allWeights = TrainingData.recencyWeights(all.size());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) if (all.get(i).length() <= config.maxSeqLen()) order.add(i);
        order.sort(Comparator.comparingInt(i -> all.get(i).length())); // stable: batches of similar length
        int total = order.size();
        TrainingData.Item[] items = new TrainingData.Item[total];
        double[] weights = new double[total];
        for (int k = 0; k < total; k++) {
            items[k] = all.get(order.get(k));
            weights[k] = allWeights[order.get(k)];
        }
        int batch = config.batchSize();
        int batches = (total + batch - 1) / batch;
        double steps = (double) (total / batch + 1) * config.epochs();
        boolean freezeShortTerm = !config.enableShortTerm();
        double[] w = new Parameters(start).clipped(config.relearningSteps(), config.enableShortTerm()).w();
        double[] init = w.clone();
        double[] best = w.clone();
        double bestLoss = Double.POSITIVE_INFINITY;
        Adam adam = new Adam(Parameters.COUNT);
        SplittableRandom random = new SplittableRandom(config.seed());
        int[] batchOrder = IntStream.range(0, batches).toArray();
        int step = 0;
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            shuffle(batchOrder, random);
            for (int b : batchOrder) {
                int from = b * batch;
                int to = Math.min(from + batch, total);
                double[] grad = gradient(w, items, weights, from, to);
                double scale = config.gamma() * (to - from) / total;
                for (int i = 0; i < grad.length; i++) grad[i] += 2 * (w[i] - init[i]) / (STDDEV[i] * STDDEV[i]) * scale;
                if (freezeShortTerm) {
                    Arrays.fill(grad, 0, 4, 0);
                    Arrays.fill(grad, 17, 20, 0);
                }
                step++;
                double lr = config.learningRate() * (1 + Math.cos(Math.PI * step / steps)) / 2;
                adam.step(w, grad, lr);
                w = new Parameters(w).clipped(config.relearningSteps(), config.enableShortTerm()).w();
            }
            double loss = validationLoss(w, items, weights);
            for (int from = 0; from < total; from += batch) {
                double scale = config.gamma() * (Math.min(from + batch, total) - from) / total;
                for (int i = 0; i < w.length; i++) loss += (w[i] - init[i]) * (w[i] - init[i]) / (STDDEV[i] * STDDEV[i]) * scale;
            }
            if (loss / total < bestLoss) {
                bestLoss = loss / total;
                best = w.clone();
            }
        }
        return best;
    }

    private static double[] gradient(double[] w, TrainingData.Item[] items, double[] weights, int from, int to) {
        double[][] partial = new double[GRADIENT_SLICES][Parameters.COUNT];
        int size = to - from;
        IntStream.range(0, GRADIENT_SLICES).parallel().forEach(slice -> {
            Gradient g = new Gradient(w);
            int lo = from + (int) ((long) size * slice / GRADIENT_SLICES);
            int hi = from + (int) ((long) size * (slice + 1) / GRADIENT_SLICES);
            for (int k = lo; k < hi; k++) g.lossAndGradient(items[k], weights[k], partial[slice]);
        });
        double[] sum = new double[Parameters.COUNT];
        for (double[] p : partial) for (int i = 0; i < sum.length; i++) sum[i] += p[i];
        return sum;
    }

    // The epoch's loss over all items, in parallel slices summed in a fixed order.
    private static double validationLoss(double[] w, TrainingData.Item[] items, double[] weights) {
        double[] partial = new double[GRADIENT_SLICES];
        int total = items.length;
        IntStream.range(0, GRADIENT_SLICES).parallel().forEach(slice -> {
            Gradient model = new Gradient(w);
            int lo = (int) ((long) total * slice / GRADIENT_SLICES);
            int hi = (int) ((long) total * (slice + 1) / GRADIENT_SLICES);
            double sum = 0;
            for (int k = lo; k < hi; k++) sum += crossEntropy(model.predict(items[k]), items[k]) * weights[k];
            partial[slice] = sum;
        });
        double loss = 0;
        for (double p : partial) loss += p;
        return loss;
    }

    static double crossEntropy(double p, TrainingData.Item item) {
        double pc = Model.clamp(p, 1e-10, 1 - 1e-10);
        return item.lastRating() > 1 ? -Math.log(pc) : -Math.log(1 - pc);
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Adam with fsrs-rs's settings: beta1 0.9, beta2 0.999, epsilon 1e-8. */
    private static final class Adam {
        private final double[] m;
        private final double[] v;
        private int t;

        Adam(int n) {
            m = new double[n];
            v = new double[n];
        }

        void step(double[] w, double[] grad, double lr) {
            t++;
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int i = 0; i < w.length; i++) {
                m[i] = 0.9 * m[i] + 0.1 * grad[i];
                v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i];
                w[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8);
            }
        }
    }
}
