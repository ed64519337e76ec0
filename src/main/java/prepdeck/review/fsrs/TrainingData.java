package prepdeck.review.fsrs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review log as the optimizer reads it, with the training items Anki builds for fsrs-rs and
 * fsrs-rs's outlier filter applied.
 *
 * <p>An item is a card's reviews up to one review on a later day than the one before it (delta_t &gt; 0,
 * whole days between day starts); that last review is the one scored. Items of one card are
 * prefixes of each other, so they are not stored one by one: each card is one flat run of
 * (rating, delta) pairs, and {@link #weight} marks the reviews that end an item with that item's
 * recency weight. A single forward pass over a card then scores all its items.
 */
final class TrainingData {
    /** Ratings 1..4 and whole days since the previous review (0 for the first), oldest first. */
    record Item(int[] ratings, int[] deltas) {
        int length() {
            return ratings.length;
        }

        int lastRating() {
            return ratings[ratings.length - 1];
        }

        int lastDelta() {
            return deltas[deltas.length - 1];
        }

        /** Reviews on a later day than the one before, the scored one included. */
        int longTermCount() {
            int n = 0;
            for (int d : deltas) if (d > 0) n++;
            return n;
        }
    }

    /** Where card {@code c}'s reviews are: {@code cardStart[c]} to {@code cardStart[c + 1]} (exclusive). */
    final int[] cardStart;
    final int[] rating;
    final int[] delta;
    /** Recency weight of the item ending at each review; 0 where no (kept) item ends. */
    final double[] weight;
    /** Review index that ends each item, in training order: kept first-long-term items, then the rest by time. */
    final int[] itemEnd;
    /** Card of each review. */
    final int[] cardOf;
    /** Items whose scored review is the card's first on a later day: they alone tell the initial stabilities. */
    final List<Item> initial;

    private TrainingData(int[] cardStart, int[] rating, int[] delta, double[] weight, int[] itemEnd, int[] cardOf,
                         List<Item> initial) {
        this.cardStart = cardStart;
        this.rating = rating;
        this.delta = delta;
        this.weight = weight;
        this.itemEnd = itemEnd;
        this.cardOf = cardOf;
        this.initial = initial;
    }

    int cards() {
        return cardStart.length - 1;
    }

    /** How many items survived the outlier filter. */
    int items() {
        return itemEnd.length;
    }

    /** The item ending at review {@code end}, as its own arrays (for tests and small uses). */
    Item item(int end) {
        int from = cardStart[cardOf[end]];
        return new Item(Arrays.copyOfRange(rating, from, end + 1), Arrays.copyOfRange(delta, from, end + 1));
    }

    /** Position of review {@code p} within its card, 0-based; the item ending there has this plus one reviews. */
    int indexInCard(int p) {
        return p - cardStart[cardOf[p]];
    }

    /**
     * Builds the training data. Items are ordered by the time of their scored review (ties: card order,
     * then review order); then fsrs-rs {@code prepare_training_data} drops outliers: per first rating,
     * the rarest first intervals (up to 5% of that rating's first reviews, at least 20), intervals seen
     * fewer than 6 times and those beyond 100 days (365 for Easy), and with them every later item of
     * those cards. Kept first-long-term items come first (by rating, rarest interval first), then the rest.
     */
    static TrainingData of(List<Replay.History> histories, int dayStartUtcMinutes) {
        int cards = histories.size();
        int[] cardStart = new int[cards + 1];
        for (int c = 0; c < cards; c++) cardStart[c + 1] = cardStart[c] + histories.get(c).reviews().size();
        int n = cardStart[cards];
        int[] rating = new int[n];
        int[] delta = new int[n];
        long[] time = new long[n];
        int[] cardOf = new int[n];
        int[] firstLongTerm = new int[cards];
        for (int c = 0; c < cards; c++) {
            List<Replay.TimedRating> reviews = histories.get(c).reviews();
            if (!isSorted(reviews)) {
                reviews = new ArrayList<>(reviews);
                reviews.sort(Comparator.comparing(Replay.TimedRating::at));
            }
            firstLongTerm[c] = -1;
            int base = cardStart[c];
            for (int i = 0; i < reviews.size(); i++) {
                Replay.TimedRating r = reviews.get(i);
                rating[base + i] = r.rating().grade();
                time[base + i] = r.at().toEpochMilli();
                cardOf[base + i] = c;
                delta[base + i] = i == 0 ? 0 : Days.between(reviews.get(i - 1).at(), r.at(), dayStartUtcMinutes);
                if (i > 0 && delta[base + i] > 0 && firstLongTerm[c] < 0) firstLongTerm[c] = base + i;
            }
        }
        int[] byTime = scoredByTime(cardStart, delta, time, cardOf);

        // Outlier filter over first-long-term items, grouped by first rating and interval.
        Map<Integer, Map<Integer, List<Integer>>> groups = new TreeMap<>();
        for (int p : byTime) {
            int c = cardOf[p];
            if (p == firstLongTerm[c]) {
                groups.computeIfAbsent(rating[cardStart[c]], g -> new HashMap<>())
                        .computeIfAbsent(delta[p], d -> new ArrayList<>()).add(p);
            }
        }
        List<Integer> order = new ArrayList<>(byTime.length);
        boolean[] cardKept = new boolean[cards];
        for (var group : groups.entrySet()) {
            int first = group.getKey();
            List<Map.Entry<Integer, List<Integer>>> byDelta = new ArrayList<>(group.getValue().entrySet());
            // Rarest first; among equally rare, shortest interval first.
            byDelta.sort(Comparator.<Map.Entry<Integer, List<Integer>>>comparingInt(e -> e.getValue().size())
                    .thenComparingInt(Map.Entry::getKey));
            int total = byDelta.stream().mapToInt(e -> e.getValue().size()).sum();
            int budget = Math.max(20, total / 20);
            int dropped = 0;
            for (var e : byDelta) {
                int size = e.getValue().size();
                if (dropped + size >= budget) {
                    if (size >= 6 && e.getKey() <= (first != 4 ? 100 : 365)) {
                        order.addAll(e.getValue());
                        for (int p : e.getValue()) cardKept[cardOf[p]] = true;
                    }
                } else {
                    dropped += size;
                }
            }
        }
        int initialCount = order.size();
        for (int p : byTime) if (p != firstLongTerm[cardOf[p]] && cardKept[cardOf[p]]) order.add(p);

        int[] itemEnd = order.stream().mapToInt(Integer::intValue).toArray();
        double[] recency = recencyWeights(itemEnd.length);
        double[] weight = new double[n];
        for (int i = 0; i < itemEnd.length; i++) weight[itemEnd[i]] = recency[i];
        TrainingData data = new TrainingData(cardStart, rating, delta, weight, itemEnd, cardOf, List.of());
        List<Item> initial = new ArrayList<>(initialCount);
        for (int i = 0; i < initialCount; i++) initial.add(data.item(itemEnd[i]));
        return new TrainingData(cardStart, rating, delta, weight, itemEnd, cardOf, List.copyOf(initial));
    }

    // Reviews that end an item, ordered by time; ties in card order, then review order (= index order).
    // Sorted as packed longs (rank of the time, index) to avoid boxing.
    private static int[] scoredByTime(int[] cardStart, int[] delta, long[] time, int[] cardOf) {
        int count = 0;
        for (int p = 0; p < delta.length; p++) if (p != cardStart[cardOf[p]] && delta[p] > 0) count++;
        long[] times = new long[count];
        int k = 0;
        for (int p = 0; p < delta.length; p++) if (p != cardStart[cardOf[p]] && delta[p] > 0) times[k++] = time[p];
        Arrays.sort(times);
        int m = 0;
        for (int i = 0; i < count; i++) if (i == 0 || times[i] != times[i - 1]) times[m++] = times[i];
        long[] distinct = Arrays.copyOf(times, m);
        long[] packed = new long[count];
        k = 0;
        for (int p = 0; p < delta.length; p++) {
            if (p != cardStart[cardOf[p]] && delta[p] > 0) {
                packed[k] = ((long) Arrays.binarySearch(distinct, time[p]) << 32) | p;
                k++;
            }
        }
        Arrays.sort(packed);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) out[i] = (int) packed[i];
        return out;
    }

    private static boolean isSorted(List<Replay.TimedRating> reviews) {
        for (int i = 1; i < reviews.size(); i++) if (reviews.get(i).at().isBefore(reviews.get(i - 1).at())) return false;
        return true;
    }

    /** fsrs-rs recency weights: later items count more, 0.25 + 0.75·(i/(n-1))³. */
    static double[] recencyWeights(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = 0.25 + 0.75 * Math.pow((double) i / Math.max(n - 1, 1), 3);
        return w;
    }
}
