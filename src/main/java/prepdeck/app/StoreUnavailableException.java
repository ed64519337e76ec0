package prepdeck.app;

/** The data folder cannot be used: not writable, not a folder, or held by a newer prepdeck. */
public final class StoreUnavailableException extends PrepdeckException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
