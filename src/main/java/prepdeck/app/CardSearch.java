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
     * Why a card was linked to a gap by the last {@link #withRelated} ("matched «декоратор» → Decorators"); "" when the
     * gap's words are the card's own or the link is not known.
     */
    default String whyRelated(long gapId, long cardId) {
        return "";
    }
}
