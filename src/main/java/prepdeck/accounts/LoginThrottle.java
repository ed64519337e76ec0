package prepdeck.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down password guessing without locking the owner out.
 *
 * <p>Failed logins are counted over a window (15 minutes) three ways:
 * <ul>
 *   <li>per account, for browsers that have never signed in to it (limit 5): stops guessing one person's password;</li>
 *   <li>per client address, counting each account tried once (limit 20 accounts): stops one client from spraying
 *       many accounts, while one person mistyping their own password many times does not close the address for
 *       everyone behind it (a class behind one NAT, a proxy);</li>
 *   <li>per trusted device (a browser that signed in to the account before, proven by its device cookie; limit 5):
 *       such a browser is judged by its own failures only, so the owner still gets in with the right password
 *       while their name, or their address, is under attack.</li>
 * </ul>
 * Past a limit further attempts are refused, without checking the password, for a delay that doubles with every
 * failure over the limit, up to the window. A success clears the count it was judged by; an operator's
 * {@link #unlock} forgets the account's failures up to a moment, and lets the account past its address's earlier ones. Counts are held in memory by one server instance:
 * a restart forgets them, and several instances each count their own share (see docs/deploy.md).
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

    /**
     * One login attempt: the account's name, the client's address, and the id of the device cookie the browser
     * presented when it is valid for this account (empty for a browser that never signed in to it).
     */
    public record Attempt(String account, String address, Optional<String> device) {
        public Attempt {
            Objects.requireNonNull(account);
            Objects.requireNonNull(address);
            Objects.requireNonNull(device);
        }

        public static Attempt untrusted(String account, String address) {
            return new Attempt(account, address, Optional.empty());
        }
    }

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    /** When the operator last lifted each account's lock: the address's earlier failures do not hold it back either. */
    private final Map<String, Instant> unlocked = new HashMap<>();

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Whether a login for {@code account} from {@code address}, by a browser that never signed in to it, may be checked now. */
    public Verdict check(String account, String address) {
        return check(Attempt.untrusted(account, address));
    }

    /** Whether this attempt's password may be checked now. */
    public synchronized Verdict check(Attempt attempt) {
        Instant now = clock.instant();
        Duration wait = attempt.device().isPresent()
                ? delay(deviceKey(attempt.account(), attempt.device().get()), limits.perAccount(), now)
                : max(delay(accountKey(attempt.account()), limits.perAccount(), now),
                        delay(addressKey(attempt.address()), limits.perAddress(), now, unlocked.get(folded(attempt.account()))));
        return wait.isZero() ? new Allowed() : new Refused(wait);
    }

    public void failed(String account, String address) {
        failed(Attempt.untrusted(account, address));
    }

    /** Counts a wrong password. */
    public synchronized void failed(Attempt attempt) {
        Instant now = clock.instant();
        if (attempt.device().isPresent()) {
            record(deviceKey(attempt.account(), attempt.device().get()), now);
            return;
        }
        record(accountKey(attempt.account()), now);
        // the address counts each account tried once a window: spraying names, not retyping one's own password
        String pair = pairKey(attempt.address(), attempt.account());
        Deque<Instant> earlier = failures.get(pair);
        if (earlier != null) prune(earlier, now);
        if (earlier == null || earlier.isEmpty()) record(addressKey(attempt.address()), now);
        record(pair, now);
    }

    public void succeeded(String account) {
        succeeded(Attempt.untrusted(account, ""));
    }

    /**
     * A right password: the count it was judged by starts over — the device's for a trusted device (failures from
     * elsewhere still count against the account: the owner signing in does not reopen guessing), else the account's.
     */
    public synchronized void succeeded(Attempt attempt) {
        if (attempt.device().isPresent()) failures.remove(deviceKey(attempt.account(), attempt.device().get()));
        else failures.remove(accountKey(attempt.account()));
    }

    /**
     * Forgets the account's failures (from any browser) up to {@code until}: the operator lifted the lock
     * ({@code prepdeck user unlock NAME}). Failures after that moment still count.
     */
    public synchronized void unlock(String account, Instant until) {
        String accountKey = accountKey(account);
        unlocked.merge(folded(account), until, (a, b) -> a.isAfter(b) ? a : b);
        if (unlocked.size() > limits.maxKeys()) unlocked.keySet().removeIf(k -> !k.equals(folded(account)) && unlocked.get(k).isBefore(clock.instant().minus(limits.window())));
        String devicePrefix = "device:" + folded(account) + "\n";
        String pairSuffix = "\n" + folded(account);
        for (var e : failures.entrySet()) {
            String key = e.getKey();
            if (key.equals(accountKey) || key.startsWith(devicePrefix) || key.startsWith("pair:") && key.endsWith(pairSuffix)) {
                e.getValue().removeIf(t -> !t.isAfter(until));
            }
        }
    }

    private Duration delay(String key, int limit, Instant now) {
        return delay(key, limit, now, null);
    }

    /** The wait the key's failures impose; those at or before {@code forgiven} (when given) do not count. */
    private Duration delay(String key, int limit, Instant now, Instant forgiven) {
        Deque<Instant> times = failures.get(key);
        if (times == null) return Duration.ZERO;
        prune(times, now);
        int count = forgiven == null ? times.size() : (int) times.stream().filter(t -> t.isAfter(forgiven)).count();
        if (count < limit) return Duration.ZERO;
        int over = Math.min(count - limit, 20);
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
            failures.entrySet().stream().min(Comparator.comparing(e -> e.getValue().peekLast()))
                    .map(Map.Entry::getKey).ifPresent(failures::remove);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(limits.window());
        while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) times.removeFirst();
    }

    private static String folded(String account) {
        return AccountNames.normalize(account).toLowerCase(Locale.ROOT);
    }

    private static String accountKey(String account) {
        return "account:" + folded(account);
    }

    private static String deviceKey(String account, String device) {
        return "device:" + folded(account) + "\n" + device;
    }

    private static String pairKey(String address, String account) {
        return "pair:" + address + "\n" + folded(account);
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
