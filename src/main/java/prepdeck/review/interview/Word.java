package prepdeck.review.interview;

import java.util.Objects;
import java.util.Set;

/**
 * One word of a text as the analysis sees it.
 *
 * @param written as in the text, case kept ({@code GIL}, {@code QuerySet})
 * @param folded  lower-cased and folded (ё → е, one apostrophe)
 * @param keys    what the word is equal to: its folded form, its lemmas or stems in each language, and the
 *                pieces of a dotted or dashed word
 * @param stop    too common to carry meaning (a stop word of the text's language)
 * @param start   where it starts in the text (a char index)
 * @param end     where it ends in the text (exclusive)
 */
public record Word(String written, String folded, Set<String> keys, boolean stop, int start, int end) {
    public Word {
        Objects.requireNonNull(written);
        Objects.requireNonNull(folded);
        keys = Set.copyOf(keys);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad word span " + start + ".." + end);
    }
}
