package prepdeck.app;

/** The user gave a value prepdeck cannot take ("fixture name must be a plain file name: '../x'"); exit code 1. */
public final class InvalidInputException extends PrepdeckException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
