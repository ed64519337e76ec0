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

    ConnectionPool(DataSource source, int idle) {
        this(source, idle, java.util.List.of(), () -> {});
    }

    /**
     * @param onOpen statements each new connection runs first (per-connection pragmas)
     * @param onRelease runs each time a handle gives its connection back, i.e. after each transaction
     */
    ConnectionPool(DataSource source, int idle, java.util.List<String> onOpen, Runnable onRelease) {
        this.source = source;
        this.idle = new ArrayBlockingQueue<>(idle);
        this.onOpen = java.util.List.copyOf(onOpen);
        this.onRelease = onRelease;
    }

    @Override
    public Connection openConnection() throws SQLException {
        Connection c = idle.poll();
        while (c != null && c.isClosed()) c = idle.poll();
        return c != null ? c : opened();
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
        if (connection.isClosed()) return;
        onRelease.run();
        if (!connection.getAutoCommit() || !idle.offer(connection)) connection.close();
    }
}
