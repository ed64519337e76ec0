package prepdeck.review.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Decides which key points an answer states. A term is stated by a word with one of its lemmas, a word
 * one small typo away, or a synonym in any of the three languages, said with the same polarity (a
 * negation just before the word in one and not the other breaks it). A phrase is stated when enough of
 * its terms appear close together in one sentence: an answer that scatters the reference's words about
 * does not state how they relate.
 */
final class Coverage {
    private final TextAnalysis analysis;

    Coverage(TextAnalysis analysis) {
        this.analysis = Objects.requireNonNull(analysis);
    }

    /**
     * An answer's words with the sentence each is in, where it stands (a comma counts as {@value #COMMA}
     * words: "типизация статическая, абстракции динамическая" does not say "динамическая типизация") and
     * whether a negation comes just before it.
     */
    record Answer(List<Word> words, int[] sentence, int[] place, boolean[] negated) {
        private static final int COMMA = 2;

        static Answer of(String text, List<Word> words) {
            int[] sentence = new int[words.size()];
            int[] place = new int[words.size()];
            boolean[] negated = new boolean[words.size()];
            int s = 0;
            for (int i = 0; i < words.size(); i++) {
                if (i > 0 && endsSentence(text, words.get(i - 1).end(), words.get(i).start())) s++;
                sentence[i] = s;
                place[i] = i == 0 ? 0 : place[i - 1] + 1 + (between(text, words.get(i - 1).end(), words.get(i).start(), ',') ? COMMA : 0);
                negated[i] = Wording.negatedAt(words, i, text);
            }
            return new Answer(words, sentence, place, negated);
        }

        private static boolean between(String text, int from, int to, char c) {
            return text.substring(from, to).indexOf(c) >= 0;
        }

        private static boolean endsSentence(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') return true;
            }
            return false;
        }
    }

    PointCheck check(KeyPoint point, Answer answer) {
        for (Phrase p : point.phrasings()) {
            List<String> matched = find(p, answer);
            if (!matched.isEmpty()) return new PointCheck(point, true, matched);
        }
        return new PointCheck(point, false, List.of());
    }

    /** The answer's words that state the phrase, or none. */
    private List<String> find(Phrase phrase, Answer answer) {
        var terms = phrase.terms();
        var occurrences = new ArrayList<List<Integer>>(terms.size());
        for (Term t : terms) {
            var at = new ArrayList<Integer>();
            for (int i = 0; i < answer.words().size(); i++) {
                if (answer.negated()[i] == t.negated() && states(t, answer.words().get(i))) at.add(i);
            }
            occurrences.add(at);
        }
        boolean headed = terms.stream().anyMatch(Term::head);
        for (int a = 0; a < terms.size(); a++) {
            if (headed && !terms.get(a).head()) continue; // "образ — шаблон" is said of the image, which comes first
            for (int anchor : occurrences.get(a)) {
                // the window starting at this occurrence: which terms have a word of their own in it, in the same sentence
                var found = new TreeMap<Integer, Integer>();
                int needed = 0;
                boolean negationNeeded = terms.stream().anyMatch(Term::negated), negationFound = false;
                for (int k = 0; k < terms.size(); k++) {
                    for (int i : occurrences.get(k)) {
                        int distance = answer.place()[i] - answer.place()[anchor];
                        if (i >= anchor && distance < phrase.window() && answer.sentence()[i] == answer.sentence()[anchor]
                                && !found.containsKey(i)) {
                            found.put(i, k);
                            if (!terms.get(k).optional()) needed++;
                            if (terms.get(k).negated()) negationFound = true;
                            break;
                        }
                    }
                }
                // "does not get faster" is stated only with its negation, not by the words around it
                if ((!negationNeeded || negationFound) && needed >= phrase.required()) {
                    return found.keySet().stream().map(i -> answer.words().get(i).written()).toList();
                }
            }
        }
        return List.of();
    }

    /** Whether an answer's word says what a term of the reference says. */
    boolean states(Term term, Word word) {
        if (word.folded().equals(term.folded())) return true; // "with", "not" in code are terms too
        if (word.stop()) return false;
        for (String k : term.keys()) if (word.keys().contains(k)) return true;
        var concepts = isCode(term.folded()) ? List.<Integer>of() : Synonyms.conceptsOf(term.folded());
        if (!concepts.isEmpty()) {
            for (int c : Synonyms.conceptsOf(word.folded())) if (concepts.contains(c)) return true;
        }
        if (nearly(term.folded(), word.folded())) return true;
        for (String a : term.keys()) for (String b : word.keys()) if (nearly(a, b)) return true;
        return false;
    }

    /** {@code functools.wraps}, {@code __mro__}: names, which have no synonyms. */
    private static boolean isCode(String folded) {
        return folded.indexOf('_') >= 0 || folded.indexOf('.') >= 0;
    }

    /**
     * One slip of the keyboard in a word of six letters or more, two from ten. The first letter must
     * agree: "асинхронный" is no typo of "синхронный", nor "immutable" of "mutable".
     */
    private boolean nearly(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 6 || a.charAt(0) != b.charAt(0)) return false;
        int max = shorter >= 10 ? 2 : 1;
        return analysis.distance(a, b, max) <= max;
    }
}
