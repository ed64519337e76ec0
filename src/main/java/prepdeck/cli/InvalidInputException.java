package prepdeck.cli;

/** The user's input cannot be used; the message names the thing and the value at fault. Exit code 1. */
public class InvalidInputException extends IllegalArgumentException {
    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidInputException(String message) {
        super(message);
    }
}
