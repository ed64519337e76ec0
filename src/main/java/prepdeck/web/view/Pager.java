package prepdeck.web.view;

/**
 * Which slice of a long list a page shows, so that no page grows with the deck: {@code page} is 1-based, and
 * {@code href} is the page's own address up to the page number (it ends in {@code page=} or the like).
 * Public only because the precompiled templates live in another package.
 */
public record Pager(int page, int size, int total, String href) {
    public Pager {
        if (size < 1) throw new IllegalArgumentException("a page holds at least one row, got " + size);
        if (total < 0) throw new IllegalArgumentException("a total cannot be negative, got " + total);
        page = Math.max(1, Math.min(page, Math.max(1, (total + size - 1) / size)));
    }

    /** Everything on one page: no links to other pages are shown. */
    public static Pager all(int total) {
        return new Pager(1, Math.max(1, total), total, "?page=");
    }

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** Index of the first row shown, 0-based. */
    public int from() {
        return (page - 1) * size;
    }

    /** Index after the last row shown. */
    public int to() {
        return Math.min(total, from() + size);
    }

    public boolean paged() {
        return pages() > 1;
    }

    public String link(int n) {
        return href + n;
    }

    /** The rows of {@code all} that this page shows. */
    public <T> java.util.List<T> slice(java.util.List<T> all) {
        return all.subList(Math.min(from(), all.size()), Math.min(to(), all.size()));
    }
}
