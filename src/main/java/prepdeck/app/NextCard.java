package prepdeck.app;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import prepdeck.review.ReviewQueue;
import prepdeck.review.fsrs.Rating;
import prepdeck.review.fsrs.State;

/**
 * The card to review now, with what each grade would do to it.
 *
 * @param intervals time until the card comes back after each grade, for the grade buttons
 * @param due       cards due now in the same selection, this one included when it is due
 * @param newToday  new cards introduced today (all topics)
 */
public record NextCard(CardView card, State state, ReviewQueue.Reason reason, Map<Rating, Duration> intervals, int due,
                       int newToday, int newPerDay) {
    public NextCard {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        intervals = Map.copyOf(intervals);
    }
}
