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

    ConnectionPool(DataSource source, int idle) {
        this.source = source;
        this.idle = new ArrayBlockingQueue<>(idle);
    }

    @Override
    public Connection openConnection() throws SQLException {
        Connection c = idle.poll();
        while (c != null && c.isClosed()) c = idle.poll();
        return c != null ? c : source.getConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        if (connection.isClosed()) return;
        if (!connection.getAutoCommit() || !idle.offer(connection)) connection.close();
    }
}
