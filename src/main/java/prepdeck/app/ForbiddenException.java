package prepdeck.app;

/** The user may not do this to this thing ("only the deck's owner imports notes into deck 'python'"). */
public final class ForbiddenException extends PrepdeckException {
    public ForbiddenException(String message) {
        super(message);
    }
}
