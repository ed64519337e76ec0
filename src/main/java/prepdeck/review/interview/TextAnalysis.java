package prepdeck.review.interview;

import java.util.List;
import prepdeck.knowledge.Language;

/**
 * The language analysis answer checking needs, implemented outside the core (by the search package's
 * analysers), so the rules here stay plain Java.
 */
public interface TextAnalysis {
    /**
     * Every word of {@code text} in order, stop words included (they keep the distances between words
     * right), each with its lemmas under every language the notes use.
     *
     * @param language the text's language: it decides which words are too common to count
     */
    List<Word> words(String text, Language language);

    /** The edit distance of two words (a swap of neighbouring letters is one edit), or more than {@code max}. */
    int distance(String a, String b, int max);
}
