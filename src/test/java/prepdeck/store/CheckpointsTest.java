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
     * Without any checkpoint the log only grows (here to about 17 MB: 4,000 commits of a setting padded to a page
     * or more); the background checkpoints let SQLite start the log over, so it stays a fraction of that.
     */
    @Test
    void theLogStaysBoundedThroughManyCommits() throws Exception {
        var deck = SqliteDatabase.open(temp).localDeck();
        String padding = "x".repeat(3_000);

        for (int i = 0; i < 4_000; i++) {
            String value = i + padding;
            deck.write(tx -> {
                tx.putSetting("padding", value);
                return null;
            });
        }

        long wal = Files.size(temp.resolve(SqliteDatabase.FILE_NAME + "-wal"));
        // a reset is due once the log passes 1,000 frames (about 4 MB) and is tried every 250 commits
        assertThat(wal).as("WAL size after 4,000 commits").isLessThan(11L * 1024 * 1024);
    }
}
