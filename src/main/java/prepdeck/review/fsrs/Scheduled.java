package prepdeck.review.fsrs;

import java.time.Duration;
import java.time.Instant;

/**
 * The outcome of one answer: the card's next state and when it is due.
 *
 * @param state         the state after the review; its {@code lastReview} is the review time
 * @param elapsedDays   whole days since the previous review, as the model counted them (0 for a new card)
 * @param scheduledDays the interval in whole days; 0 while in same-day (re)learning steps
 */
public record Scheduled(CardState.Seen state, int elapsedDays, int scheduledDays) {
    public Scheduled {
        if (state == null) throw new InvalidReviewException("scheduled state is missing");
    }

    public Instant due() {
        return state.due();
    }

    /** Time from this review to the due time: what a grade button shows ("10m", "3d"). */
    public Duration interval() {
        return Duration.between(state.lastReview(), state.due());
    }
}
