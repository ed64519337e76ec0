package prepdeck.review.fsrs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fits the 21 FSRS-6 weights to a review log the way fsrs-rs 6.5 {@code compute_parameters} does:
 * Anki-style training items (only reviews on a later day are scored), its outlier filter, initial
 * stabilities fitted first, then Adam (lr 0.04, cosine-annealed, batches of about 512 items, 5 epochs)
 * on the recency-weighted cross-entropy plus a pull toward the starting weights, clipping after each
 * step, keeping the epoch with the lowest loss. One departure: a batch is a set of whole cards (fsrs-rs
 * groups items of equal length), so that each card's items are scored in one pass. With too little data it returns the defaults (fewer than
 * 8 items) or only fitted initial stabilities (fewer than 64, or nothing beyond first reviews).
 */
public final class Optimizer {
    // fsrs-rs PARAMS_STDDEV: how far each weight typically strays from the defaults across users.
    private static final double[] STDDEV = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3,
            0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27};
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
        return fit(TrainingData.of(histories, dayStartUtcMinutes));
    }

    Result fit(TrainingData data) {
        int items = data.items();
        double[] fitted = Parameters.DEFAULT.w();
        Fitted how = Fitted.DEFAULTS;
        if (items >= 8) {
            int recalled = 0;
            for (int p : data.itemEnd) if (data.rating[p] > 1) recalled++;
            var init = InitialStability.fit(data.initial, recalled / (double) items);
            if (init.isPresent()) {
                System.arraycopy(init.get().stability(), 0, fitted, 0, 4);
                how = Fitted.INITIAL_STABILITY_ONLY;
                if (items != data.initial.size() && items >= 64) {
                    fitted = train(data, fitted);
                    Map<Integer, Double> s = new HashMap<>();
                    for (int i = 0; i < 4; i++) s.put(i + 1, fitted[i]);
                    System.arraycopy(InitialStability.smoothAndFill(s, init.get().counts()), 0, fitted, 0, 4);
                    how = Fitted.ALL;
                }
            }
        }
        Metrics mine = Metrics.of(fitted, data);
        Metrics defaults = Metrics.of(Parameters.DEFAULT.w(), data);
        return new Result(new Parameters(fitted), how, items, mine.logLoss(), mine.rmseBins(), defaults.logLoss(),
                defaults.rmseBins());
    }

    /** Log loss of {@code parameters}, clipped as this optimizer clips, on the same items a fit scores. */
    double logLoss(Parameters parameters, TrainingData data) {
        return Metrics.of(parameters.clipped(config.relearningSteps(), config.enableShortTerm()).w(), data).logLoss();
    }

    /**
     * Adam on mini-batches of whole cards. fsrs-rs batches items of equal length; batching by card
     * instead lets one forward pass score all of a card's items (its prefixes), several times less
     * work, while each batch still holds about {@code batchSize} items.
     */
    private double[] train(TrainingData data, double[] start) {
        // Items longer than maxSeqLen are left out of training, as in fsrs-rs.
        double[] weights = new double[data.weight.length];
        int total = 0;
        for (int p : data.itemEnd) {
            if (data.indexInCard(p) + 1 <= config.maxSeqLen()) {
                weights[p] = data.weight[p];
                total++;
            }
        }
        int[] itemsOf = new int[data.cards()];
        List<Integer> trainable = new ArrayList<>();
        for (int c = 0; c < data.cards(); c++) {
            for (int p = data.cardStart[c] + 1; p < data.cardStart[c + 1]; p++) if (weights[p] > 0) itemsOf[c]++;
            if (itemsOf[c] > 0) trainable.add(c);
        }
        int[] cards = trainable.stream().mapToInt(Integer::intValue).toArray();
        int batch = config.batchSize();
        int batchesPerEpoch = Math.max(1, (total + batch / 2) / batch);
        double steps = (double) batchesPerEpoch * config.epochs();
        boolean freezeShortTerm = !config.enableShortTerm();
        double[] w = new Parameters(start).clipped(config.relearningSteps(), config.enableShortTerm()).w();
        if (freezeShortTerm) {
            // As fsrs-rs: without same-day modelling, same-day reviews leave S unchanged (w17..w19 = 0),
            // and those weights and the initial stabilities are not trained.
            Arrays.fill(w, 17, 20, 0);
        }
        double[] init = w.clone();
        double[] best = w.clone();
        double bestLoss = Double.POSITIVE_INFINITY;
        Adam adam = new Adam(Parameters.COUNT);
        SplittableRandom random = new SplittableRandom(config.seed());
        double[] grad = new double[Parameters.COUNT];
        double[] predicted = new double[weights.length];
        int step = 0;
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            shuffle(cards, random);
            int next = 0;
            int done = 0;
            for (int b = 0; b < batchesPerEpoch; b++) {
                // Cards until this batch's share of the items is reached; the last batch takes the rest.
                long target = (long) total * (b + 1) / batchesPerEpoch;
                int inBatch = 0;
                SequenceGradient model = new SequenceGradient(w);
                Arrays.fill(grad, 0);
                while (next < cards.length && done + inBatch < target) {
                    model.lossAndGradient(data, cards[next], weights, grad);
                    inBatch += itemsOf[cards[next]];
                    next++;
                }
                done += inBatch;
                if (inBatch == 0) continue;
                double scale = config.gamma() * inBatch / total;
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
            double loss = 0;
            SequenceGradient model = new SequenceGradient(w);
            for (int c : cards) model.predict(data, c, weights, predicted);
            for (int p : data.itemEnd) if (weights[p] > 0) loss += crossEntropy(predicted[p], data.rating[p] > 1) * weights[p];
            for (int i = 0; i < w.length; i++) loss += (w[i] - init[i]) * (w[i] - init[i]) / (STDDEV[i] * STDDEV[i]) * config.gamma();
            if (loss / total < bestLoss) {
                bestLoss = loss / total;
                best = w.clone();
            }
        }
        return best;
    }

    static double crossEntropy(double p, boolean recalled) {
        double pc = Model.clamp(p, 1e-10, 1 - 1e-10);
        return recalled ? -Math.log(pc) : -Math.log(1 - pc);
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
