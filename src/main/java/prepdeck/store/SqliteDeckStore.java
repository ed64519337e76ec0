package prepdeck.store;

import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import prepdeck.app.FixtureStore;
import prepdeck.app.StoreReader;
import prepdeck.app.StoreTransaction;

/**
 * One deck (and its user's history) in a SQLite database, or, with {@link Dialect#POSTGRESQL}, in a
 * PostgreSQL one: the statements differ where the dialect says so, the mapping is shared.
 */
public final class SqliteDeckStore implements OpenDeck {
    private final Jdbi writer;
    private final Jdbi reader;
    private final Dialect dialect;
    private final long deck;
    private final long user;

    SqliteDeckStore(Jdbi writer, Jdbi reader, long deck, long user) {
        this(writer, reader, Dialect.SQLITE, deck, user);
    }

    SqliteDeckStore(Jdbi writer, Jdbi reader, Dialect dialect, long deck, long user) {
        this.writer = writer;
        this.reader = reader;
        this.dialect = dialect;
        this.deck = deck;
        this.user = user;
    }

    /** The (deck, user) this store is scoped to. */
    public prepdeck.app.StoreScope scope() {
        return new prepdeck.app.StoreScope(deck, user);
    }

    @Override
    public <R> R write(Function<StoreTransaction, R> work) {
        return writer.inTransaction(handle -> {
            // SQLite's writers take the database's lock up front (BEGIN IMMEDIATE); on PostgreSQL one user's
            // writes go one at a time, so a double-clicked answer is one review and an undo undoes the latest
            if (dialect == Dialect.POSTGRESQL) {
                handle.createQuery(Sql.LOCK_USER.text(dialect)).bind("user", user).map((rs, ctx) -> 1).one();
            }
            return work.apply(new SqliteTransaction(handle, dialect, deck, user, true));
        });
    }

    /** The files attached to this deck's cards for their snippets. */
    @Override
    public FixtureStore fixtures() {
        return new SqliteFixtureStore(writer, reader, dialect, deck);
    }

    /** The user's mock interviews over this deck. */
    @Override
    public prepdeck.app.InterviewStore interviews() {
        return new SqliteInterviewStore(writer, reader, dialect, deck, user);
    }

    @Override
    public <R> R read(Function<StoreReader, R> work) {
        // PostgreSQL's default (read committed) gives each statement its own snapshot; a read of several
        // statements must see one state of the deck, as SQLite's deferred transaction does
        if (dialect == Dialect.POSTGRESQL) {
            return reader.inTransaction(TransactionIsolationLevel.REPEATABLE_READ,
                    handle -> work.apply(new SqliteTransaction(handle, dialect, deck, user, false)));
        }
        return reader.inTransaction(handle -> work.apply(new SqliteTransaction(handle, dialect, deck, user, false)));
    }
}
