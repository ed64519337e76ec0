package prepdeck.review.plan;

/** A planning request that cannot be planned; the message names the card or field and the value. */
public final class InvalidPlanException extends IllegalArgumentException {
    public InvalidPlanException(String message) {
        super(message);
    }
}
