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
}
