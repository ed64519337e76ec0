package prepdeck.accounts;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Account names: 3–40 letters, digits, dots, dashes and underscores, kept as typed (after NFKC) but
 * compared case-insensitively by the store. "local" is the single-user mode's user and cannot be taken.
 */
public final class AccountNames {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{3,40}");
    public static final String RESERVED = "local";

    private AccountNames() {}

    public static String normalize(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFKC);
    }

    /** Why {@code name} cannot name an account, or empty when it can. */
    public static Optional<String> problem(String name) {
        String n = normalize(name);
        if (!NAME.matcher(n).matches()) {
            return Optional.of("an account name is 3 to 40 letters, digits, dots, dashes or underscores, got \"" + n + "\"");
        }
        if (n.equalsIgnoreCase(RESERVED)) return Optional.of("the name \"" + RESERVED + "\" belongs to single-user mode");
        return Optional.empty();
    }
}
