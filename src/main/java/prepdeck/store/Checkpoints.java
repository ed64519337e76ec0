package prepdeck.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Moves SQLite's WAL checkpoints off the commit path. Left to itself, SQLite checkpoints inside whichever
 * commit pushes the log past 1,000 pages: that commit copies the log into the database file and syncs it,
 * and every answer waiting on that group commit waits too — the tail of an answer's latency. Writer
 * connections therefore run with {@code wal_autocheckpoint=0}, and after every {@link #COMMITS_PER_CHECKPOINT}
 * commits a PASSIVE checkpoint runs on a connection of its own, on a background thread: writers go on
 * appending to the log while it copies, and it never waits for readers (it stops where a reader still needs
 * the log and finishes next time). The thread exists only while there is work and ends when idle, so an
 * opened database leaves nothing running.
 */
final class Checkpoints {
    /** About 4 pages a commit: a checkpoint every ~1,000 pages of log, as SQLite's own default. */
    static final int COMMITS_PER_CHECKPOINT = 250;
    /** A log this long (about 4 MB of 4 KB pages, as SQLite's default) is started over. */
    static final int RESTART_FRAMES = 1_000;
    /** How long a RESTART may wait for the writer of the moment, or for readers, before it gives up. */
    static final int RESTART_WAIT_MS = 20;

    private final DataSource source;
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ThreadPoolExecutor executor;

    Checkpoints(DataSource source) {
        this.source = source;
        this.executor = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().daemon().name("prepdeck-checkpoint").factory());
    }

    /** The statement a writer connection runs when it opens: no checkpoints inside commits. */
    static String writerPragma() {
        return "PRAGMA wal_autocheckpoint=0";
    }

    /** Counts a commit; every so many, starts a checkpoint unless one is already running. */
    void committed() {
        if (commits.incrementAndGet() < COMMITS_PER_CHECKPOINT) return;
        if (!running.compareAndSet(false, true)) return;
        commits.set(0);
        executor.execute(this::checkpoint);
    }

    /**
     * A PASSIVE pass copies the log while writers go on appending. SQLite starts the log over only when a
     * write transaction begins after a pass that copied all of it; under a steady stream of answers the next
     * one has usually begun already, and the log would grow without end. So once a pass has copied
     * everything (or nearly: later passes have only the frames appended meanwhile) and the log is long, one
     * RESTART pass resets it: it waits for the writer of the moment to commit and holds the next one back
     * only while it confirms there is nothing left to copy, and with a short busy timeout it gives up rather
     * than wait on a long read, leaving the reset to the next round.
     */
    private void checkpoint() {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            int[] r = pass(s, "PASSIVE");
            for (int again = 0; again < 3 && r[1] > r[2]; again++) r = pass(s, "PASSIVE");
            if (r[1] >= RESTART_FRAMES && r[1] - r[2] < RESTART_FRAMES / 4) {
                s.execute("PRAGMA busy_timeout=" + RESTART_WAIT_MS);
                pass(s, "RESTART");
            }
        } catch (SQLException e) {
            // a checkpoint that could not run leaves the log longer, nothing else; the next one catches up
        } finally {
            running.set(false);
        }
    }

    /** Waits until no checkpoint is running (for tests: what a commit after it finds is then certain). */
    void awaitIdle() throws InterruptedException {
        while (running.get()) Thread.sleep(5);
    }

    /** busy, frames in the log, frames copied into the database. */
    private static int[] pass(Statement s, String mode) throws SQLException {
        try (var rs = s.executeQuery("PRAGMA wal_checkpoint(" + mode + ")")) {
            return rs.next() ? new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)} : new int[] {0, 0, 0};
        }
    }
}
