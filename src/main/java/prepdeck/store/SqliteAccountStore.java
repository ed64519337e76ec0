package prepdeck.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import prepdeck.app.AccountStore;
import prepdeck.app.DeckRole;

/**
 * Accounts, deck memberships, login sessions and invitations in SQLite. The SQL is written so PostgreSQL
 * runs it too (booleans compared as {@code WHERE shared}, bound as Java booleans, {@code ON CONFLICT} upserts),
 * so this class only needs other connections to serve there.
 */
public final class SqliteAccountStore implements AccountStore {
    private final Jdbi writer;
    private final Jdbi reader;
    private final Dialect dialect;

    SqliteAccountStore(Jdbi writer, Jdbi reader) {
        this(writer, reader, Dialect.SQLITE);
    }

    SqliteAccountStore(Jdbi writer, Jdbi reader, Dialect dialect) {
        this.dialect = dialect;
        this.writer = writer;
        this.reader = reader;
    }

    @Override
    public <T> T write(Function<Transaction, T> work) {
        return writer.inTransaction(h -> work.apply(new Tx(h, dialect)));
    }

    @Override
    public <T> T read(Function<Transaction, T> work) {
        return reader.inTransaction(h -> work.apply(new Tx(h, dialect)));
    }

    private record Tx(Handle h, Dialect dialect) implements Transaction {
        @Override
        public long accountCount() {
            return h.createQuery(Sql.COUNT_ACCOUNTS.text(dialect)).mapTo(Long.class).one();
        }

        @Override
        public Optional<AccountRow> account(String name) {
            return h.createQuery(Sql.SELECT_ACCOUNT_BY_NAME.text(dialect)).bind("name", name).map((rs, ctx) -> account(rs, "id")).findOne();
        }

        @Override
        public Optional<AccountRow> account(long id) {
            return h.createQuery(Sql.SELECT_ACCOUNT.text(dialect)).bind("id", id).map((rs, ctx) -> account(rs, "id")).findOne();
        }

