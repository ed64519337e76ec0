package prepdeck.review.fsrs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** fsrs-rs's evaluation: recency-weighted log loss and RMSE over bins (interval, review count, lapses). */
record Metrics(double logLoss, double rmseBins) {

    static Metrics of(double[] w, List<TrainingData.Item> items, double[] weights) {
        double loss = 0;
        double weightSum = 0;
        Map<Long, double[]> bins = new HashMap<>(); // key -> {sum p, sum y, count, sum weight}
        Gradient model = new Gradient(w);
        for (int i = 0; i < items.size(); i++) {
            TrainingData.Item item = items.get(i);
            double p = model.predict(item);
            double y = item.lastRating() > 1 ? 1 : 0;
            loss += (y * Math.log(p) + (1 - y) * Math.log(1 - p)) * weights[i];
            weightSum += weights[i];
            double[] b = bins.computeIfAbsent(binKey(item), k -> new double[4]);
            b[0] += p;
            b[1] += y;
            b[2] += 1;
            b[3] += weights[i];
        }
        double se = 0;
        double binWeight = 0;
        for (double[] b : bins.values()) {
            double diff = (b[0] - b[1]) / b[2];
            se += diff * diff * b[3];
            binWeight += b[3];
        }
        return new Metrics(items.isEmpty() ? Double.NaN : -loss / weightSum, items.isEmpty() ? Double.NaN : Math.sqrt(se / binWeight));
    }

    // fsrs-rs FSRSItem::r_matrix_index: log-spaced bins of the interval, the long-term review count and the lapses.
    private static long binKey(TrainingData.Item item) {
        double dt = item.lastDelta();
        long dtBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(dt) / Math.log(3.62))) * 100);
        double len = item.longTermCount() + 1;
        long lenBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(len) / Math.log(1.89))));
        int lapses = 0;
        for (int i = 0; i < item.length() - 1; i++) if (item.ratings()[i] == 1 && item.deltas()[i] > 0) lapses++;
        long lapseBin = lapses == 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return (dtBin * 1_000_003L + lenBin) * 1_000_003L + lapseBin;
    }
}
