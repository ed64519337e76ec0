package prepdeck.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.terms.Concept;
import prepdeck.knowledge.terms.Glossary;

/**
 * The glossary's concepts looked up by word forms: a query's words (or two or three of them in a row, "цикл
 * событий") are stemmed in each language and matched against the glossary's terms stemmed the same way, so
 * «декораторы», «декоратор» and "decorators" all reach the concept decorator, whose terms in the other languages
 * the search then also looks for.
 */
final class TermBridge {
    /** Longest run of query words looked up as one term. */
    static final int MAX_WORDS = 3;

    private final Analysis analysis;
    private final Map<String, List<Concept>> byKey = new HashMap<>();
    private final List<String> singleWords = new ArrayList<>();
    /** Phrases already looked up (a search looks each of its words up several times); emptied when it grows large. */
    private final Map<String, List<Concept>> seen = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_SEEN = 50_000;

    TermBridge(Analysis analysis, Glossary glossary) {
        this.analysis = analysis;
        for (Concept concept : glossary.concepts()) {
            for (String term : concept.allTerms()) {
                if (!term.contains(" ") && !singleWords.contains(term)) singleWords.add(term);
                for (String key : keys(term)) {
                    List<Concept> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (!list.contains(concept)) list.add(concept);
                }
            }
        }
    }

    /** The keys a phrase is known by: its stems in each language, one lemma per word, joined by spaces. */
    private Set<String> keys(String phrase) {
        var keys = new LinkedHashSet<String>();
        for (Language language : Language.values()) {
            List<List<String>> byPosition = byPosition(analysis.stems(language, phrase));
            if (byPosition.isEmpty() || byPosition.size() > MAX_WORDS) continue;
            combine(byPosition, 0, "", keys);
        }
        return keys;
    }

    private static List<List<String>> byPosition(List<Analysis.Token> tokens) {
        var out = new ArrayList<List<String>>();
        int last = Integer.MIN_VALUE;
        for (Analysis.Token t : tokens) {
            if (t.position() != last) out.add(new ArrayList<>(2));
            last = t.position();
            if (out.getLast().size() < 3) out.getLast().add(t.term());
        }
        return out;
    }

    private static void combine(List<List<String>> byPosition, int at, String prefix, Set<String> out) {
        if (at == byPosition.size()) {
            out.add(prefix);
            return;
        }
        for (String lemma : byPosition.get(at)) combine(byPosition, at + 1, prefix.isEmpty() ? lemma : prefix + " " + lemma, out);
    }

    /**
     * The glossary's one-word term closest to {@code word} within {@code maxEdits} («генератр» → генератор), for a typo
     * of a term the notes only write in another language; empty when none is that close.
     */
    java.util.Optional<String> nearestTerm(String word, int maxEdits) {
        String best = null;
        int bestEdits = maxEdits + 1;
        for (String term : singleWords) {
            if (Math.abs(term.length() - word.length()) > maxEdits || term.equals(word)) continue;
            int edits = Edits.distance(word, term, maxEdits);
            if (edits < bestEdits) {
                bestEdits = edits;
                best = term;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** The concepts one of whose terms is this phrase in some word form; empty when none. */
    List<Concept> conceptsOf(String phrase) {
        List<Concept> known = seen.get(phrase);
        if (known != null) return known;
        if (seen.size() > MAX_SEEN) seen.clear();
        known = lookUp(phrase);
        seen.put(phrase, known);
        return known;
    }

    private List<Concept> lookUp(String phrase) {
        var found = new ArrayList<Concept>();
        for (String key : keys(Glossary.fold(phrase))) {
            for (Concept c : byKey.getOrDefault(key, List.of())) if (!found.contains(c)) found.add(c);
        }
        return List.copyOf(found);
    }
}
