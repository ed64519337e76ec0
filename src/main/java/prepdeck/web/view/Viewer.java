package prepdeck.web.view;

/**
 * Who looks at a page, as far as the page's header cares: whether they may import into the deck (a learner
 * may not, so Import is not offered). Single-user mode's local user may do everything.
 */
public record Viewer(boolean mayImport) {
    public static final Viewer OWNER = new Viewer(true);
}
