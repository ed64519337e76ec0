package prepdeck.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import prepdeck.accounts.AccountNames;
import prepdeck.accounts.DeviceCookies;
import prepdeck.accounts.LoginThrottle;
import prepdeck.accounts.PasswordHasher;
import prepdeck.accounts.PasswordRules;
import prepdeck.accounts.Secrets;
import prepdeck.accounts.SignupPolicy;
import prepdeck.app.AccountStore.AccountRow;
import prepdeck.app.AccountStore.Membership;
import prepdeck.app.AccountStore.SessionRow;

/**
 * Server mode's accounts: sign-up (as the policy allows), login (throttled), sessions, sign-out everywhere,
 * password changes, the decks a user belongs to, and invitations.
 *
 * <p>Decks: the first account becomes the admin and owner of the shared decks (the deck single-user mode
 * filled, deck 1); every later account learns from the shared decks and owns a private deck of its own.
 * A session is about one deck at a time (the {@link Principal}); a user switches between theirs.
 */
public final class Accounts {
    /** A session lives at most this long after login, however active. */
    public static final Duration ABSOLUTE_LIFETIME = Duration.ofDays(30);
    /** ...and ends after this long unused. */
    public static final Duration IDLE_LIFETIME = Duration.ofDays(14);
    /** Last use is written at most this often: a page view need not be a database write. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(5);
    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    static final String PRIVATE_DECK = "my notes";
    /** One message for an unknown name and a wrong password, so the form does not tell which names exist. */
    public static final String WRONG_LOGIN = "wrong account name or password";

    /** A signed-in session as the web sees it: who, about which deck, and the token its changes must carry. */
    public record Session(Principal principal, boolean admin, String csrfToken, Instant expiresAt) {
        public Session {
            Objects.requireNonNull(principal);
            Objects.requireNonNull(csrfToken);
        }
    }

    /**
     * A new session: {@code token} goes into the session cookie and is never seen again by the server;
     * {@code deviceCookie} is the browser's proof, for later logins, that it signed in to this account before.
     */
    public record SignedIn(String token, Session session, String deviceCookie) implements LoginResult {}

    /** How a login went. */
    public sealed interface LoginResult permits SignedIn, Refused, Throttled {}

    public record Refused(String message) implements LoginResult {}

    public record Throttled(Duration retryAfter) implements LoginResult {}

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SignupPolicy policy;
    private final Secrets secrets;
    private final Clock clock;
    /** Verified against when the name is unknown, so an unknown name costs the same time as a wrong password. */
    private final String decoyHash;

    public Accounts(AccountStore store, PasswordHasher hasher, LoginThrottle throttle, SignupPolicy policy, Secrets secrets, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.hasher = Objects.requireNonNull(hasher);
        this.throttle = Objects.requireNonNull(throttle);
        this.policy = Objects.requireNonNull(policy);
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
        this.decoyHash = hasher.hash(secrets.token());
    }

    public SignupPolicy policy() {
        return policy;
    }

    /** Whether nobody can log in yet (the first account will be the admin). */
    public boolean noAccounts() {
        return store.read(AccountStore.Transaction::accountCount) == 0;
    }

    /**
     * Web sign-up, as the policy allows: open to anyone, or with an unused invitation code, or not at all.
     * The new account is signed in.
     */
    public SignedIn signUp(String name, String password, Optional<String> invitation) {
        Optional<String> code = invitation.map(String::strip).filter(c -> !c.isEmpty());
        switch (policy) {
            case CLOSED -> throw new ForbiddenException("sign-up is closed on this server: ask its admin for an account");
            case INVITE -> {
                if (code.isEmpty()) throw new ForbiddenException("sign-up needs an invitation code on this server");
            }
            case OPEN -> { }
        }
        String n = checkedName(name);
        checkPassword(n, password);
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        return store.write(tx -> {
            long user = create(tx, n, hash, false, now);
            if (code.isPresent()) {
                long deck = tx.useInvitation(Secrets.digest(code.get()), user, now)
                        .orElseThrow(() -> new ForbiddenException("this invitation code is unknown, used or expired"));
                if (tx.memberships(user).stream().noneMatch(m -> m.deckId() == deck)) tx.putMember(deck, user, DeckRole.LEARNER);
            }
            return open(tx, tx.account(user).orElseThrow(), hash, now);
        });
    }

    /** An account made by the operator ({@code prepdeck user add}), whatever the sign-up policy. */
    public AccountRow addAccount(String name, String password, boolean admin) {
        String n = checkedName(name);
        checkPassword(n, password);
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        return store.write(tx -> tx.account(create(tx, n, hash, admin, now)).orElseThrow());
    }

