package prepdeck.app;

import java.util.Objects;
import java.util.Optional;

/**
 * A live answered card of the deck with the user's scheduling state of it (empty: never reviewed), for
 * the planner and the readiness forecast, which look at the whole deck at once.
 *
 * @param topic the card's topic path ("" when it has none)
 */
public record DeckCardState(long cardId, String topic, Optional<CardStateRow> state) {
    public DeckCardState {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(state, "state");
    }

    /** Whether the card sits in {@code path} or one of its subtopics. */
    public boolean inTopic(String path) {
        return topic.equals(path) || topic.startsWith(path + " / ");
    }
}
