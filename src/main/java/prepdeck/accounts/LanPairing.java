package prepdeck.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pairing of devices with a laptop that serves on the local network ({@code serve --lan}, issue 20). The laptop
 * shows a one-time pairing code (in a link and a QR code); the first device that redeems it before it expires gets
 * a device token, a 256-bit secret it keeps in a cookie. Only SHA-256 digests of codes and tokens are kept, so a copy
 * of this state pairs nobody. A code works once; a token works until the laptop revokes its device. Devices are kept
 * by a {@link PairedDevices} (the data folder's database), codes in memory only. Wrong codes are throttled per
 * address: a sender that tried {@link #MAX_WRONG_CODES} wrong ones is refused for {@link #CODE_LIFETIME}.
 * Thread-safe: every method synchronizes on this object.
 */
public final class LanPairing {
    /** How long a pairing code may wait to be opened. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    /** Wrong codes one address may try within {@link #CODE_LIFETIME} before it is refused until they age out. */
    public static final int MAX_WRONG_CODES = 5;
    private static final int MAX_NAME = 120;
    /** Last-seen times are written at most this often per device, not on every request. */
    private static final Duration SEEN_GRANULARITY = Duration.ofMinutes(1);

    /** A paired device as the laptop's settings page lists it. */
    public record Device(String id, String name, Instant pairedAt, Instant lastSeen) {
        public Device {
            Objects.requireNonNull(id);
            Objects.requireNonNull(name);
            Objects.requireNonNull(pairedAt);
            Objects.requireNonNull(lastSeen);
        }
    }

    /** What redeeming a pairing code gave: the new device and the token to hand to it (shown once, never stored). */
    public record Paired(Device device, String token) {}

    /** Why a pairing code was refused. */
    public enum Refusal { UNKNOWN, USED, EXPIRED, THROTTLED }

    /** The outcome of redeeming a code: paired, or refused with a reason. */
    public sealed interface Redemption permits Redemption.Accepted, Redemption.Refused {
        record Accepted(Paired paired) implements Redemption {}
        record Refused(Refusal why) implements Redemption {}
    }

    private record Code(Instant expires, boolean used) {}

    private final Clock clock;
    private final Secrets secrets;
    private final PairedDevices devices;
    private final Map<String, Code> codes = new LinkedHashMap<>();
    private final Map<String, List<Instant>> wrongCodes = new HashMap<>();
    private String shownCode;

    /** Pairing whose devices live in memory only. */
    public LanPairing(Clock clock, Secrets secrets) {
        this(clock, secrets, PairedDevices.inMemory());
    }

    public LanPairing(Clock clock, Secrets secrets, PairedDevices devices) {
        this.clock = Objects.requireNonNull(clock);
        this.secrets = Objects.requireNonNull(secrets);
        this.devices = Objects.requireNonNull(devices);
    }

    /**
     * The code the laptop shows now: the last one shown while it is unused and has more than a minute left, else a
     * new one. (The plain code is kept for this only; it is on the laptop's screen anyway.)
     */
    public synchronized String shownCode() {
        if (shownCode != null) {
            Code c = codes.get(Secrets.digest(shownCode));
            if (c != null && !c.used() && clock.instant().plus(Duration.ofMinutes(1)).isBefore(c.expires())) return shownCode;
        }
        shownCode = newCode();
        return shownCode;
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
        return redeem(code, userAgent, "");
    }

    /**
     * The same for a request from {@code sender} (its address): one that sent {@link #MAX_WRONG_CODES} wrong codes
     * within {@link #CODE_LIFETIME} is refused, right code or not, until the oldest of them ages out.
     */
    public synchronized Redemption redeem(String code, String userAgent, String sender) {
        Instant now = clock.instant();
        List<Instant> wrong = wrongCodes.computeIfAbsent(sender, k -> new ArrayList<>());
        wrong.removeIf(at -> !now.isBefore(at.plus(CODE_LIFETIME)));
        if (wrong.size() >= MAX_WRONG_CODES) return new Redemption.Refused(Refusal.THROTTLED);
        Refusal why = check(code, now);
        if (why != null) {
            wrong.add(now);
            return new Redemption.Refused(why);
        }
        if (wrong.isEmpty()) wrongCodes.remove(sender);
        String digest = Secrets.digest(code);
        codes.put(digest, new Code(codes.get(digest).expires(), true));
        String token = secrets.token();
        Device device = new Device(secrets.invitationCode(), deviceName(userAgent), now, now);
        devices.add(device, Secrets.digest(token));
        return new Redemption.Accepted(new Paired(device, token));
    }

    private Refusal check(String code, Instant now) {
        if (code == null || code.isEmpty() || code.length() > 100) return Refusal.UNKNOWN;
        Code known = codes.get(Secrets.digest(code));
        if (known == null) return Refusal.UNKNOWN;
        if (known.used()) return Refusal.USED;
        if (!now.isBefore(known.expires())) return Refusal.EXPIRED;
        return null;
    }

    /** The device that holds {@code token}, if it is paired and not revoked. */
    public synchronized Optional<Device> deviceFor(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) return Optional.empty();
        // looked up by the digest of a 256-bit secret: how long the lookup takes tells nothing about a token
        Optional<Device> found = devices.byTokenDigest(Secrets.digest(token));
        found.ifPresent(d -> {
            Instant now = clock.instant();
            if (!now.isBefore(d.lastSeen().plus(SEEN_GRANULARITY))) devices.seen(d.id(), now);
        });
        return found;
    }

    /** Revokes a device: its token stops working at once. False when no such device is paired. */
    public synchronized boolean revoke(String deviceId) {
        return deviceId != null && devices.remove(deviceId);
    }

    /** The paired devices, oldest first. */
    public synchronized List<Device> devices() {
        return devices.all();
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