    private static long create(AccountStore.Transaction tx, String name, String hash, boolean admin, Instant now) {
        if (tx.account(name).isPresent()) throw new ConflictException("the account name \"" + name + "\" is taken");
        boolean first = tx.accountCount() == 0;
        long user = tx.insertAccount(name, hash, admin || first, now);
        if (first || admin) {
            // the admin runs the course: they own the shared notes
            for (long deck : tx.sharedDecks()) tx.putMember(deck, user, DeckRole.OWNER);
        } else {
            for (long deck : tx.sharedDecks()) tx.putMember(deck, user, DeckRole.LEARNER);
        }
        tx.putMember(tx.insertDeck(user, PRIVATE_DECK, false, now), user, DeckRole.OWNER);
        return user;
    }

    /** A login from a browser that shows no device cookie. */
    public LoginResult logIn(String name, String password, String address) {
        return logIn(name, password, address, Optional.empty());
    }

    /**
     * Checks the password unless the throttle refuses first. {@code address} is the client's (for the
     * per-address limit); {@code deviceCookie} the browser's proof of an earlier login to this account, if it has
     * one: such a browser is throttled by its own failures only, so the owner gets in while their name is under
     * attack. An unknown name and a wrong password get the same answer in about the same time.
     */
    public LoginResult logIn(String name, String password, String address, Optional<String> deviceCookie) {
        String n = AccountNames.normalize(name);
        if (password.length() > PasswordRules.MAX_LENGTH * 4) return new Refused(WRONG_LOGIN);
        Optional<AccountRow> account = deviceCookie.isPresent() || throttle.check(LoginThrottle.Attempt.untrusted(n, address)) instanceof LoginThrottle.Refused
                ? store.read(tx -> tx.account(n)) : Optional.empty();
        Optional<String> device = deviceCookie.flatMap(cookie -> account.flatMap(AccountRow::passwordHash)
                .flatMap(hash -> DeviceCookies.verify(cookie, n, hash)));
        var attempt = new LoginThrottle.Attempt(n, address, device);
        if (throttle.check(attempt) instanceof LoginThrottle.Refused refused) {
            // an operator may have lifted the lock since this instance counted the failures
            Optional<Instant> unlocked = account.flatMap(a -> store.read(tx -> tx.unlockedAt(a.id())));
            unlocked.ifPresent(at -> throttle.unlock(n, at));
            if (unlocked.isEmpty() || throttle.check(attempt) instanceof LoginThrottle.Refused) {
                var again = throttle.check(attempt);
                return new Throttled(again instanceof LoginThrottle.Refused r ? r.retryAfter() : refused.retryAfter());
            }
        }
        Optional<AccountRow> found = account.isPresent() ? account : store.read(tx -> tx.account(n));
        String hash = found.flatMap(AccountRow::passwordHash).orElse(decoyHash);
        boolean matches = hasher.verify(password, hash);
        if (!matches || found.isEmpty() || found.get().passwordHash().isEmpty()) {
            throttle.failed(attempt);
            return new Refused(WRONG_LOGIN);
        }
        throttle.succeeded(attempt);
        Instant now = clock.instant();
        String rehash = hasher.needsRehash(hash) ? hasher.hash(password) : null;
        return store.write(tx -> {
            if (rehash != null) tx.setPassword(found.get().id(), rehash);
            tx.deleteExpiredSessions(now);
            return open(tx, found.get(), rehash != null ? rehash : hash, now);
        });
    }

    /**
     * Lifts the login throttle on the account ({@code prepdeck user unlock NAME}): every server instance forgets its
     * failed logins up to now, the next time it would refuse it. Failures after this still count.
     */
    public void unlock(String name) {
        String n = AccountNames.normalize(name);
        Instant now = clock.instant();
        store.write(tx -> {
            AccountRow account = tx.account(n).orElseThrow(() -> new NotFoundException("there is no account \"" + n + "\""));
            tx.setUnlockedAt(account.id(), now);
            return null;
        });
        throttle.unlock(n, now);
    }

    private SignedIn open(AccountStore.Transaction tx, AccountRow account, String passwordHash, Instant now) {
        List<Membership> decks = tx.memberships(account.id());
        if (decks.isEmpty()) throw new ForbiddenException("the account \"" + account.name() + "\" belongs to no deck");
        Membership deck = decks.getFirst();
        String token = secrets.token();
        var row = new SessionRow(Secrets.digest(token), account.id(), deck.deckId(), secrets.token(), now, now, now.plus(ABSOLUTE_LIFETIME));
        tx.insertSession(row);
        String deviceCookie = DeviceCookies.issue(account.name(), passwordHash, secrets.token());
        return new SignedIn(token, session(row, account, deck), deviceCookie);
    }

