package prepdeck.app;

import java.util.Collection;
import java.util.List;

/**
 * Full-text search over cards. The index is derived data: whatever it holds can be rebuilt from the
 * store with {@link #replaceAll(List)}.
 *
 * <p>Query syntax: words (ranked by how many a card covers, in any word form and language, forgiving small typos
 * and the wrong keyboard layout; question words need not match), {@code "phrases"},
 * {@code -word} / {@code -"phrase"} to exclude, {@code topic:PATH} (topic path prefix, case-insensitive,
 * may be quoted), {@code kind:question|section|definition|list|command|cloze|snippet},
 * {@code lang:ru|uk|en}, {@code is:gap}, {@code is:due}. A word starting with {@code --} is a word
 * (a command-line flag), not an exclusion.
 */
public interface SearchIndex extends AutoCloseable {
    /** Drops everything and indexes {@code cards}. */
    void replaceAll(List<CardView> cards);

    /** Adds the cards, replacing any with the same id. */
    void upsert(List<CardView> cards);

    void remove(Collection<Long> ids);

    /**
     * A note kept with the index's last commit: how far it has caught up with the store. Empty for an index
     * that was never stamped (new, or rebuilt by an older version).
     */
    java.util.Optional<String> stamp();

    /** Commits {@code stamp} with the index. */
    void stamp(String stamp);

    /**
     * Cards matching {@code query}, best first; retired cards are never found.
     *
     * @param due which cards {@code is:due} stands for
     * @throws SearchSyntaxException when the query is malformed
     */
    List<SearchHit> search(String query, int limit, DueFilter due);

    default List<SearchHit> search(String query, int limit) {
        return search(query, limit, DueFilter.NONE);
    }

    /**
     * Answered cards from other sources that cover what {@code gap} asks, best first; only cards that
     * match well enough to be worth showing.
     */
    List<SearchHit> related(GapView gap, int limit);

    @Override
    void close();
}
