package prepdeck.app;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewed card's scheduling state as the store keeps it, in plain fields so the store needs no
 * scheduler types. {@code state} is Learning, Review or Relearning.
 */
public record CardStateRow(long cardId, String state, double stability, double difficulty, int step, int reps,
                           Instant lastReview, Instant due) {
    public CardStateRow {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastReview, "lastReview");
        Objects.requireNonNull(due, "due");
    }
}
