package prepdeck.review.fsrs;

import java.util.HashMap;
import java.util.Map;

/**
 * fsrs-rs's evaluation ({@code evaluate}): recency-weighted log loss and RMSE over bins (interval,
 * review count, lapses), each bin's squared error between mean prediction and mean outcome weighted
 * by the bin's total recency weight.
 */
record Metrics(double logLoss, double rmseBins) {

    /** The metrics of weights {@code w} over all items of {@code data}, with their recency weights. */
    static Metrics of(double[] w, TrainingData data) {
        int items = data.items();
        if (items == 0) return new Metrics(Double.NaN, Double.NaN);
        double[] predicted = new double[data.rating.length];
        SequenceGradient model = new SequenceGradient(w);
        for (int c = 0; c < data.cards(); c++) model.predict(data, c, data.weight, predicted);
        long[] bin = binKeys(data);
        double loss = 0;
        double weightSum = 0;
        Map<Long, double[]> bins = new HashMap<>(); // key -> {sum p, sum y, count, sum weight}
        for (int p : data.itemEnd) {
            double pr = predicted[p];
            double y = data.rating[p] > 1 ? 1 : 0;
            double weight = data.weight[p];
            loss += (y * Math.log(pr) + (1 - y) * Math.log(1 - pr)) * weight;
            weightSum += weight;
            double[] b = bins.computeIfAbsent(bin[p], k -> new double[4]);
            b[0] += pr;
            b[1] += y;
            b[2] += 1;
            b[3] += weight;
        }
        double se = 0;
        double binWeight = 0;
        for (double[] b : bins.values()) {
            double diff = (b[0] - b[1]) / b[2];
            se += diff * diff * b[3];
            binWeight += b[3];
        }
        return new Metrics(-loss / weightSum, Math.sqrt(se / binWeight));
    }

    // fsrs-rs FSRSItem::r_matrix_index of the item ending at each review: log-spaced bins of the
    // interval, of the long-term review count and of the lapses before it.
    private static long[] binKeys(TrainingData data) {
        long[] key = new long[data.rating.length];
        for (int c = 0; c < data.cards(); c++) {
            int longTerm = 0;
            int lapses = 0;
            for (int p = data.cardStart[c]; p < data.cardStart[c + 1]; p++) {
                int dt = data.delta[p];
                if (dt > 0) longTerm++;
                if (data.weight[p] > 0) key[p] = binKey(dt, longTerm, lapses);
                if (data.rating[p] == 1 && dt > 0) lapses++;
            }
        }
        return key;
    }

    static long binKey(int dt, int longTermCount, int lapses) {
        long dtBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(dt) / Math.log(3.62))) * 100);
        double len = longTermCount + 1;
        long lenBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(len) / Math.log(1.89))));
        long lapseBin = lapses == 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return (dtBin * 1_000_003L + lenBin) * 1_000_003L + lapseBin;
    }
}
