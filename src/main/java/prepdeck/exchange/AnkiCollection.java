package prepdeck.exchange;

import java.util.List;
import java.util.Objects;

/**
 * An Anki collection in schema 11 (the layout every Anki version imports), as plain rows: what the
 * store writes into {@code collection.anki2}. Times follow Anki: ids and {@code modMillis} in epoch
 * milliseconds, {@code crtSeconds} and row {@code mod} in epoch seconds.
 *
 * @param crtSeconds the collection's creation day; a review card's {@code due} counts days from it
 */
public record AnkiCollection(long crtSeconds, long modMillis, long noteTypeId, String noteTypeName, List<String> fieldNames,
                             List<Deck> decks, List<Note> notes, List<Card> cards, List<Revlog> revlog) {
    public AnkiCollection {
        Objects.requireNonNull(noteTypeName);
        fieldNames = List.copyOf(fieldNames);
        decks = List.copyOf(decks);
        notes = List.copyOf(notes);
        cards = List.copyOf(cards);
        revlog = List.copyOf(revlog);
    }

    public record Deck(long id, String name) {}

    /** @param tags space-separated, as Anki keeps them; {@code sortField} is the first field without markup */
    public record Note(long id, String guid, long mod, String tags, List<String> fields, String sortField, long checksum) {
        public Note {
            fields = List.copyOf(fields);
        }
    }

    /**
     * @param type  0 new, 1 learning, 2 review, 3 relearning
     * @param queue 0 new, 1 learning (due in epoch seconds), 2 review (due in days since crt)
     * @param data  Anki's per-card JSON ({@code {"s":…,"d":…}} carries FSRS memory to Anki versions that read it)
     */
    public record Card(long id, long noteId, long deckId, long mod, int type, int queue, long due, int interval, int factor,
                       int reps, int lapses, int left, String data) {}

    /**
     * @param ease     the grade, 1–4
     * @param interval days when positive, seconds when negative (a learning step)
     * @param type     0 learning, 1 review, 2 relearning
     */
    public record Revlog(long id, long cardId, int ease, int interval, int lastInterval, int factor, int timeMs, int type) {}
}
