package prepdeck.app;

import java.util.Collection;
import java.util.Set;

/**
 * Tells search which cards are due for review. Review state lives outside the search index, so
 * {@code is:due} is answered by asking the caller, card by card.
 */
@FunctionalInterface
public interface DueFilter {
    /** Nothing is due: {@code is:due} matches no card. */
    DueFilter NONE = cardId -> false;

    boolean isDue(long cardId);

    /** Due exactly when the card's id is in {@code ids}. */
    static DueFilter of(Collection<Long> ids) {
        Set<Long> due = Set.copyOf(ids);
        return due::contains;
    }
}
