package prepdeck.app;

import java.util.List;

/** Search as the CLI and the pages use it. */
public interface CardSearch {
    /** No search at all: finds nothing, relates nothing. */
    CardSearch NONE = new CardSearch() {
        @Override
        public List<SearchHit> search(String query, int limit) {
            return List.of();
        }

        @Override
        public List<GapView> withRelated(List<GapView> gaps, int perGap) {
            return gaps;
        }
    };

    /**
     * Cards matching {@code query}, best first.
     *
     * @throws SearchSyntaxException when the query is malformed; its message names the bad token
     */
    List<SearchHit> search(String query, int limit);

    /** The gaps with {@link GapView#related()} filled: cards elsewhere in the notes that cover them. */
    List<GapView> withRelated(List<GapView> gaps, int perGap);

    /**
     * {@link #withRelated}, unless the index is being built for the first time by another thread (a server's warm-up
     * after a first import can take seconds at 100,000 cards): then empty at once, so a page shows its gaps without
     * their links instead of waiting.
     */
    default java.util.Optional<List<GapView>> withRelatedIfReady(List<GapView> gaps, int perGap) {
        return java.util.Optional.of(withRelated(gaps, perGap));
    }

    /**
     * Why a card was linked to a gap by the last {@link #withRelated} ("matched «декоратор» → Decorators"); "" when the
     * gap's words are the card's own or the link is not known.
     */
    default String whyRelated(long gapId, long cardId) {
        return "";
    }
}
