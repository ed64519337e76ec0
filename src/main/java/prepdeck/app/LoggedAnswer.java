package prepdeck.app;

import java.time.Instant;
import java.util.Objects;

/** One answer of the review log that was not undone: what the optimizer fits on. */
public record LoggedAnswer(long cardId, Instant at, int rating) {
    public LoggedAnswer {
        Objects.requireNonNull(at, "at");
    }
}
