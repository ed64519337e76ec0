package prepdeck.store;

import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import prepdeck.app.DeckStore;
import prepdeck.app.FixtureStore;
import prepdeck.app.StoreReader;
import prepdeck.app.StoreTransaction;

/** One deck (and its user's history) in a SQLite database. */
public final class SqliteDeckStore implements DeckStore {
    private final Jdbi writer;
    private final Jdbi reader;
    private final long deck;
    private final long user;

    SqliteDeckStore(Jdbi writer, Jdbi reader, long deck, long user) {
        this.writer = writer;
        this.reader = reader;
        this.deck = deck;
        this.user = user;
    }

    /** The (deck, user) this store is scoped to. */
    public prepdeck.app.StoreScope scope() {
        return new prepdeck.app.StoreScope(deck, user);
    }

    @Override
    public <R> R write(Function<StoreTransaction, R> work) {
        return writer.inTransaction(handle -> work.apply(new SqliteTransaction(handle, deck, user)));
    }

    /** The files attached to this deck's cards for their snippets. */
    public FixtureStore fixtures() {
        return new SqliteFixtureStore(writer, reader, deck);
    }

    /** The user's mock interviews over this deck. */
    public prepdeck.app.InterviewStore interviews() {
        return new SqliteInterviewStore(writer, reader, deck, user);
    }

    @Override
    public <R> R read(Function<StoreReader, R> work) {
        return reader.inTransaction(handle -> work.apply(new SqliteTransaction(handle, deck, user)));
    }
}
