package prepdeck.app;

/** The user gave a value the use case cannot take ("fixture name must be a plain file name: '../x'"). */
public final class InvalidInputException extends PrepdeckException {
    public InvalidInputException(String message) {
        super(message);
    }
}
