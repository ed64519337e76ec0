package prepdeck.review.interview;

import java.util.List;
import java.util.Objects;

/**
 * One claim of a reference a good answer makes: a clause, a list item, a table cell, a term ("GIL", "__iter__").
 * An answer states it when it says enough of one of its phrasings in one sentence, with the same polarity.
 *
 * @param text      how the point reads, taken from the reference
 * @param kind      what it was made from
 * @param phrasings the ways to state it ("GIL" or "глобальная блокировка интерпретатора"); never empty
 * @param line      the reference's line it comes from, 1-based
 * @param essential the definition or a named mechanism, as against a detail; counts double in the score
 */
public record KeyPoint(String text, Kind kind, List<Phrase> phrasings, int line, boolean essential) {
    /** What a point was made from. */
    public enum Kind {
        /** a clause, list item, line or sentence */
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

    public double weight() {
        return essential ? 2 : 1;
    }
}
