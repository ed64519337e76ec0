package prepdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LanPairingTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T20:00:00Z"));
    private final LanPairing pairing = new LanPairing(clock, new Secrets(new SecureRandom()));

    @Test
    void aCodePairsOneDeviceOnceAndItsTokenWorks() {
        String code = pairing.newCode();
        var first = assertInstanceOf(LanPairing.Redemption.Accepted.class, pairing.redeem(code, "Mozilla/5.0 (iPhone)"));
        var again = assertInstanceOf(LanPairing.Redemption.Refused.class, pairing.redeem(code, "Mozilla/5.0 (Android)"));
        assertEquals(LanPairing.Refusal.USED, again.why());
        String token = first.paired().token();
        assertTrue(token.length() >= 43, "a device token is 256 random bits");
        assertNotEquals(code, token);
        assertEquals("Mozilla/5.0 (iPhone)", pairing.deviceFor(token).orElseThrow().name());
        assertEquals(1, pairing.devices().size());
    }

    @Test
    void anExpiredOrUnknownCodeIsRefused() {
        String code = pairing.newCode();
        clock.advance(LanPairing.CODE_LIFETIME);
        assertEquals(LanPairing.Refusal.EXPIRED,
                assertInstanceOf(LanPairing.Redemption.Refused.class, pairing.redeem(code, "phone")).why());
        assertEquals(LanPairing.Refusal.UNKNOWN,
                assertInstanceOf(LanPairing.Redemption.Refused.class, pairing.redeem("not-a-code", "phone")).why());
        assertEquals(LanPairing.Refusal.UNKNOWN,
                assertInstanceOf(LanPairing.Redemption.Refused.class, pairing.redeem(null, "phone")).why());
        assertTrue(pairing.devices().isEmpty());
    }

    @Test
    void aCodeJustBeforeExpiryStillPairs() {
        String code = pairing.newCode();
        clock.advance(LanPairing.CODE_LIFETIME.minus(Duration.ofSeconds(1)));
        assertInstanceOf(LanPairing.Redemption.Accepted.class, pairing.redeem(code, "phone"));
    }

    @Test
    void aRevokedTokenStopsWorkingAndOthersKeepWorking() {
        var a = ((LanPairing.Redemption.Accepted) pairing.redeem(pairing.newCode(), "phone")).paired();
        clock.advance(Duration.ofSeconds(5));
        var b = ((LanPairing.Redemption.Accepted) pairing.redeem(pairing.newCode(), "tablet")).paired();
        assertTrue(pairing.revoke(a.device().id()));
        assertFalse(pairing.revoke(a.device().id()));
        assertTrue(pairing.deviceFor(a.token()).isEmpty());
        assertEquals("tablet", pairing.deviceFor(b.token()).orElseThrow().name());
        assertTrue(pairing.deviceFor("").isEmpty());
        assertTrue(pairing.deviceFor(null).isEmpty());
    }

    @Test
    void aDeviceIsNamedByItsUserAgentWithoutControlCharacters() {
        var p = ((LanPairing.Redemption.Accepted) pairing.redeem(pairing.newCode(), "evil\r\nSet-Cookie: x")).paired();
        assertFalse(p.device().name().contains("\n"));
        var q = ((LanPairing.Redemption.Accepted) pairing.redeem(pairing.newCode(), null)).paired();
        assertEquals("unnamed device", q.device().name());
    }

    @Test
    void wrongCodesFromOneAddressAreThrottledUntilTheyAgeOutAndOtherAddressesAreNot() {
        String code = pairing.newCode();
        for (int i = 0; i < LanPairing.MAX_WRONG_CODES; i++) {
            assertEquals(LanPairing.Refusal.UNKNOWN, ((LanPairing.Redemption.Refused) pairing.redeem("guess" + i, "phone", "10.0.0.9")).why());
        }
        assertEquals(LanPairing.Refusal.THROTTLED, ((LanPairing.Redemption.Refused) pairing.redeem(code, "phone", "10.0.0.9")).why());
        assertInstanceOf(LanPairing.Redemption.Accepted.class, pairing.redeem(code, "phone", "10.0.0.10"));
        String next = pairing.newCode();
        clock.advance(LanPairing.CODE_LIFETIME);
        String fresh = pairing.newCode();
        assertEquals(LanPairing.Refusal.EXPIRED, ((LanPairing.Redemption.Refused) pairing.redeem(next, "phone", "10.0.0.9")).why());
        assertInstanceOf(LanPairing.Redemption.Accepted.class, pairing.redeem(fresh, "phone", "10.0.0.9"));
    }

    @Test
    void theShownCodeStaysUntilUsedOrNearItsEnd() {
        String shown = pairing.shownCode();
        assertEquals(shown, pairing.shownCode());
        clock.advance(LanPairing.CODE_LIFETIME.minus(Duration.ofSeconds(30)));
        String later = pairing.shownCode();
        assertNotEquals(shown, later, "a code with less than a minute left is not shown");
        pairing.redeem(later, "phone");
        assertNotEquals(later, pairing.shownCode());
    }

    @Test
    void devicesLiveInTheirStoreAndTheLastSeenTimeIsKeptThere() {
        var store = PairedDevices.inMemory();
        var first = new LanPairing(clock, new Secrets(new SecureRandom()), store);
        var paired = ((LanPairing.Redemption.Accepted) first.redeem(first.newCode(), "phone")).paired();
        var second = new LanPairing(clock, new Secrets(new SecureRandom()), store);
        clock.advance(Duration.ofMinutes(5));
        assertEquals(paired.device().id(), second.deviceFor(paired.token()).orElseThrow().id());
        assertEquals(clock.instant(), store.all().get(0).lastSeen());
        assertTrue(second.revoke(paired.device().id()));
        assertTrue(first.deviceFor(paired.token()).isEmpty());
    }
}
