package prepdeck.app;

import java.time.Instant;
import java.util.Objects;

/** An answer given earlier, e.g. in another app, to be added to the log as if given then. */
public record PastReview(long cardId, Instant at, int rating, long durationMs, String idempotencyKey) {
    public PastReview {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
