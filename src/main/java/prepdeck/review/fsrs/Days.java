package prepdeck.review.fsrs;

import java.time.Instant;

/** Whole days between instants, counted as day starts crossed, a day starting at a fixed UTC minute. */
final class Days {
    static final long DAY_MS = 86_400_000L;

    private Days() {
    }

    /**
     * Day starts crossed from {@code from} to {@code to}. ts-fsrs counts UTC calendar days; the oracle
     * (and Anki) shift both instants back by the day start first, which is what we do.
     */
    static int between(Instant from, Instant to, int dayStartUtcMinutes) {
        long shift = dayStartUtcMinutes * 60_000L;
        long d0 = Math.floorDiv(from.toEpochMilli() - shift, DAY_MS);
        long d1 = Math.floorDiv(to.toEpochMilli() - shift, DAY_MS);
        return Math.toIntExact(d1 - d0);
    }
}
