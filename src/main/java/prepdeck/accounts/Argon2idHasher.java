package prepdeck.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) through BouncyCastle, encoded as a PHC string
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) so the cost can be raised later: a stored hash names
 * the parameters it was made with, verifies with those, and {@link #needsRehash} tells the caller to
 * replace it at the next successful login.
 */
public final class Argon2idHasher implements PasswordHasher {
    /**
     * OWASP's Password Storage Cheat Sheet's first Argon2id setting: 19 MiB, 2 passes, 1 lane. About 30–60 ms
     * on one core of a small server, which a login can afford and a guesser with a stolen database cannot
     * multiply cheaply; one lane because a server answers many logins at once rather than one faster.
     */
    public static final Cost OWASP = new Cost(19 * 1024, 2, 1);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    /** Memory in KiB, passes over it, lanes. */
    public record Cost(int memoryKiB, int iterations, int parallelism) {
        public Cost {
            if (parallelism < 1 || iterations < 1 || memoryKiB < 8 * parallelism) {
                throw new IllegalArgumentException("Argon2 needs p >= 1, t >= 1 and m >= 8p KiB, got m=" + memoryKiB
                        + " t=" + iterations + " p=" + parallelism);
            }
        }
    }

    private final Cost cost;
    private final SecureRandom random;
    private final java.util.concurrent.Semaphore running;

    /** At most as many hashes at once as the machine has cores. */
    public Argon2idHasher(Cost cost, SecureRandom random) {
        this(cost, random, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param atOnce hashes computed at the same time; the rest wait their turn, first come first served. A rush
     *               of logins then costs {@code atOnce} × m of memory, not one m per request, and each login
     *               finishes in turn instead of all of them sharing the cores and finishing together, late.
     */
    public Argon2idHasher(Cost cost, SecureRandom random, int atOnce) {
        if (atOnce < 1) throw new IllegalArgumentException("hashes at once must be at least 1, got " + atOnce);
        this.cost = Objects.requireNonNull(cost);
        this.random = Objects.requireNonNull(random);
        this.running = new java.util.concurrent.Semaphore(atOnce, true);
    }

    private byte[] inTurn(String password, byte[] salt, Cost cost, int length) {
        running.acquireUninterruptibly();
        try {
            return derive(password, salt, cost, length);
        } finally {
            running.release();
        }
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = inTurn(password, salt, cost, HASH_BYTES);
        return "$argon2id$v=19$m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean verify(String password, String encoded) {
        var parsed = parse(encoded);
        if (parsed.isEmpty()) return false;
        Parsed p = parsed.get();
        byte[] actual = inTurn(password, p.salt(), p.cost(), p.hash().length);
        // MessageDigest.isEqual takes the same time wherever the two differ
        return MessageDigest.isEqual(actual, p.hash());
    }

    @Override
    public boolean needsRehash(String encoded) {
        return parse(encoded).map(p -> !p.cost().equals(cost) || p.hash().length != HASH_BYTES).orElse(true);
    }

    private record Parsed(Cost cost, byte[] salt, byte[] hash) {}

    private static Optional<Parsed> parse(String encoded) {
        if (encoded == null) return Optional.empty();
        Matcher m = PHC.matcher(encoded);
        if (!m.matches()) return Optional.empty();
        try {
            var cost = new Cost(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return Optional.of(new Parsed(cost, B64_DECODE.decode(m.group(4)), B64_DECODE.decode(m.group(5))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] derive(String password, byte[] salt, Cost cost, int length) {
        var parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .build();
        var generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }
}
