package prepdeck.accounts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The proof that a browser signed in to an account before: a cookie {@code NAME.NONCE.SIGNATURE} given at a
 * successful login, whose signature is an HMAC-SHA256 keyed with the account's stored password hash. Nothing is
 * stored per device; the server recomputes the signature from the account's row, so every instance sharing the
 * database accepts it, and changing the password (a new hash) revokes every device at once. A browser with a
 * valid device cookie is throttled by its own failures only ({@link LoginThrottle}), so an attack on the owner's
 * name or address does not lock the owner out.
 */
public final class DeviceCookies {
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private DeviceCookies() {}

    /** The cookie value for a browser that has just signed in to {@code account} with the right password. */
    public static String issue(String account, String passwordHash, String nonce) {
        if (!NONCE.matcher(nonce).matches()) throw new IllegalArgumentException("a device nonce is 16 to 64 URL-safe characters");
        String name = B64.encodeToString(folded(account).getBytes(StandardCharsets.UTF_8));
        return name + "." + nonce + "." + sign(account, passwordHash, nonce);
    }

    /**
     * The device's id (its nonce) when {@code cookie} was issued for {@code account} under its current password hash;
     * empty for a missing, malformed, foreign or outdated cookie.
     */
    public static Optional<String> verify(String cookie, String account, String passwordHash) {
        if (cookie == null || cookie.length() > 400) return Optional.empty();
        String[] parts = cookie.split("\\.", -1);
        if (parts.length != 3 || !NONCE.matcher(parts[1]).matches()) return Optional.empty();
        String name = B64.encodeToString(folded(account).getBytes(StandardCharsets.UTF_8));
        if (!Secrets.same(parts[0], name)) return Optional.empty();
        return Secrets.same(parts[2], sign(account, passwordHash, parts[1])) ? Optional.of(parts[1]) : Optional.empty();
    }

    private static String sign(String account, String passwordHash, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(passwordHash.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] tag = mac.doFinal(("prepdeck device\n" + folded(account) + "\n" + nonce).getBytes(StandardCharsets.UTF_8));
            return B64.encodeToString(tag);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("the JDK always has HmacSHA256", e);
        }
    }

    private static String folded(String account) {
        return AccountNames.normalize(account).toLowerCase(java.util.Locale.ROOT);
    }
}
