package prepdeck.store;

import prepdeck.app.DeckStore;
import prepdeck.app.FixtureStore;
import prepdeck.app.InterviewStore;

/** One deck and its user's history in an open database, SQLite or PostgreSQL: what the composition root wires. */
public interface OpenDeck extends DeckStore {
    /** The files attached to this deck's cards for their snippets. */
    FixtureStore fixtures();

    /** The user's mock interviews over this deck. */
    InterviewStore interviews();
}
