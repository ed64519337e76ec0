package prepdeck.app;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One stored answer of the review log, and whether it was undone since. */
public record ReviewRow(long id, long cardId, Instant reviewedAt, int rating, long durationMs,
                        Optional<CardStateRow> before, CardStateRow after, String idempotencyKey, boolean undone) {
    public ReviewRow {
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
