package prepdeck.review.interview;

import java.util.List;
import java.util.Objects;

/**
 * Something a good answer mentions: a term of the reference ("GIL", "__iter__") or a short phrase
 * ("динамическая типизация"). An answer covers it when it states any one of its phrasings.
 *
 * @param text      how the point reads, taken from the reference
 * @param kind      what it was made from
 * @param phrasings the ways to state it ("GIL" or "глобальная блокировка интерпретатора"); never empty
 * @param line      the reference's line it comes from, 1-based
 */
public record KeyPoint(String text, Kind kind, List<Phrase> phrasings, int line) {
    /** What a point was made from. */
    public enum Kind {
        /** the leading words of a list item, a line or a sentence */
        PHRASE,
        /** an identifier, acronym or other term kept as written */
        TERM;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public KeyPoint {
        Objects.requireNonNull(text);
        Objects.requireNonNull(kind);
        phrasings = List.copyOf(phrasings);
        if (phrasings.isEmpty()) throw new IllegalArgumentException("key point '" + text + "' has no phrasing");
    }
}
