package prepdeck.review.fsrs;

/**
 * What FSRS knows about one memory.
 *
 * @param stability  days until recall probability falls to 90%, in [0.001, 36500]
 * @param difficulty how hard the card is for this learner, in [1, 10]
 */
public record MemoryState(double stability, double difficulty) {
    public MemoryState {
        if (!(stability >= Model.S_MIN && stability <= Model.S_MAX)) {
            throw new InvalidReviewException("stability must be in [0.001, 36500], got " + stability);
        }
        if (!(difficulty >= 1 && difficulty <= 10)) {
            throw new InvalidReviewException("difficulty must be in [1, 10], got " + difficulty);
        }
    }
}
