package prepdeck.review.interview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.terms.Concept;
import prepdeck.knowledge.terms.Glossary;

/**
 * What the checker knows of the field's words: which words name the same concept across Russian, Ukrainian and
 * English (the shared {@link Glossary}, read through the analysis's word forms, and the hand-written {@link Synonyms}
 * beginnings), and which name opposite ones ("lazy" / «сразу», «изменяемый» / "immutable"). Built once per
 * checker; immutable.
 */
final class Lexicon {
    /** Synonyms' concepts are numbered after the glossary's. */
    private static final int SYNONYMS = 1_000_000;

    /** Opposite concepts by the glossary's English names (see core.tsv and checker.tsv). */
    private static final List<List<String>> OPPOSITE_NAMES = List.of(
            List.of("mutable", "immutable"), List.of("lazy", "eager"), List.of("lazy", "at once"),
            List.of("one at a time", "at once"), List.of("synchronous", "asynchronous"), List.of("dynamic typing", "static typing"),
            List.of("increase", "decrease"), List.of("first", "last"), List.of("end", "beginning"),
            List.of("improve", "slow down"), List.of("upper bound", "lower bound"), List.of("grow", "shrink"),
            List.of("match", "different"), List.of("single", "several"), List.of("anonymous", "named"),
            List.of("blocking", "non-blocking"), List.of("next", "previous"), List.of("interpreter", "compiler"),
            List.of("add", "remove"), List.of("create", "remove"), List.of("separate", "single"), List.of("automatically", "manually"),
            List.of("follow", "ignore"), List.of("typical", "original"), List.of("empty", "busy"), List.of("upper", "lower"),
            List.of("upper bound", "lower"), List.of("upper", "lower bound"));

    /** Opposite word beginnings (folded) where the synonym lists name the concepts. */
    private static final List<List<String>> OPPOSITE_WORDS = List.of(
            List.of("dynamic", "static"), List.of("interpret", "compil"), List.of("fast", "slow"),
            List.of("high-level", "low-level"), List.of("входе", "выход"), List.of("lifo", "fifo"), List.of("mutable", "immutable"),
            List.of("shared", "separate"));

    private final Map<String, Set<Integer>> byKey = new HashMap<>();
    private final Map<String, Set<Integer>> byJoined = new HashMap<>();
    private final Set<Long> opposites = new HashSet<>();

    Lexicon(Glossary glossary, TextAnalysis analysis) {
        Objects.requireNonNull(analysis);
        var byName = new HashMap<String, List<Integer>>();
        for (Concept c : glossary.concepts()) {
            for (String en : c.en()) byName.computeIfAbsent(en, n -> new ArrayList<>()).add(c.id());
            for (String term : c.allTerms()) {
                byJoined.computeIfAbsent(joined(term), k -> new HashSet<>()).add(c.id());
                var words = analysis.words(term, Language.EN).stream().filter(w -> !w.stop()).toList();
                if (words.size() != 1) continue;
                Word w = words.getFirst();
                // "one-to-many" is known whole; its pieces ("one", "many") are no forms of it, or "one" would be "many"
                var keys = w.folded().indexOf('-') >= 0 || w.folded().indexOf('.') >= 0 ? List.of(w.folded()) : w.keys();
                for (String k : keys) byKey.computeIfAbsent(k, x -> new HashSet<>()).add(c.id());
            }
        }
        for (var pair : OPPOSITE_NAMES) {
            for (int a : byName.getOrDefault(pair.get(0), List.of())) for (int b : byName.getOrDefault(pair.get(1), List.of())) oppose(a, b);
        }
        for (var pair : OPPOSITE_WORDS) {
            for (int a : Synonyms.conceptsOf(pair.get(0))) for (int b : Synonyms.conceptsOf(pair.get(1))) oppose(SYNONYMS + a, SYNONYMS + b);
        }
    }

    private void oppose(int a, int b) {
        opposites.add(pairKey(a, b));
        opposites.add(pairKey(b, a));
    }

    private static long pairKey(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** Letters and digits only, lower case: "prefetch_related", "prefetch related" and "prefetchRelated" agree. */
    static String joined(String text) {
        var b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c)) continue;
            c = Character.toLowerCase(c);
            b.appendCodePoint(c == 'ё' ? 'е' : c);
        }
        return b.toString();
    }

    /** The concepts a word (its folded form and keys) stands for. */
    Set<Integer> concepts(String folded, Collection<String> keys) {
        var out = new HashSet<Integer>();
        for (String k : keys) {
            var c = byKey.get(k);
            if (c != null) out.addAll(c);
        }
        var whole = byKey.get(folded);
        if (whole != null) out.addAll(whole);
        var j = byJoined.get(joined(folded));
        if (j != null && joined(folded).length() >= 3) out.addAll(j);
        for (int s : Synonyms.conceptsOf(folded)) out.add(SYNONYMS + s);
        return out;
    }

    /** The concepts a run of words, joined, names ("on demand", "many to many"). */
    Set<Integer> conceptsOfJoined(String joined) {
        return byJoined.getOrDefault(joined, Set.of());
    }

    boolean sameConcept(Set<Integer> a, Set<Integer> b) {
        for (int x : a) if (b.contains(x)) return true;
        return false;
    }

    boolean opposite(Set<Integer> a, Set<Integer> b) {
        for (int x : a) for (int y : b) if (opposites.contains(pairKey(x, y))) return true;
        return false;
    }
}