    private static Session session(SessionRow row, AccountRow account, Membership deck) {
        Instant idleEnd = row.lastSeenAt().plus(IDLE_LIFETIME);
        Instant end = idleEnd.isBefore(row.expiresAt()) ? idleEnd : row.expiresAt();
        return new Session(new Principal(account.id(), account.name(), deck.deckId(), deck.role()), account.admin(), row.csrfToken(), end);
    }

    /** The live session a cookie's token names, its last use moved forward; empty if unknown or expired (then deleted). */
    public Optional<Session> session(String token) {
        if (token == null || token.isBlank() || token.length() > 200) return Optional.empty();
        String hash = Secrets.digest(token);
        Instant now = clock.instant();
        var found = store.read(tx -> tx.session(hash));
        if (found.isEmpty()) return Optional.empty();
        var active = found.get();
        SessionRow row = active.row();
        boolean expired = !now.isBefore(row.expiresAt()) || !now.isBefore(row.lastSeenAt().plus(IDLE_LIFETIME))
                || active.account().passwordHash().isEmpty() || active.membership().isEmpty();
        if (expired) {
            store.write(tx -> {
                tx.deleteSession(hash);
                return null;
            });
            return Optional.empty();
        }
        if (Duration.between(row.lastSeenAt(), now).compareTo(TOUCH_EVERY) >= 0) {
            store.write(tx -> {
                tx.touchSession(hash, now);
                return null;
            });
            row = new SessionRow(row.tokenHash(), row.userId(), row.deckId(), row.csrfToken(), row.createdAt(), now, row.expiresAt());
        }
        return Optional.of(session(row, active.account(), active.membership().get()));
    }

    public void logOut(String token) {
        if (token == null || token.isBlank()) return;
        store.write(tx -> {
            tx.deleteSession(Secrets.digest(token));
            return null;
        });
    }

    /** Ends every session of the user, this one included; how many ended. */
    public int signOutEverywhere(long userId) {
        return store.write(tx -> tx.deleteSessions(userId, Optional.empty()));
    }

    /** Changes the password of the session's user, who must know the current one; every other session of theirs ends. */
    public void changePassword(String token, String current, String next) {
        Session s = session(token).orElseThrow(() -> new ForbiddenException("sign in to change your password"));
        long user = s.principal().userId();
        AccountRow account = store.read(tx -> tx.account(user)).orElseThrow();
        if (!hasher.verify(current, account.passwordHash().orElse(decoyHash))) {
            throw new ForbiddenException("the current password is wrong");
        }
        checkPassword(account.name(), next);
        String hash = hasher.hash(next);
        store.write(tx -> {
            tx.setPassword(user, hash);
            return tx.deleteSessions(user, Optional.of(Secrets.digest(token)));
        });
    }

    public List<Membership> decks(long userId) {
        return store.read(tx -> tx.memberships(userId));
    }

    /** Makes {@code deckId} the session's deck; the user must belong to it. */
    public Session switchDeck(String token, long deckId) {
        Session s = session(token).orElseThrow(() -> new ForbiddenException("sign in to switch decks"));
        boolean member = decks(s.principal().userId()).stream().anyMatch(m -> m.deckId() == deckId);
        if (!member) throw new NotFoundException("you have no deck " + deckId);
        store.write(tx -> {
            tx.setSessionDeck(Secrets.digest(token), deckId);
            return null;
        });
        return session(token).orElseThrow();
    }

    /** A new invitation code to the principal's deck; only its owner or the admin may invite. Shown once. */
    public String invite(Session by) {
        Principal p = by.principal();
        if (!by.admin() && p.role() != DeckRole.OWNER) {
            throw new ForbiddenException("only the owner of deck " + p.deckId() + " or the admin may invite");
        }
        return newInvitation(Optional.of(p.userId()), p.deckId());
    }

    /** An invitation made by the operator ({@code prepdeck user invite}): to the shared decks. */
    public String inviteAsOperator() {
        long deck = store.read(AccountStore.Transaction::sharedDecks).stream().findFirst()
                .orElseThrow(() -> new ConflictException("there is no shared deck to invite to"));
        return newInvitation(Optional.empty(), deck);
    }

    private String newInvitation(Optional<Long> by, long deck) {
        String code = secrets.invitationCode();
        Instant now = clock.instant();
        store.write(tx -> {
            tx.insertInvitation(Secrets.digest(code), by, deck, now, now.plus(INVITATION_LIFETIME));
            return null;
        });
        return code;
    }

    private static String checkedName(String name) {
        AccountNames.problem(name).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        return AccountNames.normalize(name);
    }

    private static void checkPassword(String name, String password) {
        PasswordRules.problem(name, password).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
    }
}
