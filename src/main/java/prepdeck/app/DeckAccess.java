package prepdeck.app;

import java.util.Objects;

/**
 * What a principal may do to a deck's notes, checked by the use cases that change them (import, Anki import,
 * fixtures) so that no adapter can forget: a learner reads the deck and owns only their own progress.
 */
public record DeckAccess(String deckName, DeckRole role) {
    /** Full access: single-user mode, and the deck's owner. */
    public static final DeckAccess OWNER = new DeckAccess("notes", DeckRole.OWNER);

    public DeckAccess {
        Objects.requireNonNull(deckName);
        Objects.requireNonNull(role);
    }

    /**
     * @param doing what was refused, as "import notes"
     * @throws ForbiddenException unless the role may change the deck's notes
     */
    public void requireEditing(String doing) {
        if (!role.mayEditNotes()) {
            throw new ForbiddenException("only the owner of deck '" + deckName + "' may " + doing + "; you learn from it");
        }
    }
}
