package prepdeck.main;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import prepdeck.store.SqliteDatabase;

/**
 * Adds a user row to a data folder's database, as sign-up will once accounts exist. Test code only: the
 * program itself has no way to add users yet, and the row is all the store needs to scope to them.
 */
public final class TestUsers {
    private TestUsers() {}

    public static long add(Path dataFolder, String name) {
        String url = "jdbc:sqlite:" + dataFolder.resolve(SqliteDatabase.FILE_NAME).toAbsolutePath();
        try (var c = DriverManager.getConnection(url);
             var insert = c.prepareStatement("INSERT INTO users (name, created_at) VALUES (?, '2026-01-01T00:00:00.000Z') RETURNING id")) {
            insert.setString(1, name);
            try (var rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add user " + name + ": " + e.getMessage(), e);
        }
    }

    /** A second deck owned by {@code ownerId}. */
    public static long addDeck(Path dataFolder, long ownerId, String name) {
        String url = "jdbc:sqlite:" + dataFolder.resolve(SqliteDatabase.FILE_NAME).toAbsolutePath();
        try (var c = DriverManager.getConnection(url);
             var insert = c.prepareStatement("INSERT INTO decks (owner_id, name, created_at) VALUES (?, ?, '2026-01-01T00:00:00.000Z') RETURNING id")) {
            insert.setLong(1, ownerId);
            insert.setString(2, name);
            try (var rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add deck " + name + ": " + e.getMessage(), e);
        }
    }
}
