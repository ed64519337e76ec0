package prepdeck.web.view;

import java.util.Objects;
import java.util.Optional;

/**
 * The login form. {@code formToken} is the pre-session CSRF token (also in a cookie) that makes a login
 * forged by another site fail; {@code next} is the local path to go to afterwards.
 */
public record LoginPage(String name, String next, String formToken, Optional<String> error, boolean signupOffered) {
    public LoginPage {
        Objects.requireNonNull(name);
        Objects.requireNonNull(next);
        Objects.requireNonNull(formToken);
        Objects.requireNonNull(error);
    }
}
