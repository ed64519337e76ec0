package prepdeck.app;

/** The user named something the deck does not have ("no topic 'Docker / Volumes'"). */
public final class NotFoundException extends PrepdeckException {
    public NotFoundException(String message) {
        super(message);
    }
}
