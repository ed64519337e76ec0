package prepdeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointsTest {
    @TempDir Path temp;

    @Test
    void writerConnectionsLeaveCheckpointsToTheBackground() {
        var db = SqliteDatabase.open(temp);

        assertThat(db.writerAutocheckpoint()).isZero();
    }

    /**
     * The checkpoint runs on its own thread a moment after the last commit; the data folder may be gone by then (a
     * test's temporary folder, a user removing it). It then fails quietly and leaves no new empty database behind.
     */
    @Test
    void aCheckpointAfterTheFolderWasEmptiedCreatesNothing() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));
        var db = SqliteDatabase.open(folder);
        put(db.localDeck(), "before");
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        db.checkpoints().awaitIdle(); // the pass queued by the commit runs against the removed files
        db.checkpoints().leftOver(folder.resolve(SqliteDatabase.FILE_NAME + "-wal"));
        db.checkpoints().committed();
        db.checkpoints().awaitIdle();
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).as("what the background left in the emptied folder").isEmpty();
        }
    }

    /**
     * Without any checkpoint the log only grows; once the background pass has copied it, the next commit starts
     * it over. (Here the writers pause, so the checkpoint runs and the next commit begins after it ended.)
     * Each start-over raises the checkpoint sequence number in the log's header (bytes 12–15).
     */
    @Test
    void aCommitAfterTheBackgroundCheckpointStartsTheLogOver() throws Exception {
        var db = SqliteDatabase.open(temp);
        var deck = db.localDeck();
        put(deck, "first"); // the migrations' own commits count too: start counting afresh from here
        db.checkpoints().awaitIdle();
        int started = logSequence();
        String padding = "x".repeat(3_000);
        for (int i = 0; i < 300; i++) put(deck, i + padding);
        db.checkpoints().awaitIdle(); // the writers pause: the checkpoint runs, and the next commit begins after it

        put(deck, "after");

        assertThat(logSequence()).as("the log's checkpoint sequence number").isGreaterThan(started);
    }

    /**
     * A process that wrote and ended before its writers paused leaves a long log (here: a connection that keeps
     * it, as a killed process would, with SQLite's own checkpoints off). The next opening copies it, so the next
     * commit starts the log over.
     */
    @Test
    void aLongLogLeftByAnotherProcessIsCopiedAtOpening() throws Exception {
        SqliteDatabase.open(temp).localDeck();
        try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + temp.resolve(SqliteDatabase.FILE_NAME))) {
            try (var st = other.createStatement()) {
                st.execute("PRAGMA wal_autocheckpoint=0");
                st.execute("CREATE TABLE filler (x TEXT)");
                for (int i = 0; i < 1_500; i++) st.execute("INSERT INTO filler VALUES ('" + "y".repeat(3_000) + "')");
            }
            assertThat(Files.size(temp.resolve(SqliteDatabase.FILE_NAME + "-wal"))).isGreaterThan(Checkpoints.LEFT_OVER_BYTES);
            int before = logSequence();

            var reopened = SqliteDatabase.open(temp).localDeck();
            put(reopened, "after");

            assertThat(logSequence()).as("the log's checkpoint sequence number").isGreaterThan(before);
        }
    }

    private static void put(SqliteDeckStore deck, String value) {
        deck.write(tx -> {
            tx.putSetting("padding", value);
            return null;
        });
    }

    private int logSequence() throws Exception {
        byte[] header = new byte[32];
        try (var in = Files.newInputStream(temp.resolve(SqliteDatabase.FILE_NAME + "-wal"))) {
            assertThat(in.readNBytes(header, 0, 32)).isEqualTo(32);
        }
        return java.nio.ByteBuffer.wrap(header, 12, 4).getInt();
    }
}
