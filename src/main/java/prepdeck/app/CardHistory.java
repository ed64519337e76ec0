package prepdeck.app;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import prepdeck.review.fsrs.State;

/**
 * One card's practice as the user sees it on its page: every answer, where the card stands now, and its predicted
 * recall day by day since it was first answered (from the FSRS model in use).
 *
 * @param due         when the card is due (empty for a new card)
 * @param today       the scheduler's day now
 * @param recallNow   the FSRS probability of recalling it now (0 for a new card)
 * @param firstDay    the first day of {@code recallByDay}
 * @param buried      whether the card is buried now
 * @param recallByDay predicted recall at the end of each day from {@code firstDay}, up to {@link #DAYS_AHEAD} days ahead
 */
public record CardHistory(long cardId, List<Entry> reviews, State state, Optional<Instant> due, double recallNow,
                          LocalDate today, LocalDate firstDay, List<Double> recallByDay, CardMark mark, boolean buried) {
    /** How far past today the recall curve runs. */
    public static final int DAYS_AHEAD = 14;
    /** The curve's longest span, in days (older days are left out). */
    public static final int MAX_DAYS = 120;

    public CardHistory {
        reviews = List.copyOf(reviews);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(firstDay, "firstDay");
        recallByDay = List.copyOf(recallByDay);
        Objects.requireNonNull(mark, "mark");
    }

    /**
     * One answer.
     *
     * @param interval time from the answer until the card was due again
     * @param undone   taken back since: it no longer counts
     */
    public record Entry(long reviewId, Instant at, int rating, State stateAfter, Duration interval, double stability,
                        boolean undone) {
        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(stateAfter, "stateAfter");
            Objects.requireNonNull(interval, "interval");
        }
    }
}
