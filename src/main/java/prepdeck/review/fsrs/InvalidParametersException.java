package prepdeck.review.fsrs;

/** Model parameters or scheduler settings out of range: wrong count, not finite, a bad step. */
public final class InvalidParametersException extends FsrsException {
    InvalidParametersException(String message) {
        super(message);
    }
}
