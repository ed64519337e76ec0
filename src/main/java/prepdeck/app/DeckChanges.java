package prepdeck.app;

import java.util.Objects;
import java.util.Set;

/**
 * What the deck's change log says since a change number: the sources changed after it, and the latest number.
 * A reader that has taken in these sources is caught up to {@code latest}.
 */
public record DeckChanges(long latest, Set<Long> sourceIds) {
    public DeckChanges {
        Objects.requireNonNull(sourceIds);
        sourceIds = Set.copyOf(sourceIds);
    }
}
