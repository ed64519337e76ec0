package prepdeck.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Random secrets (session tokens, CSRF tokens, invitation codes) and how they are kept. A token is 256
 * random bits, shown to its holder once as URL-safe Base64; the database keeps only its SHA-256, so a copy
 * of the database lets nobody sign in. (A fast hash is enough here: unlike a password, a 256-bit token
 * cannot be guessed, so there is nothing for a slow hash to protect.)
 */
public final class Secrets {
    public static final int TOKEN_BYTES = 32;
    /** Invitation codes are typed or pasted by people: 128 bits are plenty and shorter to read. */
    public static final int CODE_BYTES = 16;

    private final SecureRandom random;

    public Secrets(SecureRandom random) {
        this.random = Objects.requireNonNull(random);
    }

    /** A new session or CSRF token: 256 random bits. */
    public String token() {
        return random(TOKEN_BYTES);
    }

    /** A new invitation code: 128 random bits. */
    public String invitationCode() {
        return random(CODE_BYTES);
    }

    private String random(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** What the store keeps of a token or code: its SHA-256, in hex. */
    public static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** Compares two secrets in time that depends on their lengths only, not on where they differ. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) return false;
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
