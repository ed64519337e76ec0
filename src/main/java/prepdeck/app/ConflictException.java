package prepdeck.app;

/** A request at odds with what the deck holds now ("card 12 is a gap: …", "nothing to undo"). */
public final class ConflictException extends PrepdeckException {
    public ConflictException(String message) {
        super(message);
    }
}
