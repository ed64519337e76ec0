package prepdeck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.CardQuery;
import prepdeck.app.CardRow;
import prepdeck.app.DeckStore;
import prepdeck.app.ImportNotes;
import prepdeck.app.ImportProgress;
import prepdeck.app.StoreUnavailableException;
import prepdeck.ingest.NoteReader;
import prepdeck.testing.TestPostgres;
import prepdeck.testing.TestStores;

/** What only PostgreSQL has to prove: its migrations, its triggers, several writers at once, and its URLs. */
class PostgresDatabaseTest {
    static final Path SEEDS = Path.of("..", "shared", "seeds");

    @RegisterExtension final TestStores stores = new TestStores();
    @TempDir Path temp;

    @Test
    void theSchemaVersionsConstantNamesEveryMigrationAndTheyMatchSqlites() throws Exception {
        assertThat(PostgresDatabase.SCHEMA_VERSIONS).isEqualTo(versionsIn("src/main/resources/db/postgresql"))
                .isEqualTo(versionsIn("src/main/resources/db/sqlite"));
    }

    private static java.util.Set<String> versionsIn(String folder) throws Exception {
        try (var files = Files.list(Path.of(folder))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).collect(Collectors.toSet());
        }
    }

    @Test
    void migrationsRunOnAnEmptyDatabaseAndASecondOpenChangesNothing() throws Exception {
        String url = stores.emptyPostgres();
        try (var db = PostgresDatabase.open(url)) {
            assertThat(db.localDeck().read(r -> r.stats()).sources()).isZero();
        }
        try (var db = PostgresDatabase.open(url)) {
            assertThat(db.localDeck().read(r -> r.stats()).cards()).isZero();
        }
        try (var c = TestPostgres.server().connect(url.substring(url.lastIndexOf('/') + 1)); var s = c.createStatement()) {
            var rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE success) FROM flyway_schema_history WHERE version IS NOT NULL");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(PostgresDatabase.SCHEMA_VERSIONS.size());
            assertThat(rs.getInt(2)).isEqualTo(PostgresDatabase.SCHEMA_VERSIONS.size());
            rs = s.executeQuery("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM decks)");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getInt(2)).isEqualTo(1);
            // the seed rows' explicit ids moved the sequences: the next user is 2, not a clash with the local user
            rs = s.executeQuery("INSERT INTO users (name, created_at) VALUES ('second', 't') RETURNING id");
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(2);
        }
    }

    @Test
    void reviewsAndUndosCannotBeRewrittenOrRemoved() throws Exception {
        String url = stores.emptyPostgres();
        stores.closeAfter(PostgresDatabase.open(url));
        try (var c = TestPostgres.server().connect(url.substring(url.lastIndexOf('/') + 1)); var s = c.createStatement()) {
            s.execute("INSERT INTO sources (id, deck_id, path, root, format, language, content_hash, parser_version, imported_at) "
                    + "VALUES (1, 1, 'a.md', '/notes', 'markdown', 'en', 'h', '1', '2025-01-01T00:00:00.000Z')");
            s.execute("INSERT INTO cards (id, deck_id, identity, source_id, kind, prompt, answer, language, line, status, position, created_at, updated_at) "
                    + "VALUES (1, 1, 'a.md q', 1, 'question', 'q', 'a', 'en', 1, 'answered', 0, 't', 't')");
            s.execute("INSERT INTO reviews (id, user_id, card_id, reviewed_at, rating, duration_ms, state_after, idempotency_key) "
                    + "VALUES (1, 1, 1, '2025-01-01T00:00:00.000Z', 3, 1200, '{}', 'k1')");
            s.execute("INSERT INTO review_undos (user_id, review_id, undone_at) VALUES (1, 1, '2025-01-01T00:00:01.000Z')");

            for (String sql : List.of("UPDATE reviews SET rating = 4", "DELETE FROM reviews", "TRUNCATE reviews CASCADE")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class).hasMessageContaining("reviews are append-only");
            }
            for (String sql : List.of("UPDATE review_undos SET undone_at = 'x'", "DELETE FROM review_undos")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class).hasMessageContaining("review undos are append-only");
            }
            assertThatThrownBy(() -> s.execute("INSERT INTO reviews (user_id, card_id, reviewed_at, rating, duration_ms, state_after, idempotency_key) "
                    + "VALUES (1, 1, '2025-01-01T00:00:01.000Z', 3, 900, '{}', 'k1')")).isInstanceOf(SQLException.class).hasMessageContaining("unique");
            var rs = s.executeQuery("SELECT rating FROM reviews");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
        }
    }

    @Test
    void concurrentImportsIntoOneDeckFromSeveralInstancesKeepCardIdsWhole() throws Exception {
        // several app instances on one database, each importing at once: the seeds, and two small folders of their own
        Path small = Files.createDirectories(temp.resolve("small"));
        Files.writeString(small.resolve("extra.md"), "# Extra\n\n## What is an index?\n\nA structure that finds rows without a scan.\n");
        Path other = Files.createDirectories(temp.resolve("other"));
        Files.writeString(other.resolve("more.md"), "# More\n\n## What is a lock?\n\nA way to take turns.\n");
        List<Path> folders = List.of(SEEDS, SEEDS, small, other, SEEDS, other);

        String url = stores.emptyPostgres();
        stores.closeAfter(PostgresDatabase.open(url)); // migrate once, as a deployment would before starting instances
        // a second deck (user 2's), imported into at the same time: card ids are unique across decks
        try (var c = TestPostgres.server().connect(url.substring(url.lastIndexOf('/') + 1)); var s = c.createStatement()) {
            s.execute("INSERT INTO users (id, name, created_at) VALUES (2, 'teacher', 't'), (3, 'assistant', 't')");
            s.execute("INSERT INTO decks (id, owner_id, name, created_at) VALUES (2, 2, 'course', 't')");
        }
        var decks = new ArrayList<DeckStore>();
        for (int i = 0; i < folders.size(); i++) decks.add(stores.closeAfter(PostgresDatabase.open(url)).localDeck());
        // and another user writing deck 1 (users do not wait for each other; the deck's import lock orders them)
        decks.set(1, stores.closeAfter(PostgresDatabase.open(url)).deck(1, 3));
        var course = stores.closeAfter(PostgresDatabase.open(url)).deck(2, 2);
        folders = new ArrayList<>(folders);
        folders.add(SEEDS);
        decks.add(course);

        var pool = Executors.newFixedThreadPool(folders.size());
        var start = new CyclicBarrier(folders.size());
        try {
            var runs = new ArrayList<Future<?>>();
            for (int i = 0; i < folders.size(); i++) {
                DeckStore deck = decks.get(i);
                Path folder = folders.get(i);
                runs.add(pool.submit((Callable<Object>) () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return new ImportNotes(deck, new NoteReader(), Clock.systemUTC(), NoteReader.VERSION)
                            .run(List.of(folder), ImportProgress.NONE);
                }));
            }
            for (var run : runs) run.get(120, TimeUnit.SECONDS); // none fails
        } finally {
            pool.shutdownNow();
        }

        // the same notes imported one after the other into SQLite give the same cards
        var sqlite = SqliteDatabase.open(temp.resolve("sqlite")).localDeck();
        for (Path folder : List.of(SEEDS, small, other)) {
            new ImportNotes(sqlite, new NoteReader(), Clock.systemUTC(), NoteReader.VERSION).run(List.of(folder), ImportProgress.NONE);
        }
        List<CardRow> expected = sqlite.read(r -> r.cards(new CardQuery(java.util.Optional.empty(), java.util.Optional.empty(), true)));
        List<CardRow> cards = decks.getFirst().read(r -> r.cards(new CardQuery(java.util.Optional.empty(), java.util.Optional.empty(), true)));
        List<CardRow> courseCards = course.read(r -> r.cards(new CardQuery(java.util.Optional.empty(), java.util.Optional.empty(), true)));
        assertThat(courseCards).hasSize(sqliteSeedCards(temp));
        var all = new ArrayList<>(cards);
        all.addAll(courseCards);
        assertThat(all.stream().map(CardRow::id).collect(Collectors.toSet())).as("card ids across decks").hasSize(all.size());

        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(cards).hasSameSizeAs(expected);
        assertThat(cards.stream().map(CardRow::id).collect(Collectors.toSet())).hasSize(cards.size());
        assertThat(cards.stream().map(c -> c.source() + "|" + c.prompt() + "|" + c.status()).collect(Collectors.toSet()))
                .isEqualTo(expected.stream().map(c -> c.source() + "|" + c.prompt() + "|" + c.status()).collect(Collectors.toSet()));
        // every follow-up points at a card of the deck
        var ids = new HashSet<>(cards.stream().map(CardRow::id).toList());
        assertThat(cards.stream().flatMap(c -> c.parent().stream()).toList()).allMatch(ids::contains);
        prepdeck.app.Stats stats = decks.getFirst().read(r -> r.stats());
        assertThat(stats).isEqualTo(sqlite.read(r -> r.stats()));
    }

    private static int sqliteSeedCards(Path temp) {
        var seedsOnly = SqliteDatabase.open(temp.resolve("sqlite-seeds")).localDeck();
        new ImportNotes(seedsOnly, new NoteReader(), Clock.systemUTC(), NoteReader.VERSION).run(List.of(SEEDS), ImportProgress.NONE);
        return seedsOnly.read(r -> r.cards(new CardQuery(java.util.Optional.empty(), java.util.Optional.empty(), true))).size();
    }

    @Test
    void aServerThatCannotBeReachedIsNamedWithoutItsPassword() {
        assertThatThrownBy(() -> PostgresDatabase.open("postgresql://learner:s3cret-pw@127.0.0.1:1/coursedb"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("coursedb").hasMessageContaining("127.0.0.1:1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret-pw"));
    }

    @Test
    void aDatabaseThatDoesNotExistIsNamed() {
        var server = TestPostgres.server();
        assertThatThrownBy(() -> PostgresDatabase.open(server.url("no_such_prepdeck_db")))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("no_such_prepdeck_db");
    }

    @Test
    void urlsAreReadInBothForms() {
        var t = PostgresDatabase.Target.parse("postgresql://ann:p%40ss@db.example:5433/prep?sslmode=disable");
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/prep?sslmode=disable");
        assertThat(t.user()).isEqualTo("ann");
        assertThat(t.password()).isEqualTo("p@ss");
        assertThat(t.describe()).isEqualTo("'prep' on db.example:5433").doesNotContain("p@ss");

        assertThat(PostgresDatabase.Target.parse("jdbc:postgresql://h/prep").jdbcUrl()).isEqualTo("jdbc:postgresql://h/prep");
        assertThat(PostgresDatabase.Target.parse("postgresql://h/prep").user()).isNull();
        assertThatThrownBy(() -> PostgresDatabase.Target.parse("mysql://u:topsecret@h/db"))
                .isInstanceOf(StoreUnavailableException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("topsecret"));
    }
}
