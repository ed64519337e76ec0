package prepdeck.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.DEFAULT, clock);

    @Test
    void fiveFailuresForOneAccountRefuseTheSixthForThirtySeconds() {
        for (int i = 0; i < 4; i++) throttle.failed("ada", "10.0.0.1");
        assertThat(throttle.check("ada", "10.0.0.1")).isInstanceOf(LoginThrottle.Allowed.class);
        throttle.failed("ada", "10.0.0.1");
        assertThat(throttle.check("Ada", "10.0.0.9")).isEqualTo(new LoginThrottle.Refused(Duration.ofSeconds(30)));
        assertThat(throttle.check("bob", "10.0.0.1")).isInstanceOf(LoginThrottle.Allowed.class);
        clock.advance(Duration.ofSeconds(20));
        assertThat(throttle.check("ada", "10.0.0.1")).isEqualTo(new LoginThrottle.Refused(Duration.ofSeconds(10)));
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.check("ada", "10.0.0.1")).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void theDelayDoublesWithEveryFailureOverTheLimitUpToTheWindow() {
        for (int i = 0; i < 6; i++) throttle.failed("ada", "a");
        assertThat(throttle.check("ada", "a")).isEqualTo(new LoginThrottle.Refused(Duration.ofSeconds(60)));
        throttle.failed("ada", "a");
        assertThat(throttle.check("ada", "a")).isEqualTo(new LoginThrottle.Refused(Duration.ofSeconds(120)));
        for (int i = 0; i < 10; i++) throttle.failed("ada", "a");
        assertThat(throttle.check("ada", "a")).isEqualTo(new LoginThrottle.Refused(Duration.ofMinutes(15)));
    }

    @Test
    void twentyFailuresFromOneAddressRefuseEveryAccountFromIt() {
        for (int i = 0; i < 20; i++) throttle.failed("user" + i, "192.0.2.7");
        assertThat(throttle.check("someone-new", "192.0.2.7")).isInstanceOf(LoginThrottle.Refused.class);
        assertThat(throttle.check("someone-new", "192.0.2.8")).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 5; i++) throttle.failed("ada", "a");
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.check("ada", "a")).isInstanceOf(LoginThrottle.Allowed.class);
        throttle.failed("ada", "a");
        assertThat(throttle.check("ada", "a")).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        for (int i = 0; i < 4; i++) throttle.failed("ada", "a");
        throttle.succeeded("ada");
        throttle.failed("ada", "a");
        assertThat(throttle.check("ada", "b")).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void aFloodOfNamesCannotGrowTheTableBeyondItsCap() {
        var small = new LoginThrottle(new LoginThrottle.Limits(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(30), 50), clock);
        for (int i = 0; i < 1000; i++) small.failed("name" + i, "addr" + i);
        // the newest are still counted; nothing threw and memory stayed bounded (checked by the cap's eviction path)
        assertThat(small.check("name999", "x")).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void oneAccountRetriedFromAnAddressDoesNotCloseTheAddressForOthers() {
        // someone behind the class's NAT forgot their password and kept trying: the address counts that account once
        for (int i = 0; i < 40; i++) throttle.failed("forgetful", "198.51.100.1");
        assertThat(throttle.check("forgetful", "198.51.100.1")).isInstanceOf(LoginThrottle.Refused.class);
        assertThat(throttle.check("admin", "198.51.100.1")).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void aTrustedDeviceIsJudgedByItsOwnFailuresWhileTheAccountAndAddressAreUnderAttack() {
        for (int i = 0; i < 30; i++) throttle.failed("admin", "203.0.113.9");
        for (int i = 0; i < 25; i++) throttle.failed("user" + i, "203.0.113.9");
        var owner = new LoginThrottle.Attempt("admin", "203.0.113.9", java.util.Optional.of("laptop-nonce-0123456789"));
        assertThat(throttle.check(LoginThrottle.Attempt.untrusted("admin", "192.0.2.1"))).isInstanceOf(LoginThrottle.Refused.class);
        assertThat(throttle.check("someone-else", "203.0.113.9")).isInstanceOf(LoginThrottle.Refused.class);
        assertThat(throttle.check(owner)).isInstanceOf(LoginThrottle.Allowed.class);
        // the device's own typos count, and stop it too
        for (int i = 0; i < 5; i++) throttle.failed(owner);
        assertThat(throttle.check(owner)).isInstanceOf(LoginThrottle.Refused.class);
        var phone = new LoginThrottle.Attempt("admin", "203.0.113.9", java.util.Optional.of("phone-nonce-0123456789"));
        assertThat(throttle.check(phone)).isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void unlockForgetsTheAccountsFailuresUpToItsMomentOnly() {
        for (int i = 0; i < 5; i++) throttle.failed("ada", "a");
        assertThat(throttle.check("ada", "b")).isInstanceOf(LoginThrottle.Refused.class);
        throttle.unlock("ADA", clock.instant());
        assertThat(throttle.check("ada", "b")).isInstanceOf(LoginThrottle.Allowed.class);
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 5; i++) throttle.failed("ada", "a");
        throttle.unlock("ada", clock.instant().minusSeconds(1));
        assertThat(throttle.check("ada", "b")).isInstanceOf(LoginThrottle.Refused.class);
    }
}
