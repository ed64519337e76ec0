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

    /**
     * {@link #search} for a page that must answer at once: while another thread builds the index for the first time,
     * waits for it at most {@code budget}, then gives up.
     *
     * @throws SearchIndexBuildingException when the first build is still running after {@code budget}
     */
    default List<SearchHit> searchWithin(String query, int limit, java.time.Duration budget) {
        return search(query, limit);
    }

    /** The gaps with {@link GapView#related()} filled: cards elsewhere in the notes that cover them. */
    List<GapView> withRelated(List<GapView> gaps, int perGap);

    /**
     * {@link #withRelated} within a time budget, for a page that must answer at once: links already found are given,
     * new ones are looked for until {@code budget} is spent, and the rest are {@link LinkedGaps#pending()} (found by
     * a later call). While another thread builds the index for the first time, the call waits for it within the budget;
     * a build still running then leaves every gap pending.
     */
    default LinkedGaps withRelatedWithin(List<GapView> gaps, int perGap, java.time.Duration budget) {
        return new LinkedGaps(withRelated(gaps, perGap), java.util.Set.of());
    }

    /**
     * Why a card was linked to a gap by the last {@link #withRelated} ("matched «декоратор» → Decorators"); "" when the
     * gap's words are the card's own or the link is not known.
     */
    default String whyRelated(long gapId, long cardId) {
        return "";
    }
}
