package prepdeck.app;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the {@link Accounts} use case needs from a store: users with their password hashes, deck
 * memberships, sessions and invitations. Every call of {@link #write} is one transaction (so "the first
 * account becomes admin" and "an invitation is used once" hold under concurrent sign-ups).
 */
public interface AccountStore {
    <T> T write(Function<Transaction, T> work);

    <T> T read(Function<Transaction, T> work);

    /** A user: {@code passwordHash} is empty for one that cannot log in (single-user mode's "local"). */
    record AccountRow(long id, String name, Optional<String> passwordHash, boolean admin) {
        public AccountRow {
            Objects.requireNonNull(name);
            Objects.requireNonNull(passwordHash);
        }
    }

    /** A deck a user belongs to, and as what. */
    record Membership(long deckId, String deckName, boolean shared, DeckRole role) {
        public Membership {
            Objects.requireNonNull(deckName);
            Objects.requireNonNull(role);
        }
    }

    /** A session as stored: the token itself is never stored, only its SHA-256. */
    record SessionRow(String tokenHash, long userId, long deckId, String csrfToken, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {
        public SessionRow {
            Objects.requireNonNull(tokenHash);
            Objects.requireNonNull(csrfToken);
        }
    }

    /** A stored session with its user, and the user's role in the session's deck (empty if they left it). */
    record ActiveSession(SessionRow row, AccountRow account, Optional<Membership> membership) {}

    interface Transaction {
        /** Accounts that can log in (have a password). */
        long accountCount();

        /** By name, case-insensitively. */
        Optional<AccountRow> account(String name);

        Optional<AccountRow> account(long id);

        long insertAccount(String name, String passwordHash, boolean admin, Instant at);

        void setPassword(long userId, String passwordHash);

        /** When an operator last lifted the account's login throttle; empty if never. */
        Optional<Instant> unlockedAt(long userId);

        void setUnlockedAt(long userId, Instant at);

        /** Decks every learner reads (the teacher's notes). */
        List<Long> sharedDecks();

        long insertDeck(long ownerId, String name, boolean shared, Instant at);

        /** Adds the membership, or changes its role if there is one. */
        void putMember(long deckId, long userId, DeckRole role);

        /** The user's decks, shared ones first, then by id. */
        List<Membership> memberships(long userId);

        void insertSession(SessionRow session);

        Optional<ActiveSession> session(String tokenHash);

        void touchSession(String tokenHash, Instant lastSeenAt);

        void setSessionDeck(String tokenHash, long deckId);

        void deleteSession(String tokenHash);

        /** Deletes the user's sessions but {@code keepTokenHash} (if given); how many went. */
        int deleteSessions(long userId, Optional<String> keepTokenHash);

        int deleteExpiredSessions(Instant now);

        void insertInvitation(String codeHash, Optional<Long> createdBy, long deckId, Instant at, Instant expiresAt);

        /** Marks the unused, unexpired invitation used by {@code userId}; the deck it invites to, or empty if none such. */
        Optional<Long> useInvitation(String codeHash, long userId, Instant at);
    }
}
