package prepdeck.app;

import java.time.Instant;
import java.util.Objects;
import prepdeck.review.fsrs.State;

/** The reply to an answer, once it is durable: the same for every repeat of its idempotency key. */
public record ReviewReceipt(long reviewId, long cardId, State state, Instant due) {
    public ReviewReceipt {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
    }
}
