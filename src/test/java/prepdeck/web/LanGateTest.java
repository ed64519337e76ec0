package prepdeck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import prepdeck.accounts.LanPairing;
import prepdeck.accounts.Secrets;

class LanGateTest {
    private final LanPairing pairing = new LanPairing(Clock.systemUTC(), new Secrets(new SecureRandom()));
    private final LanGate gate = new LanGate(pairing);

    @Test
    void loopbackPassesAndOthersNeedAToken() throws Exception {
        InetAddress local = InetAddress.getByName("127.0.0.1");
        InetAddress phone = InetAddress.getByName("192.168.1.23");
        assertInstanceOf(LanGate.Allow.class, gate.decide(local, "GET", "/api/cards", null, null));
        for (String path : new String[] {"/", "/api/cards", "/review", "/settings", "/assetsx", "/assets"}) {
            assertEquals(401, assertInstanceOf(LanGate.Refuse.class, gate.decide(phone, "GET", path, null, null)).status(), path);
            assertEquals(401, assertInstanceOf(LanGate.Refuse.class, gate.decide(phone, "GET", path, null, "forged")).status(), path);
        }
        // the app's own styles and icon carry no data: the refusal page can be read
        assertInstanceOf(LanGate.Allow.class, gate.decide(phone, "GET", "/assets/app.css", null, null));
        assertInstanceOf(LanGate.Allow.class, gate.decide(phone, "GET", "/favicon.ico", null, null));
        assertInstanceOf(LanGate.Refuse.class, gate.decide(phone, "POST", "/assets/app.css", null, null));
        String code = pairing.newCode();
        assertEquals(code, assertInstanceOf(LanGate.Pair.class, gate.decide(phone, "GET", "/pair", code, null)).code());
        assertInstanceOf(LanGate.Refuse.class, gate.decide(phone, "GET", "/pair", "", null));
        assertInstanceOf(LanGate.Refuse.class, gate.decide(phone, "GET", "/pair/x", code, null));
        assertInstanceOf(LanGate.Refuse.class, gate.decide(phone, "POST", "/pair", code, null));
        var paired = ((LanPairing.Redemption.Accepted) pairing.redeem(code, "phone")).paired();
        assertEquals("phone", assertInstanceOf(LanGate.Allow.class, gate.decide(phone, "GET", "/api/cards", null, paired.token())).device());
        pairing.revoke(paired.device().id());
        assertInstanceOf(LanGate.Refuse.class, gate.decide(phone, "GET", "/api/cards", null, paired.token()));
    }
}