        @Override
        public long insertAccount(String name, String passwordHash, boolean admin, Instant at) {
            return h.createUpdate(Sql.INSERT_ACCOUNT.text(dialect)).bind("name", name).bind("hash", passwordHash).bind("admin", admin)
                    .bind("at", Times.format(at)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        }

        @Override
        public void setPassword(long userId, String passwordHash) {
            h.createUpdate(Sql.UPDATE_PASSWORD.text(dialect)).bind("id", userId).bind("hash", passwordHash).execute();
        }

        @Override
        public Optional<Instant> unlockedAt(long userId) {
            return h.createQuery(Sql.SELECT_UNLOCKED_AT.text(dialect)).bind("id", userId).mapTo(String.class).list().stream().filter(java.util.Objects::nonNull).findFirst().map(Times::parse);
        }

        @Override
        public void setUnlockedAt(long userId, Instant at) {
            h.createUpdate(Sql.UPDATE_UNLOCKED_AT.text(dialect)).bind("id", userId).bind("at", Times.format(at)).execute();
        }

        @Override
        public List<Long> sharedDecks() {
            return h.createQuery(Sql.SELECT_SHARED_DECKS.text(dialect)).mapTo(Long.class).list();
        }

        @Override
        public long insertDeck(long ownerId, String name, boolean shared, Instant at) {
            return h.createUpdate(Sql.INSERT_DECK.text(dialect)).bind("owner", ownerId).bind("name", name).bind("shared", shared)
                    .bind("at", Times.format(at)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        }

        @Override
        public void putMember(long deckId, long userId, DeckRole role) {
            h.createUpdate(Sql.UPSERT_MEMBER.text(dialect)).bind("deck", deckId).bind("user", userId).bind("role", role(role)).execute();
        }

        @Override
        public List<Membership> memberships(long userId) {
            return h.createQuery(Sql.SELECT_MEMBERSHIPS.text(dialect)).bind("user", userId)
                    .map((rs, ctx) -> new Membership(rs.getLong("deck_id"), rs.getString("deck_name"), rs.getBoolean("shared"),
                            role(rs.getString("role"))))
                    .list();
        }

        @Override
        public void insertSession(SessionRow s) {
            h.createUpdate(Sql.INSERT_LOGIN_SESSION.text(dialect)).bind("token_hash", s.tokenHash()).bind("user", s.userId()).bind("deck", s.deckId())
                    .bind("csrf", s.csrfToken()).bind("created", Times.format(s.createdAt())).bind("last_seen", Times.format(s.lastSeenAt()))
                    .bind("expires", Times.format(s.expiresAt())).execute();
        }

        @Override
        public Optional<ActiveSession> session(String tokenHash) {
            return h.createQuery(Sql.SELECT_LOGIN_SESSION.text(dialect)).bind("token_hash", tokenHash).map((rs, ctx) -> {
                var row = new SessionRow(rs.getString("token_hash"), rs.getLong("user_id"), rs.getLong("deck_id"), rs.getString("csrf_token"),
                        Times.parse(rs.getString("created_at")), Times.parse(rs.getString("last_seen_at")), Times.parse(rs.getString("expires_at")));
                String role = rs.getString("role");
                var membership = role == null ? Optional.<Membership>empty()
                        : Optional.of(new Membership(row.deckId(), rs.getString("deck_name"), rs.getBoolean("shared"), role(role)));
                return new ActiveSession(row, account(rs, "user_id"), membership);
            }).findOne();
        }

        @Override
        public void touchSession(String tokenHash, Instant lastSeenAt) {
            h.createUpdate(Sql.TOUCH_LOGIN_SESSION.text(dialect)).bind("token_hash", tokenHash).bind("at", Times.format(lastSeenAt)).execute();
        }

        @Override
        public void setSessionDeck(String tokenHash, long deckId) {
            h.createUpdate(Sql.UPDATE_LOGIN_SESSION_DECK.text(dialect)).bind("token_hash", tokenHash).bind("deck", deckId).execute();
        }

        @Override
        public void deleteSession(String tokenHash) {
            h.createUpdate(Sql.DELETE_LOGIN_SESSION.text(dialect)).bind("token_hash", tokenHash).execute();
        }

        @Override
        public int deleteSessions(long userId, Optional<String> keepTokenHash) {
            return h.createUpdate(Sql.DELETE_USER_SESSIONS.text(dialect)).bind("user", userId).bind("keep", keepTokenHash.orElse("")).execute();
        }

        @Override
        public int deleteExpiredSessions(Instant now) {
            return h.createUpdate(Sql.DELETE_EXPIRED_SESSIONS.text(dialect)).bind("now", Times.format(now)).execute();
        }

        @Override
        public void insertInvitation(String codeHash, Optional<Long> createdBy, long deckId, Instant at, Instant expiresAt) {
            h.createUpdate(Sql.INSERT_INVITATION.text(dialect)).bind("code_hash", codeHash).bind("by", createdBy.orElse(null)).bind("deck", deckId)
                    .bind("at", Times.format(at)).bind("expires", Times.format(expiresAt)).execute();
        }

        @Override
        public Optional<Long> useInvitation(String codeHash, long userId, Instant at) {
            String now = Times.format(at);
            Optional<Long> deck = h.createQuery(Sql.SELECT_OPEN_INVITATION.text(dialect)).bind("code_hash", codeHash).bind("now", now)
                    .mapTo(Long.class).findOne();
            if (deck.isEmpty()) return deck;
            int taken = h.createUpdate(Sql.USE_INVITATION.text(dialect)).bind("code_hash", codeHash).bind("user", userId).bind("now", now).execute();
            return taken == 1 ? deck : Optional.empty();
        }

        private static AccountRow account(ResultSet rs, String idColumn) throws SQLException {
            return new AccountRow(rs.getLong(idColumn), rs.getString("name"), Optional.ofNullable(rs.getString("password_hash")),
                    rs.getBoolean("is_admin"));
        }

        private static String role(DeckRole role) {
            return role.name().toLowerCase(Locale.ROOT);
        }

        private static DeckRole role(String role) {
            return DeckRole.valueOf(role.toUpperCase(Locale.ROOT));
        }
    }
}
