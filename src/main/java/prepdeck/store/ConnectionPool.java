package prepdeck.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Keeps a few SQLite connections open between transactions. Opening one costs more than picking the
 * next card, so a handle's connection goes back here when Jdbi is done with it; beyond {@code idle}
 * connections, or one left inside a transaction, it is closed.
 */
final class ConnectionPool implements ConnectionFactory {
    private final DataSource source;
    private final BlockingQueue<Connection> idle;
    private final java.util.List<String> onOpen;
    private final Runnable onRelease;
    /** Held from taking a connection to giving it back, when the pool lends one at a time (see {@link #oneAtATime}). */
    private final java.util.Optional<java.util.concurrent.locks.ReentrantLock> turn;

    ConnectionPool(DataSource source, int idle) {
        this(source, idle, java.util.List.of(), () -> {});
    }

    /**
     * @param onOpen statements each new connection runs first (per-connection pragmas)
     * @param onRelease runs each time a handle gives its connection back, i.e. after each transaction
     */
    ConnectionPool(DataSource source, int idle, java.util.List<String> onOpen, Runnable onRelease) {
        this(source, idle, onOpen, onRelease, false);
    }

    private ConnectionPool(DataSource source, int idle, java.util.List<String> onOpen, Runnable onRelease, boolean oneAtATime) {
        this.source = source;
        this.idle = new ArrayBlockingQueue<>(idle);
        this.onOpen = java.util.List.copyOf(onOpen);
        this.onRelease = onRelease;
        this.turn = oneAtATime ? java.util.Optional.of(new java.util.concurrent.locks.ReentrantLock(true)) : java.util.Optional.empty();
    }

    /**
     * A pool that lends its connections one at a time, in the order they were asked for: SQLite has one writer,
     * and a writer that finds the database locked retries on a timer (its busy handler), so under a steady
     * stream of group commits a login's or an import's write could lose every race until the timeout and fail.
     * Waiting here instead, in a fair queue, each writer of this process gets its turn. (Other processes on the
     * same file still meet the busy handler.)
     */
    static ConnectionPool oneAtATime(DataSource source, int idle, java.util.List<String> onOpen, Runnable onRelease) {
        return new ConnectionPool(source, idle, onOpen, onRelease, true);
    }

    @Override
    public Connection openConnection() throws SQLException {
        turn.ifPresent(java.util.concurrent.locks.ReentrantLock::lock);
        try {
            Connection c = idle.poll();
            while (c != null && c.isClosed()) c = idle.poll();
            return c != null ? c : opened();
        } catch (SQLException | RuntimeException e) {
            turn.ifPresent(java.util.concurrent.locks.ReentrantLock::unlock);
            throw e;
        }
    }

    private Connection opened() throws SQLException {
        Connection c = source.getConnection();
        if (onOpen.isEmpty()) return c;
        try (var statement = c.createStatement()) {
            for (String sql : onOpen) statement.execute(sql);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        try {
            giveBack(connection);
        } finally {
            turn.filter(java.util.concurrent.locks.ReentrantLock::isHeldByCurrentThread).ifPresent(java.util.concurrent.locks.ReentrantLock::unlock);
        }
    }

    private void giveBack(Connection connection) throws SQLException {
        if (connection.isClosed()) return;
        onRelease.run();
        if (!connection.getAutoCommit() || !idle.offer(connection)) connection.close();
    }
}
