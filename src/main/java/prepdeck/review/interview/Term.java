package prepdeck.review.interview;

import java.util.Objects;
import java.util.Set;

/**
 * A word a key point is made of.
 *
 * @param written  as the reference writes it
 * @param folded   lower-cased and folded
 * @param keys     its lemmas in every language (see {@link Word#keys})
 * @param negated  a negation bears on it directly ("не блокирует", "without a lock")
 * @param clauseNegated its clause has a negation (it may bear on another word: "без встановлення з'єднання")
 * @param optional a generic or topic word ("язык", the subject every point is about) that weighs little
 * @param head     the subject of its point ("`__enter__` — …", "UDP …"): an answer that says the rest of the point of
 *                 another subject of the same reference has swapped them
 * @param given    the card's question names it already ("процесс" for «Чем отличается процесс от потока?»): an answer
 *                 that repeats it shows nothing, so it is no evidence the point is stated (it still names a subject,
 *                 and saying it the other way round still contradicts)
 */
public record Term(String written, String folded, Set<String> keys, boolean negated, boolean clauseNegated, boolean optional, boolean head,
        boolean given) {
    public Term {
        Objects.requireNonNull(written);
        Objects.requireNonNull(folded);
        keys = Set.copyOf(keys);
    }

    /** How much stating it counts towards its point. */
    double weight() {
        if (optional) return 0.3;
        return WordShapes.isIdentifier(written) || WordShapes.isAcronym(written) ? 1.5 : 1.0;
    }
}
