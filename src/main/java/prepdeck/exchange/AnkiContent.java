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

    /** @param deck the deck's full name, {@code ::}-separated; {@code frontHtml}/{@code backHtml} as Anki stores them */
    public record Card(long id, String frontHtml, String backHtml, String deck, List<String> tags) {
        public Card {
            tags = List.copyOf(tags);
        }
    }

    /** @param ease 1 Again … 4 Easy; {@code type} 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual (rescheduled, no answer) */
    public record Review(long id, long cardId, Instant at, int ease, long timeMs, int type) {}
}
