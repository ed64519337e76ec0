package prepdeck.app;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The next days' practice for a device to take offline (issue 20): the cards due until {@code until} and today's
 * remaining new cards, each with the interval every grade gives it at the time it falls due, computed by the
 * server's scheduler. The device only picks a grade; the answer comes back with the time it was given and goes through
 * the same scheduler as any other ({@link Practice#answerGivenAt}), so nothing on the device schedules.
 *
 * @param newAllowed how many of the new cards may be started before the day ends (today's limit less those started)
 * @param cards      in the order to ask them: by due time, new cards last
 */
public record OfflineWindow(Instant generatedAt, Instant until, int newAllowed, List<Entry> cards) {
    public OfflineWindow {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(until, "until");
        cards = List.copyOf(cards);
    }

    /**
     * One card as {@link Practice#next} would show it when it falls due.
     *
     * @param dueAt when it falls due; empty for a new card
     */
    public record Entry(NextCard card, Optional<Instant> dueAt) {
        public Entry {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(dueAt, "dueAt");
        }
    }
}
