package prepdeck.app;

/**
 * A failure whose cause lies in what the user gave, with a message that names the thing and the value.
 * Anything else that escapes a use case is an internal error.
 */
public abstract sealed class PrepdeckException extends RuntimeException permits NotFoundException, StoreUnavailableException,
        InvalidInputException, ConflictException, ForbiddenException, SearchIndexBuildingException {
    protected PrepdeckException(String message) {
        super(message);
    }

    protected PrepdeckException(String message, Throwable cause) {
        super(message, cause);
    }
}
