package prepdeck.web.view;

import java.util.Objects;
import java.util.Optional;

/** The sign-up form; {@code invite} is the code from the invitation link, if any. */
public record SignupPage(String name, String invite, boolean inviteOnly, boolean firstAccount, String formToken, Optional<String> error) {
    public SignupPage {
        Objects.requireNonNull(name);
        Objects.requireNonNull(invite);
        Objects.requireNonNull(formToken);
        Objects.requireNonNull(error);
    }

    public int minLength() {
        return prepdeck.accounts.PasswordRules.MIN_LENGTH;
    }
}
