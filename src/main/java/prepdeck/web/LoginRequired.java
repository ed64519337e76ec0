package prepdeck.web;

/** A page asked for without a valid session: answered with a redirect to the login page, which comes back to {@code next}. */
final class LoginRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String next;

    LoginRequired(String next) {
        super("sign in to see " + next);
        this.next = next;
    }

    String next() {
        return next;
    }
}
