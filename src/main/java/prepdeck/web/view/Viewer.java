package prepdeck.web.view;

/**
 * Who looks at a page, as far as the page's header cares: whether they may import into the deck (a learner
 * may not, so Import is not offered), and in server mode the account's name, or that no one has signed in yet. Single-user mode's local user may do everything.
 */
public record Viewer(boolean mayImport, String accountName, boolean anonymous) {
    public static final Viewer OWNER = new Viewer(true, "", false);
    /** Server mode before sign-in: the header offers nothing but the way in. */
    public static final Viewer ANONYMOUS = new Viewer(false, "", true);

    public Viewer {
        java.util.Objects.requireNonNull(accountName);
    }

    /** Server mode: the header links to the signed-in account (its page signs out). */
    public boolean signedIn() {
        return !accountName.isEmpty();
    }
}
