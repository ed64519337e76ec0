package prepdeck.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Runs SQLite's WAL checkpoints when the writers are quiet. Left to itself, SQLite checkpoints inside
 * whichever commit pushes the log past 1,000 pages: that commit copies the log into the database file and
 * syncs it, and every answer waiting on that group commit waits too. Run beside the commits instead, a
 * checkpoint's writes and sync still compete with the commits' own syncs on the same disk (measured:
 * `bench review`'s paced p99 went from 28 ms to 39–55 ms with a checkpoint every 250 commits, and down
 * to 17–19 ms with none). So writer connections run with {@code wal_autocheckpoint=0}, and a checkpoint
 * runs on a connection of its own once no commit has come for {@link #QUIET_MS} — or, under a load that
 * never pauses, after {@link #MAX_COMMITS} commits, so the log stays bounded (a few hundred MB at most).
 *
 * <p>A PASSIVE pass copies the log without waiting for readers. SQLite starts the log over only when a write
 * begins after a pass that copied all of it; in a pause that is the next write. Under a load that never
 * pauses, one RESTART pass (waiting at most {@link #RESTART_WAIT_MS} for the writer of the moment or for
 * readers, else giving up until next time) starts it over. The background thread exists only while commits
 * are waiting for a checkpoint, so an opened database leaves nothing running.
 */
final class Checkpoints {
    /** A pause in the commits this long is taken as a moment to checkpoint. */
    static final long QUIET_MS = 250;
    /** Commits after which a checkpoint runs even if the writers never pause. */
    static final int MAX_COMMITS = 20_000;
    /** How long a RESTART may wait for the writer of the moment, or for readers, before it gives up. */
    static final int RESTART_WAIT_MS = 20;

    private final DataSource source;
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicLong lastCommitNanos = new AtomicLong();
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

    /** Counts a commit and makes sure a checkpoint is waiting for the next pause. */
    void committed() {
        lastCommitNanos.set(System.nanoTime());
        commits.incrementAndGet();
        if (running.compareAndSet(false, true)) executor.execute(this::awaitPauseThenCheckpoint);
    }

    private void awaitPauseThenCheckpoint() {
        try {
            while (true) {
                long quietFor = (System.nanoTime() - lastCommitNanos.get()) / 1_000_000;
                boolean pressed = commits.get() >= MAX_COMMITS;
                if (quietFor >= QUIET_MS || pressed) {
                    commits.set(0);
                    checkpoint(pressed);
                    return;
                }
                Thread.sleep(Math.max(1, QUIET_MS - quietFor));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.set(false);
            // a commit that came while the pass ran, and saw a checkpoint already on its way, is served next
            if (commits.get() > 0 && running.compareAndSet(false, true)) executor.execute(this::awaitPauseThenCheckpoint);
        }
    }

    private void checkpoint(boolean pressed) {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            int[] r = pass(s, "PASSIVE");
            if (pressed && r[1] > r[2]) r = pass(s, "PASSIVE"); // the frames appended while the first pass ran
            if (pressed && r[1] - r[2] < 1_000) {
                s.execute("PRAGMA busy_timeout=" + RESTART_WAIT_MS);
                pass(s, "RESTART");
            }
        } catch (SQLException e) {
            // a checkpoint that could not run leaves the log longer, nothing else; the next one catches up
        }
    }

    /**
     * A log left long by earlier processes is copied now, before this one serves anything. A short command (an
     * import) often ends before its writers pause, so its checkpoint never runs; without this, a folder used
     * only by short commands would keep a growing log, and every read would search it.
     */
    void leftOver(java.nio.file.Path log) {
        try {
            if (java.nio.file.Files.size(log) < LEFT_OVER_BYTES) return;
        } catch (java.io.IOException e) {
            return; // no log: nothing left over
        }
        checkpoint(false);
    }

    /** A log this long (SQLite's own default mark: 1,000 pages of 4 KB) found at opening is checkpointed at once. */
    static final long LEFT_OVER_BYTES = 4L * 1024 * 1024;

    /** Waits until no checkpoint is waiting or running (for tests: what a commit after it finds is then certain). */
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
