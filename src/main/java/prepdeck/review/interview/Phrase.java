package prepdeck.review.interview;

import java.util.List;

/**
 * One way an answer can state a key point: its words, of which enough must be said in one sentence of the answer.
 *
 * @param label the point is a whole list item of a few words ("Динамическая типизация"), which an answer states only
 *              with all of them
 */
public record Phrase(List<Term> terms, boolean label) {
    public Phrase {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) throw new IllegalArgumentException("a phrase needs a term");
    }
}
