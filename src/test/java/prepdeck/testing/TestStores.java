package prepdeck.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import prepdeck.store.OpenDeck;
import prepdeck.store.PostgresDatabase;
import prepdeck.store.SqliteDatabase;

/**
 * Opens the local deck of a new, empty store of either kind for one test, and closes (and, for PostgreSQL,
 * drops) it after the test. Register with {@code @RegisterExtension final TestStores stores = new TestStores();}.
 */
public final class TestStores implements AfterEachCallback {
    private final List<Runnable> cleanUp = new ArrayList<>();
    private String lastPostgresUrl;

    /** The URL of the PostgreSQL database {@link #openPostgres} made last, to look under the store. */
    public String lastPostgresUrl() {
        return lastPostgresUrl;
    }

    /** The local deck of a new database: a SQLite file in {@code folder}, or a fresh PostgreSQL database. */
    public OpenDeck open(StoreKind kind, Path folder) {
        return switch (kind) {
            case SQLITE -> SqliteDatabase.open(folder).localDeck();
            case POSTGRESQL -> openPostgres().localDeck();
        };
    }

    /**
     * The migrations run once per JVM, into a template database; each test's database is a copy of it,
     * which costs a file copy instead of a schema's worth of statements.
     */
    private static final class Migrated {
        static final String TEMPLATE = migrate();

        private static String migrate() {
            String url = TestPostgres.freshDatabase();
            PostgresDatabase.open(url).close();
            // a server named by PREPDECK_TEST_PG outlives the tests: leave nothing on it (a throwaway cluster may be gone first)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    TestPostgres.drop(url);
                } catch (RuntimeException e) {
                    // the server stopped before us
                }
            }));
            return url;
        }
    }

    /** The local deck of one new database as {@code count} app instances see it (each with its own connections). */
    public List<OpenDeck> openShared(StoreKind kind, Path folder, int count) {
        var out = new ArrayList<OpenDeck>();
        if (kind == StoreKind.SQLITE) {
            for (int i = 0; i < count; i++) out.add(SqliteDatabase.open(folder).localDeck());
            return out;
        }
        String url = TestPostgres.copyOf(Migrated.TEMPLATE);
        cleanUp.add(() -> TestPostgres.drop(url));
        for (int i = 0; i < count; i++) out.add(closeAfter(PostgresDatabase.open(url)).localDeck());
        return out;
    }

    /** A new, migrated PostgreSQL database, closed and dropped after the test. */
    public PostgresDatabase openPostgres() {
        TestPostgres.server(); // skips or fails here, with the reason, when there is no PostgreSQL
        String url = TestPostgres.copyOf(Migrated.TEMPLATE);
        lastPostgresUrl = url;
        cleanUp.add(() -> TestPostgres.drop(url));
        var db = PostgresDatabase.open(url);
        cleanUp.add(db::close);
        return db;
    }

    /** A new, empty PostgreSQL database (not migrated), dropped after the test: its {@code postgresql://} URL. */
    public String emptyPostgres() {
        String url = TestPostgres.freshDatabase();
        cleanUp.add(() -> TestPostgres.drop(url));
        return url;
    }

    /** Closes a database this test opened itself once the test ends. */
    public <T extends AutoCloseable> T closeAfter(T resource) {
        cleanUp.add(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return resource;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (int i = cleanUp.size() - 1; i >= 0; i--) cleanUp.get(i).run();
        cleanUp.clear();
    }
}
