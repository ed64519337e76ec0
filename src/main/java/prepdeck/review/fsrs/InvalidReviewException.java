package prepdeck.review.fsrs;

/** A review that cannot be applied: an unknown rating, or a review earlier than the last one. */
public final class InvalidReviewException extends FsrsException {
    InvalidReviewException(String message) {
        super(message);
    }
}
