package prepdeck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.accounts.Argon2idHasher;
import prepdeck.accounts.LoginThrottle;
import prepdeck.accounts.MutableClock;
import prepdeck.accounts.Secrets;
import prepdeck.accounts.SignupPolicy;
import prepdeck.app.Accounts;
import prepdeck.app.ConflictException;
import prepdeck.app.DeckRole;
import prepdeck.app.ForbiddenException;
import prepdeck.app.InvalidInputException;
import prepdeck.app.NotFoundException;

/** The accounts use case over a real SQLite file, and over a real PostgreSQL. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(prepdeck.testing.StoreKind.class)
class AccountsTest {
    @org.junit.jupiter.params.Parameter prepdeck.testing.StoreKind kind;
    @org.junit.jupiter.api.extension.RegisterExtension final prepdeck.testing.TestStores stores = new prepdeck.testing.TestStores();
    static final String PASSWORD = "correct horse battery";

    @TempDir Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private Database database;

    @BeforeEach
    void open() {
        database = kind == prepdeck.testing.StoreKind.SQLITE ? SqliteDatabase.open(dir) : stores.openPostgres();
    }

    private Accounts accounts(SignupPolicy policy) {
        var random = new SecureRandom();
        return new Accounts(database.accounts(), new Argon2idHasher(new Argon2idHasher.Cost(64, 1, 1), random),
                new LoginThrottle(LoginThrottle.DEFAULT, clock), policy, new Secrets(random), clock);
    }

    private static Accounts.SignedIn signedIn(Accounts.LoginResult result) {
        assertThat(result).isInstanceOf(Accounts.SignedIn.class);
        return (Accounts.SignedIn) result;
    }

    @Test
    void theFirstAccountIsTheAdminAndOwnsTheSharedDeckLaterOnesLearnFromItAndOwnAPrivateDeck() {
        var accounts = accounts(SignupPolicy.OPEN);
        assertThat(accounts.noAccounts()).isTrue();
        var teacher = accounts.signUp("teacher", PASSWORD, Optional.empty());
        assertThat(teacher.session().admin()).isTrue();
        assertThat(teacher.session().principal().deckId()).isEqualTo(1);
        assertThat(teacher.session().principal().role()).isEqualTo(DeckRole.OWNER);

        var learner = accounts.signUp("learner", PASSWORD, Optional.empty());
        assertThat(learner.session().admin()).isFalse();
        assertThat(learner.session().principal()).satisfies(p -> {
            assertThat(p.deckId()).isEqualTo(1);
            assertThat(p.role()).isEqualTo(DeckRole.LEARNER);
            assertThat(p.userName()).isEqualTo("learner");
        });
        var decks = accounts.decks(learner.session().principal().userId());
        assertThat(decks).hasSize(2);
        assertThat(decks.get(0)).satisfies(d -> {
            assertThat(d.deckId()).isEqualTo(1);
            assertThat(d.shared()).isTrue();
            assertThat(d.role()).isEqualTo(DeckRole.LEARNER);
        });
        assertThat(decks.get(1)).satisfies(d -> {
            assertThat(d.shared()).isFalse();
            assertThat(d.role()).isEqualTo(DeckRole.OWNER);
        });
        // single-user mode on the same data still finds its deck
        assertThat(database.localDeck()).isNotNull();
    }

    @Test
    void namesAreUniqueCaseInsensitivelyAndPasswordsFollowTheRules() {
        var accounts = accounts(SignupPolicy.OPEN);
        accounts.signUp("Ada", PASSWORD, Optional.empty());
        assertThatThrownBy(() -> accounts.signUp("ada", PASSWORD, Optional.empty())).isInstanceOf(ConflictException.class).hasMessageContaining("ada");
        assertThatThrownBy(() -> accounts.signUp("bob", "short", Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 10");
        assertThatThrownBy(() -> accounts.signUp("local", PASSWORD, Optional.empty())).isInstanceOf(InvalidInputException.class);
        signedIn(accounts.logIn("ADA", PASSWORD, "a"));
    }

    @Test
    void closedSignUpRefusesTheWebButTheOperatorCanStillAddAccounts() {
        var accounts = accounts(SignupPolicy.CLOSED);
        assertThatThrownBy(() -> accounts.signUp("ada", PASSWORD, Optional.empty())).isInstanceOf(ForbiddenException.class).hasMessageContaining("closed");
        var admin = accounts.addAccount("ada", PASSWORD, true);
        assertThat(admin.admin()).isTrue();
        signedIn(accounts.logIn("ada", PASSWORD, "a"));
    }

    @Test
    void inviteOnlySignUpTakesEachCodeOnceAndNotAfterItExpires() {
        var accounts = accounts(SignupPolicy.INVITE);
        accounts.addAccount("teacher", PASSWORD, false);
        var teacher = signedIn(accounts.logIn("teacher", PASSWORD, "a")).session();
        assertThatThrownBy(() -> accounts.signUp("bob", PASSWORD, Optional.empty())).isInstanceOf(ForbiddenException.class).hasMessageContaining("invitation");
        String code = accounts.invite(teacher);
        assertThatThrownBy(() -> accounts.signUp("bob", PASSWORD, Optional.of("not-a-code"))).isInstanceOf(ForbiddenException.class);
        var bob = accounts.signUp("bob", PASSWORD, Optional.of(code));
        assertThat(bob.session().principal().role()).isEqualTo(DeckRole.LEARNER);
        assertThatThrownBy(() -> accounts.signUp("carol", PASSWORD, Optional.of(code))).isInstanceOf(ForbiddenException.class).hasMessageContaining("used");
        // the refused sign-up left no account behind
        assertThat(accounts.logIn("carol", PASSWORD, "b")).isInstanceOf(Accounts.Refused.class);

        String late = accounts.inviteAsOperator();
        clock.advance(Accounts.INVITATION_LIFETIME.plusSeconds(1));
        assertThatThrownBy(() -> accounts.signUp("dave", PASSWORD, Optional.of(late))).isInstanceOf(ForbiddenException.class);
        // a learner may not invite
        assertThatThrownBy(() -> accounts.invite(bob.session())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswer() {
        var accounts = accounts(SignupPolicy.OPEN);
        accounts.signUp("ada", PASSWORD, Optional.empty());
        assertThat(accounts.logIn("ada", "wrong password!", "a")).isEqualTo(new Accounts.Refused(Accounts.WRONG_LOGIN));
        assertThat(accounts.logIn("nobody", PASSWORD, "a")).isEqualTo(new Accounts.Refused(Accounts.WRONG_LOGIN));
        assertThat(accounts.logIn("local", "", "a")).isEqualTo(new Accounts.Refused(Accounts.WRONG_LOGIN));
    }

    @Test
    void loginsAreThrottledAfterFiveFailures() {
        var accounts = accounts(SignupPolicy.OPEN);
        accounts.signUp("ada", PASSWORD, Optional.empty());
        for (int i = 0; i < 5; i++) assertThat(accounts.logIn("ada", "wrong password!", "a")).isInstanceOf(Accounts.Refused.class);
        assertThat(accounts.logIn("ada", PASSWORD, "a")).isEqualTo(new Accounts.Throttled(Duration.ofSeconds(30)));
        clock.advance(Duration.ofSeconds(30));
        signedIn(accounts.logIn("ada", PASSWORD, "a"));
    }

    @Test
    void theOwnerGetsInFromABrowserThatSignedInBeforeWhileTheirNameIsUnderAttack() {
        var accounts = accounts(SignupPolicy.OPEN);
        String device = accounts.signUp("ada", PASSWORD, Optional.empty()).deviceCookie();
        for (int i = 0; i < 12; i++) accounts.logIn("ada", "guess number " + i, "attacker");
        assertThat(accounts.logIn("ada", PASSWORD, "cafe")).isInstanceOf(Accounts.Throttled.class);
        assertThat(accounts.logIn("ada", PASSWORD, "cafe", Optional.of("forged." + device.substring(device.indexOf('.') + 1))))
                .isInstanceOf(Accounts.Throttled.class);
        var back = signedIn(accounts.logIn("ada", PASSWORD, "cafe", Optional.of(device)));
        assertThat(back.session().principal().userName()).isEqualTo("ada");
        // the cookie proves this account only, and a new password revokes it
        accounts.signUp("bob", PASSWORD, Optional.empty());
        for (int i = 0; i < 6; i++) accounts.logIn("bob", "guess number " + i, "attacker");
        assertThat(accounts.logIn("bob", PASSWORD, "cafe", Optional.of(device))).isInstanceOf(Accounts.Throttled.class);
        accounts.changePassword(back.token(), PASSWORD, "a brand new passphrase");
        assertThat(accounts.logIn("ada", "a brand new passphrase", "cafe", Optional.of(device))).isInstanceOf(Accounts.Throttled.class);
    }

    @Test
    void anOperatorUnlockLiftsTheThrottleOnEveryInstanceSharingTheDatabase() {
        var one = accounts(SignupPolicy.OPEN);
        one.signUp("ada", PASSWORD, Optional.empty());
        for (int i = 0; i < 8; i++) one.logIn("ada", "guess number " + i, "attacker");
        assertThat(one.logIn("ada", PASSWORD, "home")).isInstanceOf(Accounts.Throttled.class);
        var operator = accounts(SignupPolicy.CLOSED); // as 'prepdeck user unlock ada' opens it: another throttle, same database
        operator.unlock("Ada");
        signedIn(one.logIn("ada", PASSWORD, "home"));
        assertThatThrownBy(() -> operator.unlock("nobody")).hasMessageContaining("no account \"nobody\"");
    }

    @Test
    void sessionsSlideUntilIdleFor14DaysAndEndAfter30DaysWhatever() {
        var accounts = accounts(SignupPolicy.OPEN);
        String token = accounts.signUp("ada", PASSWORD, Optional.empty()).token();
        assertThat(accounts.session(token)).isPresent();
        assertThat(accounts.session("nonsense")).isEmpty();
        for (int day = 0; day < 29; day += 10) {
            clock.advance(Duration.ofDays(10));
            if (day + 10 < 30) assertThat(accounts.session(token)).as("day %d", day + 10).isPresent();
        }
        // day 30: the absolute limit, though used every ten days
        assertThat(accounts.session(token)).isEmpty();

        String idle = signedIn(accounts.logIn("ada", PASSWORD, "a")).token();
        clock.advance(Duration.ofDays(14));
        assertThat(accounts.session(idle)).isEmpty();
        assertThat(accounts.session(idle)).as("deleted, not only refused").isEmpty();
    }

    @Test
    void logOutEndsOneSessionSignOutEverywhereEndsThemAll() {
        var accounts = accounts(SignupPolicy.OPEN);
        var ada = accounts.signUp("ada", PASSWORD, Optional.empty());
        String phone = signedIn(accounts.logIn("ada", PASSWORD, "a")).token();
        String laptop = signedIn(accounts.logIn("ada", PASSWORD, "a")).token();
        var bob = accounts.signUp("bob", PASSWORD, Optional.empty());
        accounts.logOut(phone);
        assertThat(accounts.session(phone)).isEmpty();
        assertThat(accounts.session(laptop)).isPresent();
        assertThat(accounts.signOutEverywhere(ada.session().principal().userId())).isEqualTo(2);
        assertThat(accounts.session(laptop)).isEmpty();
        assertThat(accounts.session(ada.token())).isEmpty();
        assertThat(accounts.session(bob.token())).as("another user's session").isPresent();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
        var accounts = accounts(SignupPolicy.OPEN);
        String here = accounts.signUp("ada", PASSWORD, Optional.empty()).token();
        String elsewhere = signedIn(accounts.logIn("ada", PASSWORD, "a")).token();
        assertThatThrownBy(() -> accounts.changePassword(here, "wrong password!", "a new passphrase")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.changePassword(here, PASSWORD, "short")).isInstanceOf(InvalidInputException.class);
        accounts.changePassword(here, PASSWORD, "a new passphrase");
        assertThat(accounts.session(here)).isPresent();
        assertThat(accounts.session(elsewhere)).isEmpty();
        assertThat(accounts.logIn("ada", PASSWORD, "a")).isInstanceOf(Accounts.Refused.class);
        signedIn(accounts.logIn("ada", "a new passphrase", "a"));
    }

    @Test
    void aUserSwitchesBetweenTheirOwnDecksOnly() {
        var accounts = accounts(SignupPolicy.OPEN);
        accounts.signUp("teacher", PASSWORD, Optional.empty());
        var ada = accounts.signUp("ada", PASSWORD, Optional.empty());
        var bob = accounts.signUp("bob", PASSWORD, Optional.empty());
        long adaPrivate = accounts.decks(ada.session().principal().userId()).get(1).deckId();
        long bobPrivate = accounts.decks(bob.session().principal().userId()).get(1).deckId();
        var switched = accounts.switchDeck(ada.token(), adaPrivate);
        assertThat(switched.principal().deckId()).isEqualTo(adaPrivate);
        assertThat(switched.principal().role()).isEqualTo(DeckRole.OWNER);
        assertThat(accounts.session(ada.token()).orElseThrow().principal().deckId()).isEqualTo(adaPrivate);
        assertThatThrownBy(() -> accounts.switchDeck(ada.token(), bobPrivate)).isInstanceOf(NotFoundException.class);
        // an owner of a private deck may invite to it; the invitee learns from it
        String code = accounts.invite(switched);
        var carol = accounts.signUp("carol", PASSWORD, Optional.of(code));
        assertThat(accounts.decks(carol.session().principal().userId())).anySatisfy(d -> {
            assertThat(d.deckId()).isEqualTo(adaPrivate);
            assertThat(d.role()).isEqualTo(DeckRole.LEARNER);
        });
    }

    private String everyRow() throws java.sql.SQLException {
        String url = stores.lastPostgresUrl();
        try (var c = prepdeck.testing.TestPostgres.server().connect(url.substring(url.lastIndexOf('/') + 1)); var s = c.createStatement();
             var rs = s.executeQuery("SELECT string_agg(x, '|') FROM (SELECT row_to_json(t)::text AS x FROM sessions t"
                     + " UNION ALL SELECT row_to_json(u)::text FROM users u UNION ALL SELECT row_to_json(i)::text FROM invitations i) rows")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void tokensAreNotStoredAsThemselves() throws Exception {
        var accounts = accounts(SignupPolicy.OPEN);
        String token = accounts.signUp("ada", PASSWORD, Optional.empty()).token();
        if (!(this.database instanceof SqliteDatabase database)) {
            // PostgreSQL: every row of every table, as text, instead of the file's bytes
            String all = everyRow();
            assertThat(all).doesNotContain(token).contains(Secrets.digest(token));
            return;
        }
        byte[] file = java.nio.file.Files.readAllBytes(database.file());
        byte[] wal = java.nio.file.Files.exists(Path.of(database.file() + "-wal")) ? java.nio.file.Files.readAllBytes(Path.of(database.file() + "-wal")) : new byte[0];
        String all = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1) + new String(wal, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(all).doesNotContain(token).contains(Secrets.digest(token));
    }
}
