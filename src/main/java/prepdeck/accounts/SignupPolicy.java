package prepdeck.accounts;

import java.util.Locale;

/** Who may create an account through the web: anyone, only holders of an invitation code, or nobody (the CLI still can). */
public enum SignupPolicy {
    OPEN,
    INVITE,
    CLOSED;

    /** "open", "invite", "closed", as the command line spells them. */
    public static SignupPolicy parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sign-up policy must be open, invite or closed, got \"" + text + "\"", e);
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
