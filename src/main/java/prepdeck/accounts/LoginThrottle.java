package prepdeck.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Slows down password guessing. Failed logins are counted per account name and per client address over a
 * window (15 minutes); past a limit (5 for one account, which stops guessing one person's password; 20 from
 * one address, which stops one client from spraying many accounts) further attempts are refused, without
 * checking the password, for a delay that doubles with every failure over the limit, up to the window.
 * A success clears the account's count. Counts are held in memory by one server instance: a restart forgets
 * them, and several instances each count their own share (see docs/deploy.md).
 */
public final class LoginThrottle {
    /** The limits; {@link #DEFAULT} is what the server uses. */
    public record Limits(int perAccount, int perAddress, Duration window, Duration firstDelay, int maxKeys) {
        public Limits {
            if (perAccount < 1 || perAddress < 1) throw new IllegalArgumentException("limits must be at least 1");
            Objects.requireNonNull(window);
            Objects.requireNonNull(firstDelay);
        }
    }

    public static final Limits DEFAULT = new Limits(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(30), 100_000);

    /** What the throttle says about an attempt. */
    public sealed interface Verdict permits Allowed, Refused {}

    public record Allowed() implements Verdict {}

    /** Too many failures: try again after {@code retryAfter}. */
    public record Refused(Duration retryAfter) implements Verdict {}

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Whether a login for {@code account} from {@code address} may be checked now. */
    public synchronized Verdict check(String account, String address) {
        Instant now = clock.instant();
        Duration wait = max(delay(accountKey(account), limits.perAccount(), now), delay(addressKey(address), limits.perAddress(), now));
        return wait.isZero() ? new Allowed() : new Refused(wait);
    }

    public synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        record(accountKey(account), now);
        record(addressKey(address), now);
    }

    public synchronized void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private Duration delay(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) return Duration.ZERO;
        prune(times, now);
        if (times.size() < limit) return Duration.ZERO;
        int over = Math.min(times.size() - limit, 20);
        Duration delay = limits.firstDelay().multipliedBy(1L << over);
        if (delay.compareTo(limits.window()) > 0) delay = limits.window();
        Duration left = Duration.between(now, times.peekLast().plus(delay));
        return left.isPositive() ? roundUp(left) : Duration.ZERO;
    }

    private void record(String key, Instant now) {
        if (!failures.containsKey(key) && failures.size() >= limits.maxKeys()) evictStale(now);
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(times, now);
        times.addLast(now);
        // a client that keeps failing must not grow memory without end: the limit's worth plus the doublings is all we use
        while (times.size() > Math.max(limits.perAccount(), limits.perAddress()) + 21) times.removeFirst();
    }

    /** Drops keys with no failure in the window; if all are recent, the oldest-touched goes (a flood of names cannot exhaust memory). */
    private void evictStale(Instant now) {
        Iterator<Map.Entry<String, Deque<Instant>>> it = failures.entrySet().iterator();
        while (it.hasNext()) {
            var times = it.next().getValue();
            prune(times, now);
            if (times.isEmpty()) it.remove();
        }
        if (failures.size() >= limits.maxKeys()) {
            failures.entrySet().stream().min(java.util.Comparator.comparing(e -> e.getValue().peekLast()))
                    .map(Map.Entry::getKey).ifPresent(failures::remove);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(limits.window());
        while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) times.removeFirst();
    }

    private static String accountKey(String account) {
        return "account:" + AccountNames.normalize(account).toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration roundUp(Duration d) {
        long seconds = d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
