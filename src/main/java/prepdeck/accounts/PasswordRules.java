package prepdeck.accounts;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be. Length is what makes a password hard to guess (NIST SP 800-63B asks for
 * no composition rules), so the rules are few: long enough, not the account's own name, and not so long
 * that hashing it becomes a way to tie up the server.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 10;
    /** Argon2 hashes any length, but a megabyte "password" would only be a denial of service. */
    public static final int MAX_LENGTH = 1024;

    private PasswordRules() {}

    /** Why {@code password} is refused for the account {@code name}, or empty when it is acceptable. */
    public static Optional<String> problem(String name, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("the password must be at least " + MIN_LENGTH + " characters long (it has " + length
                    + "): length is what makes a password hard to guess");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("the password must be at most " + MAX_LENGTH + " characters long (it has " + length + ")");
        }
        if (password.strip().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("the password must not be the account's name: the name is the first thing anyone tries");
        }
        return Optional.empty();
    }
}
