package prepdeck.review.fsrs;

/** A value the FSRS scheduler cannot work with; the message names it. */
public sealed class FsrsException extends IllegalArgumentException
        permits InvalidParametersException, InvalidReviewException {
    FsrsException(String message) {
        super(message);
    }
}
