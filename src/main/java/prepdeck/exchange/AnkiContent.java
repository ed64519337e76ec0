package prepdeck.exchange;

import java.time.Instant;
import java.util.List;

/**
 * What an Anki collection holds that we take over: one entry per card (its note's first two fields,
 * its deck, its note's tags) and the review log.
 */
public record AnkiContent(List<Card> cards, List<Review> reviews) {
    public AnkiContent {
        cards = List.copyOf(cards);
        reviews = List.copyOf(reviews);
    }

    /**
     * @param guid   its note's GUID, by which Anki (and we) know a note across packages
     * @param deck   the deck's full name, {@code ::}-separated; {@code frontHtml}/{@code backHtml} as Anki stores them
     * @param fields every field of its note, the first two included
     */
    public record Card(long id, String guid, String frontHtml, String backHtml, String deck, List<String> tags, List<String> fields) {
        public Card {
            java.util.Objects.requireNonNull(guid);
            tags = List.copyOf(tags);
            fields = List.copyOf(fields);
        }
    }

    /** @param ease 1 Again … 4 Easy; {@code type} 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual (rescheduled, no answer) */
    public record Review(long id, long cardId, Instant at, int ease, long timeMs, int type) {}
}
