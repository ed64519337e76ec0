package prepdeck.app;

import java.util.Objects;
import prepdeck.review.fsrs.State;

/** An answer taken back: the card is in {@code restored} again, as before that answer. */
public record UndoReceipt(long reviewId, long cardId, State restored) {
    public UndoReceipt {
        Objects.requireNonNull(restored, "restored");
    }
}
