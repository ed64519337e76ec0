package prepdeck.web.view;

import java.util.Objects;
import java.util.Optional;

/**
 * The sign-up form; {@code invite} is the code from the invitation link, if any. When sign-up is {@code closed} the
 * page explains that and shows no form.
 */
public record SignupPage(String name, String invite, boolean inviteOnly, boolean firstAccount, String formToken, Optional<String> error,
                         boolean closed) {
    public SignupPage {
        Objects.requireNonNull(name);
        Objects.requireNonNull(invite);
        Objects.requireNonNull(formToken);
        Objects.requireNonNull(error);
    }

    /** The error as a sentence on the page, with what to do about it where the message alone does not say. */
    public Optional<String> errorSentence() {
        return error.map(e -> {
            String s = e.isEmpty() ? e : Character.toUpperCase(e.charAt(0)) + e.substring(1);
            if (!s.endsWith(".")) s += ".";
            if (e.contains("invitation code is unknown, used or expired")) s += " Each link works once: ask whoever invited you for a new one.";
            return s;
        });
    }

    public int minLength() {
        return prepdeck.accounts.PasswordRules.MIN_LENGTH;
    }
}
