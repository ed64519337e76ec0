package prepdeck.app;

import java.time.Instant;
import java.util.Objects;

/** One answer of the review log that was not undone: what the optimizer fits on (and an Anki export's revlog). */
public record LoggedAnswer(long cardId, Instant at, int rating, long durationMs) {
    public LoggedAnswer {
        Objects.requireNonNull(at, "at");
    }

    public LoggedAnswer(long cardId, Instant at, int rating) {
        this(cardId, at, rating, 0);
    }
}
