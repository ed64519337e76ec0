package prepdeck.app;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One answer to append to the review log; {@code before} is empty for a new card. */
public record ReviewWrite(long cardId, Instant reviewedAt, int rating, long durationMs, Optional<CardStateRow> before,
                          CardStateRow after, String idempotencyKey) {
    public ReviewWrite {
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
