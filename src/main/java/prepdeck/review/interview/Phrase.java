package prepdeck.review.interview;

import java.util.List;

/**
 * One way an answer can state a key point: {@code required} of the terms, all within {@code window} words
 * of each other and in one sentence of the answer.
 */
public record Phrase(List<Term> terms, int required, int window) {
    public Phrase {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) throw new IllegalArgumentException("a phrase needs a term");
        if (required < 1 || required > terms.size()) {
            throw new IllegalArgumentException("required " + required + " of " + terms.size() + " terms");
        }
        if (window < 1) throw new IllegalArgumentException("window " + window);
    }
}
