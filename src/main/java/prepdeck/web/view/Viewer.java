package prepdeck.web.view;

/**
 * Who looks at a page, as far as the page's header cares: whether they may import into the deck (a learner
 * may not, so Import is not offered), and in server mode the account's name and the deck it is in (a learner may
 * have several), or that no one has signed in yet. Single-user mode's local user may do everything.
 */
public record Viewer(boolean mayImport, String accountName, boolean anonymous, String deckName) {
    public static final Viewer OWNER = new Viewer(true, "", false);
    /** Server mode before sign-in: the header offers nothing but the way in. */
    public static final Viewer ANONYMOUS = new Viewer(false, "", true);

    public Viewer {
        java.util.Objects.requireNonNull(accountName);
        java.util.Objects.requireNonNull(deckName);
    }

    /** Without a deck name to show (single-user mode has one deck). */
    public Viewer(boolean mayImport, String accountName, boolean anonymous) {
        this(mayImport, accountName, anonymous, "");
    }

    /** Server mode: the header links to the signed-in account (its page signs out). */
    public boolean signedIn() {
        return !accountName.isEmpty();
    }
}
