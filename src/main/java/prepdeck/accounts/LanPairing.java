package prepdeck.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pairing of devices with a laptop that serves on the local network ({@code serve --lan}, issue 20). The laptop
 * shows a one-time pairing code (in a link and a QR code); the first device that redeems it before it expires gets
 * a device token, a 256-bit secret it keeps in a cookie. Only SHA-256 digests of codes and tokens are kept, so a copy
 * of this state pairs nobody. A code works once; a token works until the laptop revokes its device.
 * Thread-safe: every method synchronizes on this object.
 */
public final class LanPairing {
    /** How long a pairing code may wait to be opened. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    private static final int MAX_NAME = 120;

    /** A paired device as the laptop's settings page lists it. */
    public record Device(String id, String name, Instant pairedAt) {
        public Device {
            Objects.requireNonNull(id);
            Objects.requireNonNull(name);
            Objects.requireNonNull(pairedAt);
        }
    }

    /** What redeeming a pairing code gave: the new device and the token to hand to it (shown once, never stored). */
    public record Paired(Device device, String token) {}

    /** Why a pairing code was refused. */
    public enum Refusal { UNKNOWN, USED, EXPIRED }

    /** The outcome of redeeming a code: paired, or refused with a reason. */
    public sealed interface Redemption permits Redemption.Accepted, Redemption.Refused {
        record Accepted(Paired paired) implements Redemption {}
        record Refused(Refusal why) implements Redemption {}
    }

    private record Code(Instant expires, boolean used) {}
    private record Entry(Device device, String tokenDigest) {}

    private final Clock clock;
    private final Secrets secrets;
    private final Map<String, Code> codes = new LinkedHashMap<>();
    private final Map<String, Entry> devicesById = new LinkedHashMap<>();

    public LanPairing(Clock clock, Secrets secrets) {
        this.clock = Objects.requireNonNull(clock);
        this.secrets = Objects.requireNonNull(secrets);
    }

    /** A new one-time pairing code, valid for {@link #CODE_LIFETIME}. Older codes stay valid until they expire. */
    public synchronized String newCode() {
        forgetExpired();
        String code = secrets.token();
        codes.put(Secrets.digest(code), new Code(clock.instant().plus(CODE_LIFETIME), false));
        return code;
    }

    /** Redeems {@code code} for a device named by {@code userAgent}; a code pairs one device, once. */
    public synchronized Redemption redeem(String code, String userAgent) {
        if (code == null || code.isEmpty() || code.length() > 100) return new Redemption.Refused(Refusal.UNKNOWN);
        String digest = Secrets.digest(code);
        Code known = codes.get(digest);
        if (known == null) return new Redemption.Refused(Refusal.UNKNOWN);
        if (known.used()) return new Redemption.Refused(Refusal.USED);
        Instant now = clock.instant();
        if (!now.isBefore(known.expires())) return new Redemption.Refused(Refusal.EXPIRED);
        codes.put(digest, new Code(known.expires(), true));
        String token = secrets.token();
        Device device = new Device(secrets.invitationCode(), deviceName(userAgent), now);
        devicesById.put(device.id(), new Entry(device, Secrets.digest(token)));
        return new Redemption.Accepted(new Paired(device, token));
    }

    /** The device that holds {@code token}, if it is paired and not revoked. */
    public synchronized Optional<Device> deviceFor(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) return Optional.empty();
        String digest = Secrets.digest(token);
        for (Entry e : devicesById.values()) {
            if (Secrets.same(e.tokenDigest(), digest)) return Optional.of(e.device());
        }
        return Optional.empty();
    }

    /** Revokes a device: its token stops working at once. False when no such device is paired. */
    public synchronized boolean revoke(String deviceId) {
        return devicesById.remove(deviceId) != null;
    }

    /** The paired devices, oldest first. */
    public synchronized List<Device> devices() {
        List<Device> out = new ArrayList<>();
        for (Entry e : devicesById.values()) out.add(e.device());
        out.sort(Comparator.comparing(Device::pairedAt));
        return List.copyOf(out);
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        codes.values().removeIf(c -> !now.isBefore(c.expires().plus(CODE_LIFETIME)));
    }

    private static String deviceName(String userAgent) {
        String name = userAgent == null ? "" : userAgent.strip().replaceAll("\\p{Cntrl}", " ");
        if (name.isEmpty()) return "unnamed device";
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "…" : name;
    }
}
