package prepdeck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import prepdeck.app.CardWrite;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.TopicPath;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.StoreUnavailableException;

class SqliteDatabaseTest {
    @TempDir Path temp;

    @Test
    void everySqlStatementIsFoundAndLoaded() {
        for (Sql s : Sql.values()) {
            // a statement may exist for one database only (PostgreSQL's locks), never for none
            assertThat(s.has(Dialect.SQLITE) || s.has(Dialect.POSTGRESQL)).as(s.name()).isTrue();
            for (Dialect d : Dialect.values()) if (s.has(d)) assertThat(s.text(d)).as(s.name() + " " + d).isNotBlank();
        }
    }

    @Test
    void theSchemaVersionsConstantNamesEveryMigration() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/sqlite"))) {
            var versions = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .collect(java.util.stream.Collectors.toSet());
            assertThat(SqliteDatabase.SCHEMA_VERSIONS).isEqualTo(versions);
        }
    }

    @Test
    void theFirstMigrationCreatesTheLocalUserAndTheirDeck() {
        var db = SqliteDatabase.open(temp);

        assertThat(db.file()).exists();
        assertThat(db.localDeck().read(r -> r.stats()).sources()).isZero();
    }

    @Test
    void openingTwiceMigratesOnceAndKeepsTheData() throws Exception {
        SqliteDatabase.open(temp);
        SqliteDatabase.open(temp);

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve(SqliteDatabase.FILE_NAME));
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM decks")) {
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void theDatabaseRunsInWalModeWithForeignKeysEnforced() throws Exception {
        SqliteDatabase.open(temp);

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve(SqliteDatabase.FILE_NAME));
             var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
        // the store's own connections refuse a card of a source that does not exist
        var deck = SqliteDatabase.open(temp).localDeck();
        var card = new NoteCard("q", "a", CardKind.QUESTION, TopicPath.ROOT, 1, Language.EN, CardStatus.ANSWERED,
                OptionalInt.empty(), List.of(), List.of());
        assertThatThrownBy(() -> deck.write(tx -> tx.saveCards(999, List.of(new CardWrite(Optional.empty(), "x", card, Optional.empty())), Instant.EPOCH)))
                .hasMessageContaining("FOREIGN KEY");
    }

    @Test
    void reviewsCannotBeRewrittenOrRemoved() throws Exception {
        SqliteDatabase.open(temp);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve(SqliteDatabase.FILE_NAME));
             var s = c.createStatement()) {
            s.execute("INSERT INTO sources (id, deck_id, path, root, format, language, content_hash, parser_version, imported_at) "
                    + "VALUES (1, 1, 'a.md', '/notes', 'markdown', 'en', 'h', '1', '2025-01-01T00:00:00.000Z')");
            s.execute("INSERT INTO cards (id, deck_id, identity, source_id, kind, prompt, answer, language, line, status, position, created_at, updated_at) "
                    + "VALUES (1, 1, 'a.md\nq', 1, 'question', 'q', 'a', 'en', 1, 'answered', 0, 't', 't')");
            s.execute("INSERT INTO reviews (user_id, card_id, reviewed_at, rating, duration_ms, state_after, idempotency_key) "
                    + "VALUES (1, 1, '2025-01-01T00:00:00.000Z', 3, 1200, '{}', 'k1')");

            assertThatThrownBy(() -> s.execute("UPDATE reviews SET rating = 4")).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("DELETE FROM reviews")).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("INSERT INTO reviews (user_id, card_id, reviewed_at, rating, duration_ms, state_after, idempotency_key) "
                    + "VALUES (1, 1, '2025-01-01T00:00:01.000Z', 3, 900, '{}', 'k1')")).isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE");
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsReportedByName() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> SqliteDatabase.open(file.resolve("data")))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("not-a-folder");
    }
}
