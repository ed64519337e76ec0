package prepdeck.review.fsrs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Training items built the way Anki builds them for fsrs-rs, and fsrs-rs's outlier filter.
 * An item is a card's reviews up to one review on a later day than the one before it (delta_t &gt; 0,
 * in whole days between day starts); that last review is the one scored.
 */
final class TrainingData {
    private TrainingData() {
    }

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

        int firstLongTermDelta() {
            for (int d : deltas) if (d > 0) return d;
            return 0;
        }
    }

    /** Every scoreable prefix of every history, ordered by the time of its scored review. */
    static List<Item> items(List<Replay.History> histories, int dayStartUtcMinutes) {
        record Timed(long at, Item item) {
        }
        List<Timed> timed = new ArrayList<>();
        for (Replay.History h : histories) {
            List<Replay.TimedRating> reviews = new ArrayList<>(h.reviews());
            reviews.sort(Comparator.comparing(Replay.TimedRating::at));
            int n = reviews.size();
            int[] ratings = new int[n];
            int[] deltas = new int[n];
            for (int i = 0; i < n; i++) {
                ratings[i] = reviews.get(i).rating().grade();
                deltas[i] = i == 0 ? 0 : Days.between(reviews.get(i - 1).at(), reviews.get(i).at(), dayStartUtcMinutes);
            }
            for (int i = 1; i < n; i++) {
                if (deltas[i] <= 0) continue;
                timed.add(new Timed(reviews.get(i).at().toEpochMilli(),
                        new Item(java.util.Arrays.copyOf(ratings, i + 1), java.util.Arrays.copyOf(deltas, i + 1))));
            }
        }
        timed.sort(Comparator.comparingLong(Timed::at));
        return timed.stream().map(Timed::item).toList();
    }

    /** Items whose first long-term review is the scored one: they alone tell the initial stabilities. */
    record Split(List<Item> initial, List<Item> all) {
    }

    /**
     * fsrs-rs {@code prepare_training_data}: per first rating, drops the rarest first intervals (up to
     * 5% of that rating's first reviews, at least 20), intervals seen fewer than 6 times, and those
     * beyond 100 days (365 for Easy); later items of cards whose first interval was dropped go too.
     * Returns the kept initial items and, as the training set, those followed by the other kept items.
     */
    static Split withoutOutliers(List<Item> items) {
        List<Item> initial = new ArrayList<>();
        List<Item> rest = new ArrayList<>();
        for (Item it : items) (it.longTermCount() == 1 ? initial : rest).add(it);
        Map<Integer, Map<Integer, List<Item>>> groups = new TreeMap<>();
        for (Item it : initial) {
            groups.computeIfAbsent(it.ratings()[0], k -> new HashMap<>())
                    .computeIfAbsent(it.lastDelta(), k -> new ArrayList<>()).add(it);
        }
        List<Item> kept = new ArrayList<>();
        Map<Integer, Set<Integer>> removed = new HashMap<>();
        for (var group : groups.entrySet()) {
            int rating = group.getKey();
            List<Map.Entry<Integer, List<Item>>> byDelta = new ArrayList<>(group.getValue().entrySet());
            // Rarest first; among equally rare, shortest interval first.
            byDelta.sort(Comparator.<Map.Entry<Integer, List<Item>>>comparingInt(e -> e.getValue().size())
                    .thenComparingInt(Map.Entry::getKey));
            int total = byDelta.stream().mapToInt(e -> e.getValue().size()).sum();
            int budget = Math.max(20, total / 20);
            int dropped = 0;
            Set<Integer> gone = new HashSet<>();
            for (var e : byDelta) {
                int size = e.getValue().size();
                if (dropped + size >= budget) {
                    if (size >= 6 && e.getKey() <= (rating != 4 ? 100 : 365)) kept.addAll(e.getValue());
                    else gone.add(e.getKey());
                } else {
                    dropped += size;
                    gone.add(e.getKey());
                }
            }
            removed.put(rating, gone);
        }
        List<Item> all = new ArrayList<>(kept);
        for (Item it : rest) {
            Set<Integer> gone = removed.get(it.ratings()[0]);
            if (gone == null || !gone.contains(it.firstLongTermDelta())) all.add(it);
        }
        return new Split(kept, all);
    }

    /** fsrs-rs recency weights: later items count more, 0.25 + 0.75·(i/(n-1))³. */
    static double[] recencyWeights(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = 0.25 + 0.75 * Math.pow((double) i / Math.max(n - 1, 1), 3);
        return w;
    }
}
