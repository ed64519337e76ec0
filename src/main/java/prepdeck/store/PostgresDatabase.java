package prepdeck.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import prepdeck.app.StoreUnavailableException;

/**
 * A PostgreSQL database (server mode): a pool of connections, brought up to the newest schema in
 * db/postgresql by Flyway when opened. The schema and the statements mirror SQLite's (see {@link Dialect}).
 */
public final class PostgresDatabase implements Database, AutoCloseable {
    /** Every migration in db/postgresql: the same numbers as db/sqlite's. */
    static final Set<String> SCHEMA_VERSIONS = Set.of("1", "2", "3", "5", "6", "7", "8", "9", "10", "11", "12", "13");

    private static final int POOL_SIZE = 10;

    private final Target target;
    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private PostgresDatabase(Target target, HikariDataSource pool) {
        this.target = target;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /**
     * Opens the database at {@code url} and migrates it. The URL is {@code postgresql://user:password@host:port/db?…}
     * (as {@code --db} takes it) or a JDBC URL ({@code jdbc:postgresql://…}).
     */
    public static PostgresDatabase open(String url) {
        Target target = Target.parse(url);
        var config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        if (target.user() != null) config.setUsername(target.user());
        if (target.password() != null) config.setPassword(target.password());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("prepdeck-" + target.database());
        // one failed attempt is enough to tell the user; the pool's own retries would only delay the message
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new StoreUnavailableException("cannot connect to PostgreSQL database " + target.describe() + ": " + rootMessage(e), e);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot connect to PostgreSQL database " + target.describe() + ": " + e.getMessage(), e);
        }
        var database = new PostgresDatabase(target, pool);
        try {
            database.migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return database;
    }

    private void migrate() {
        if (isCurrent()) return;
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/postgresql")
                    .outOfOrder(true) // as SQLite's: migrations land out of number order, each only adds
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreUnavailableException("cannot prepare the PostgreSQL database " + target.describe() + ": " + e.getMessage(), e);
        }
    }

    private boolean isCurrent() {
        try {
            return jdbi.withHandle(h -> h.createQuery(Sql.SELECT_SCHEMA_VERSION.text(Dialect.POSTGRESQL)).mapTo(String.class).set())
                    .containsAll(SCHEMA_VERSIONS);
        } catch (JdbiException e) {
            return false; // a new database has no history table yet
        }
    }

    @Override
    public SqliteDeckStore localDeck() {
        long[] ids = jdbi.withHandle(h -> h.createQuery(Sql.SELECT_LOCAL_DECK.text(Dialect.POSTGRESQL))
                .map((rs, ctx) -> new long[] {rs.getLong("deck_id"), rs.getLong("user_id")}).one());
        return store(ids[0], ids[1]);
    }

    @Override
    public SqliteDeckStore deck(long deckId, long userId) {
        if (deckInfo(deckId).isEmpty()) throw new prepdeck.app.NotFoundException("no deck " + deckId);
        return store(deckId, userId);
    }

    private SqliteDeckStore store(long deckId, long userId) {
        return new SqliteDeckStore(jdbi, jdbi, Dialect.POSTGRESQL, deckId, userId);
    }

    @Override
    public java.util.Optional<prepdeck.app.DeckInfo> deckInfo(long deckId) {
        return jdbi.withHandle(h -> h.createQuery(Sql.SELECT_DECK.text(Dialect.POSTGRESQL)).bind("deck", deckId)
                .map((rs, ctx) -> new prepdeck.app.DeckInfo(rs.getLong("id"), rs.getString("name"), rs.getLong("owner_id"))).findOne());
    }

    @Override
    public SqlitePairedDevices pairedDevices() {
        return new SqlitePairedDevices(jdbi, jdbi);
    }

    /**
     * One write transaction shared by jobs of several (deck, user) scopes (group commit). Each scope takes its
     * user's lock when first used, as {@link SqliteDeckStore#write} does; two such transactions in two instances
     * that meet the same users in opposite orders can deadlock, and PostgreSQL then fails one of them.
     */
    @Override
    public <R> R write(java.util.function.Function<Scopes, R> work) {
        return jdbi.inTransaction(handle -> {
            var locked = new java.util.HashSet<Long>();
            return work.apply(scope -> {
                if (locked.add(scope.userId())) {
                    handle.createQuery(Sql.LOCK_USER.text(Dialect.POSTGRESQL)).bind("user", scope.userId()).map((rs, ctx) -> 1).one();
                }
                return new SqliteTransaction(handle, Dialect.POSTGRESQL, scope.deckId(), scope.userId(), true);
            });
        });
    }

    @Override
    public SqliteAccountStore accounts() {
        return new SqliteAccountStore(jdbi, jdbi, Dialect.POSTGRESQL);
    }

    /** Host, port and database, for messages (never the password). */
    public String describe() {
        return target.describe();
    }

    /** Closes the pool; stores taken from this database stop working. */
    @Override
    public void close() {
        pool.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        if (t instanceof SQLException && t.getMessage() != null) return t.getMessage();
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    /** Where to connect: the JDBC URL without credentials, and the credentials apart. */
    record Target(String jdbcUrl, String host, String database, String user, String password) {
        static Target parse(String url) {
            if (url == null || url.isBlank()) throw new StoreUnavailableException("no PostgreSQL URL given", null);
            String rest;
            if (url.startsWith("postgresql://") || url.startsWith("postgres://")) rest = url.substring(url.indexOf("://") + 3);
            else if (url.startsWith("jdbc:postgresql://")) rest = url.substring("jdbc:postgresql://".length());
            else if (url.startsWith("jdbc:postgresql:")) {
                // jdbc:postgresql:database (localhost:5432): handed to the driver as it is
                String db = url.substring("jdbc:postgresql:".length()).split("[?]", 2)[0];
                return new Target(url, "localhost", db, null, null);
            } else {
                throw new StoreUnavailableException("not a PostgreSQL URL (expected postgresql://user:password@host:port/database): "
                        + redact(url), null);
            }
            String user = null;
            String password = null;
            int at = rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
            if (at >= 0) {
                String info = rest.substring(0, at);
                rest = rest.substring(at + 1);
                int colon = info.indexOf(':');
                user = decode(colon < 0 ? info : info.substring(0, colon));
                password = colon < 0 ? null : decode(info.substring(colon + 1));
            }
            String hostPort = rest;
            String pathAndQuery = "";
            int slash = rest.indexOf('/');
            if (slash >= 0) {
                hostPort = rest.substring(0, slash);
                pathAndQuery = rest.substring(slash + 1);
            }
            String database = pathAndQuery.split("[?]", 2)[0];
            if (hostPort.isEmpty()) hostPort = "localhost";
            if (database.isEmpty()) database = user != null ? user : "postgres";
            String query = pathAndQuery.contains("?") ? "?" + pathAndQuery.split("[?]", 2)[1] : "";
            try {
                new URI("postgresql://" + hostPort + "/"); // refuses a malformed host or port
            } catch (URISyntaxException e) {
                throw new StoreUnavailableException("not a PostgreSQL URL: bad host or port '" + hostPort + "'", e);
            }
            return new Target("jdbc:postgresql://" + hostPort + "/" + database + query, hostPort, decode(database), user, password);
        }

        String describe() {
            return "'" + database + "' on " + host;
        }

        private static String decode(String s) {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        /** The URL with any password left out, for a message. */
        static String redact(String url) {
            return url.replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@");
        }
    }
}
