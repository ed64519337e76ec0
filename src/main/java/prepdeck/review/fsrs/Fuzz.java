package prepdeck.review.fsrs;

/**
 * Interval fuzz as in ts-fsrs 5.4.2: an interval of 3 days or more is moved to a day drawn from a
 * window that widens with the interval (±15% from 2.5 to 7 days, ±10% to 20, ±5% beyond, plus one day).
 */
final class Fuzz {
    private Fuzz() {
    }

    /** The window an interval may be fuzzed into, inclusive. */
    record Range(int min, int max) {
    }

    /**
     * The random number for one review, derived from the caller's card key and the review count the
     * way ts-fsrs {@code GenSeedStrategyWithCardId} does: the seed is the key with the count appended.
     * (So "c1" at review 23 and "c12" at review 3 share a seed, as they do in ts-fsrs.)
     */
    static double factor(String cardKey, int reps) {
        return new Alea(cardKey + reps).next();
    }

    static Range range(int interval, int elapsedDays, int maximumInterval) {
        double delta = 1.0;
        delta += 0.15 * Math.max(Math.min(interval, 7.0) - 2.5, 0.0);
        delta += 0.10 * Math.max(Math.min(interval, 20.0) - 7.0, 0.0);
        delta += 0.05 * Math.max(interval - 20.0, 0.0);
        int capped = Math.min(interval, maximumInterval);
        int min = (int) Math.max(2, Math.round(capped - delta));
        int max = (int) Math.min(Math.round(capped + delta), maximumInterval);
        if (capped > elapsedDays) min = Math.max(min, elapsedDays + 1);
        min = Math.min(min, max);
        return new Range(min, max);
    }

    /** The fuzzed interval for a factor in [0, 1); intervals under 2.5 days are left alone. */
    static int apply(int interval, int elapsedDays, int maximumInterval, double factor) {
        if (interval < 2.5) return interval;
        Range r = range(interval, elapsedDays, maximumInterval);
        return (int) Math.floor(factor * (r.max() - r.min() + 1) + r.min());
    }
}
