package prepdeck.accounts;

/**
 * Turns a password into a self-describing hash (a PHC string, parameters included) and checks a password
 * against one. The use cases see only this, so tests can use a cheap setting and the program a costly one.
 */
public interface PasswordHasher {
    String hash(String password);

    /** Whether {@code password} matches {@code encoded}; false (never an exception) for a malformed hash. */
    boolean verify(String password, String encoded);

    /** Whether {@code encoded} was made with other parameters than this hasher's, and should be re-hashed at the next login. */
    boolean needsRehash(String encoded);
}
