package prepdeck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import prepdeck.app.StoreUnavailableException;

/**
 * The SQLite database in a data folder: opened in WAL mode with foreign keys enforced, and brought
 * up to the newest schema by Flyway before anything else touches it.
 */
public final class SqliteDatabase implements Database {
    /** The database file's name inside the data folder. */
    public static final String FILE_NAME = "prepdeck.db";

    /** Every migration in db/sqlite; when the database has them all, Flyway need not start. */
    static final java.util.Set<String> SCHEMA_VERSIONS = java.util.Set.of("1", "2", "3", "5", "6", "7", "8", "9", "10", "11", "12", "13");

    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Jdbi writer;
    private final Jdbi reader;
    private final Checkpoints checkpoints;

    private SqliteDatabase(Path file) {
        this.file = file;
        // writes take the lock up front (BEGIN IMMEDIATE): a deferred writer that later needs the
        // lock can fail at once instead of waiting out the busy timeout
        this.checkpoints = new Checkpoints(dataSource(file, SQLiteConfig.TransactionMode.DEFERRED));
        this.writer = Jdbi.create(ConnectionPool.oneAtATime(dataSource(file, SQLiteConfig.TransactionMode.IMMEDIATE), 2,
                java.util.List.of(Checkpoints.writerPragma()), checkpoints::committed));
        // enough idle readers for a busy server: a reader past these is opened and closed for one read
        this.reader = Jdbi.create(new ConnectionPool(dataSource(file, SQLiteConfig.TransactionMode.DEFERRED), 32));
    }

    /** Opens (creating if needed) the database in {@code dataFolder} and migrates it. */
    public static SqliteDatabase open(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException | SecurityException e) {
            throw new StoreUnavailableException("cannot create data folder " + dataFolder + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dataFolder)) {
            throw new StoreUnavailableException("data folder " + dataFolder + " is not writable", null);
        }
        var database = new SqliteDatabase(dataFolder.resolve(FILE_NAME));
        database.migrate();
        database.checkpoints.leftOver(Path.of(database.file + "-wal"));
        return database;
    }

    private static SQLiteDataSource dataSource(Path file, SQLiteConfig.TransactionMode mode) {
        return dataSource(file, mode, false);
    }

    /**
     * Connections to the database file; only the migration may create it. A connection opened later (a reader, the
     * background checkpoint) to a file removed meanwhile fails instead of leaving a new empty database behind.
     */
    private static SQLiteDataSource dataSource(Path file, SQLiteConfig.TransactionMode mode, boolean mayCreate) {
        var config = new SQLiteConfig();
        if (!mayCreate) config.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // in WAL mode NORMAL loses no committed transaction when the process dies, only on power loss;
        // writes use FULL, which syncs the log at every commit: an acknowledged answer survives both
        config.setSynchronous(mode == SQLiteConfig.TransactionMode.IMMEDIATE
                ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(mode);
        var source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    private void migrate() {
        if (isCurrent()) return;
        try {
            Flyway.configure()
                    .dataSource(dataSource(file, SQLiteConfig.TransactionMode.DEFERRED, true))
                    .locations("classpath:db/sqlite")
                    // migrations are written on branches and can land out of number order: a database that
                    // has V3 before V2 arrived still gets V2, as every migration only adds
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreUnavailableException("cannot prepare the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether every migration is applied: one cheap query instead of Flyway's start-up on every run. */
    private boolean isCurrent() {
        try {
            return reader.withHandle(h -> h.createQuery(Sql.SELECT_SCHEMA_VERSION.text()).mapTo(String.class).set())
                    .containsAll(SCHEMA_VERSIONS);
        } catch (org.jdbi.v3.core.JdbiException e) {
            return false; // a new database has no history table yet
        }
    }

    /** The single-user deck: the local user's own deck, created by the first migration. */
    @Override
    public SqliteDeckStore localDeck() {
        long[] ids = reader.withHandle(h -> h.createQuery(Sql.SELECT_LOCAL_DECK.text())
                .map((rs, ctx) -> new long[] {rs.getLong("deck_id"), rs.getLong("user_id")}).one());
        return new SqliteDeckStore(writer, reader, ids[0], ids[1]);
    }

    Checkpoints checkpoints() {
        return checkpoints;
    }

    /** The writers' {@code wal_autocheckpoint} (0: checkpoints run in the background, see {@link Checkpoints}). */
    int writerAutocheckpoint() {
        return writer.withHandle(h -> h.createQuery("PRAGMA wal_autocheckpoint").mapTo(Integer.class).one());
    }

    /**
     * Any deck as any user sees it: the deck's notes, the user's reviews, settings and interviews. Who may
     * see the deck is not the store's to decide; the caller has checked.
     *
     * @throws prepdeck.app.NotFoundException when there is no such deck
     */
    @Override
    public SqliteDeckStore deck(long deckId, long userId) {
        if (deckInfo(deckId).isEmpty()) throw new prepdeck.app.NotFoundException("no deck " + deckId);
        return new SqliteDeckStore(writer, reader, deckId, userId);
    }

    /** A deck's name and owner, to tell a user's role on it. */
    @Override
    public java.util.Optional<prepdeck.app.DeckInfo> deckInfo(long deckId) {
        return reader.withHandle(h -> h.createQuery(Sql.SELECT_DECK.text()).bind("deck", deckId)
                .map((rs, ctx) -> new prepdeck.app.DeckInfo(rs.getLong("id"), rs.getString("name"), rs.getLong("owner_id"))).findOne());
    }

    /** One write transaction that jobs of different (deck, user) scopes share (group commit across users). */
    @Override
    public <R> R write(java.util.function.Function<Scopes, R> work) {
        return writer.inTransaction(handle -> work.apply(scope -> new SqliteTransaction(handle, Dialect.SQLITE, scope.deckId(), scope.userId(), true)));
    }

    @Override
    public SqlitePairedDevices pairedDevices() {
        return new SqlitePairedDevices(writer, reader);
    }

    /** Server mode's accounts, sessions and invitations, over the same database. */
    @Override
    public SqliteAccountStore accounts() {
        return new SqliteAccountStore(writer, reader);
    }

    public Path file() {
        return file;
    }
}
