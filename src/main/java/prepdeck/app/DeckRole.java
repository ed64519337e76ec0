package prepdeck.app;

/**
 * What a user may do with a deck. The owner imports and updates its notes (and its snippets' fixtures);
 * a learner reads it and owns only what they do with it: reviews, interview date, mock interviews.
 */
public enum DeckRole {
    OWNER,
    LEARNER;

    /** Whether this role may change the deck's notes: import, re-import, fixtures. */
    public boolean mayEditNotes() {
        return this == OWNER;
    }
}
