package prepdeck.web;

import java.net.InetAddress;
import java.util.Objects;
import prepdeck.accounts.LanPairing;

/**
 * Who may use a laptop that serves on the local network ({@code serve --lan}, issue 20): requests from this machine
 * (loopback) as before; from elsewhere only a paired device, or a request to redeem a pairing link. Everything else,
 * data, API and pages alike, is refused. Plain decisions, so the web wiring stays a thin switch over them.
 * (Not yet wired into {@link WebApp}: see issue 20.)
 */
final class LanGate {
    /** The path a pairing link opens: {@code /pair?code=CODE}. */
    static final String PAIR_PATH = "/pair";
    /** The cookie that carries a device token (HttpOnly, SameSite=Strict when set). */
    static final String DEVICE_COOKIE = "prepdeck_device";

    /** What to do with one request. */
    sealed interface Decision permits Allow, Pair, Refuse {}
    /** Serve it as today; {@code device} names the paired device, or is "this computer" for loopback. */
    record Allow(String device) implements Decision {}
    /** Redeem the code in the link, then set the device cookie. */
    record Pair(String code) implements Decision {}
    /** Refuse with this status and say how to pair. */
    record Refuse(int status, String reason) implements Decision {}

    private final LanPairing pairing;

    LanGate(LanPairing pairing) {
        this.pairing = Objects.requireNonNull(pairing);
    }

    /**
     * @param method    the request's method: only a GET opens a pairing link
     * @param pairCode  the link's {@code code} parameter, or null
     */
    Decision decide(InetAddress remote, String method, String path, String pairCode, String deviceCookie) {
        if (remote != null && remote.isLoopbackAddress()) return new Allow("this computer");
        if (PAIR_PATH.equals(path) && "GET".equals(method) && pairCode != null && !pairCode.isEmpty()) return new Pair(pairCode);
        // the app's own styles, scripts and icon hold no one's data: the pairing and refusal pages need them to be read
        if ("GET".equals(method) && Assets.isAsset(path)) return new Allow("anyone, for the app's assets");
        return pairing.deviceFor(deviceCookie)
                .<Decision>map(d -> new Allow(d.name()))
                .orElseGet(() -> new Refuse(401, deviceCookie == null || deviceCookie.isEmpty()
                        ? "this device is not paired: open the pairing link shown by prepdeck on the laptop"
                        : "this device's pairing was revoked or is unknown: open a new pairing link from the laptop"));
    }
}
