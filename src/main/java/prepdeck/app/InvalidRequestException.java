package prepdeck.app;

/** A request that can never succeed as given ("rating must be 1..4, got 7"). */
public final class InvalidRequestException extends PrepdeckException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
