package prepdeck.review.interview;

import java.util.Objects;
import java.util.Set;

/**
 * A word a key point is made of.
 *
 * @param written  as the reference writes it
 * @param folded   lower-cased and folded
 * @param keys     its lemmas in every language (see {@link Word#keys})
 * @param negated  the reference says it with a negation before it ("не блокирует")
 * @param optional a generic word ("язык", "method") that the point reads better with but does not need
 * @param head     the subject of a "subject — what it is" phrase: it must be stated, and first
 */
public record Term(String written, String folded, Set<String> keys, boolean negated, boolean optional, boolean head) {
    public Term {
        Objects.requireNonNull(written);
        Objects.requireNonNull(folded);
        keys = Set.copyOf(keys);
    }
}
