package prepdeck.store;

import java.util.Optional;
import prepdeck.app.DeckInfo;

/** An open database, SQLite or PostgreSQL: what the composition root builds workspaces on. */
public sealed interface Database extends prepdeck.app.ScopedWrites permits SqliteDatabase, PostgresDatabase {
    /** The single-user deck: the local user's own deck, created by the first migration. */
    SqliteDeckStore localDeck();

    /**
     * Any deck as any user sees it; who may see it is the caller's to check.
     *
     * @throws prepdeck.app.NotFoundException when there is no such deck
     */
    SqliteDeckStore deck(long deckId, long userId);

    /** A deck's name and owner, to tell a user's role on it. */
    Optional<DeckInfo> deckInfo(long deckId);

    /** Server mode's accounts, sessions and invitations, over the same database. */
    SqliteAccountStore accounts();

    /** The devices paired with {@code serve --lan}, over the same database. */
    SqlitePairedDevices pairedDevices();
}
