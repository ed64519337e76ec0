package prepdeck.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import prepdeck.app.SearchHit.Match;
import prepdeck.app.SearchHit.Via;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.terms.Concept;
import prepdeck.knowledge.terms.Glossary;

/**
 * Works out, for a card a search found, which query word reached which of the card's words and by which road: the
 * word itself, its forms, a longer word it begins, a typo, another keyboard layout, or the glossary's term in another
 * language. The roads are the index's own (the same analysis, bridge and layouts), looked up word by word in the
 * card's text; each query word reports its best road.
 */
final class Explainer {
    /** How much of an answer is looked through: a result page must not analyse megabytes per hit. */
    static final int ANSWER_CHARS = 5_000;

    /** One query word or term, and the words that would be its match, best road first. */
    private record Asked(String query, List<Road> roads) {}

    /**
     * A road to a match: per word of a term (one for a single word), the words that match it, as written (language
     * null) or as a language's forms.
     */
    private record Road(Via via, Language language, List<java.util.Set<String>> words, int edits) {}

    private final Analysis analysis;
    private final List<Asked> asked = new ArrayList<>();

    private Explainer(Analysis analysis) {
        this.analysis = analysis;
    }

    /**
     * The roads of the query {@code root}'s words (outside exclusions).
     *
     * @param known whether the notes or the glossary know a word (for reading it in another keyboard layout)
     */
    static Explainer of(Analysis analysis, TermBridge bridge, SearchNode.And root, Predicate<String> known) {
        var explainer = new Explainer(analysis);
        var keyboard = new KeyboardLayout();
        var texts = new ArrayList<String>();
        boolean content = root.nodes().stream().anyMatch(n -> n instanceof SearchNode.Term t && isContent(analysis, t.text()));
        for (SearchNode node : root.nodes()) {
            if (node instanceof SearchNode.Term t && (!content || isContent(analysis, t.text()))) texts.add(t.text());
            else if (node instanceof SearchNode.Phrase p) explainer.addPhrase(p.text());
        }
        var understood = new ArrayList<String>();
        for (String text : texts) {
            String reading = keyboard.understood(text, known);
            understood.add(reading);
            explainer.addWord(bridge, text, reading);
        }
        // two or three words naming one idea («цикл событий»): that idea's terms
        for (int n = 2; n <= TermBridge.MAX_WORDS; n++) {
            for (int i = 0; i + n <= understood.size(); i++) {
                String idea = String.join(" ", understood.subList(i, i + n));
                List<Concept> concepts = bridge.conceptsOf(idea);
                if (!concepts.isEmpty()) explainer.asked.add(new Asked(String.join(" ", texts.subList(i, i + n)), explainer.glossary(concepts)));
            }
        }
        return explainer;
    }

    private static boolean isContent(Analysis analysis, String text) {
        return !analysis.isStopWord(text) && !LuceneQueryWriter.QUESTION_WORDS.contains(Glossary.fold(text));
    }

    private void addPhrase(String text) {
        var roads = new ArrayList<Road>();
        List<Analysis.Token> words = analysis.wholeWords(text);
        if (words.isEmpty()) return;
        roads.add(new Road(Via.WORD, null, words.stream().map(t -> java.util.Set.of(t.term())).toList(), 0));
        for (Language language : Language.values()) {
            List<java.util.Set<String>> forms = byPosition(analysis.stems(language, text));
            if (forms.size() == words.size()) roads.add(new Road(Via.FORM, language, forms, 0));
        }
        asked.add(new Asked(text, roads));
    }

    private void addWord(TermBridge bridge, String text, String reading) {
        List<Analysis.Token> words = analysis.wholeWords(reading);
        if (words.size() != 1) {
            if (!words.isEmpty()) addPhrase(reading);
            return;
        }
        String word = words.getFirst().term();
        boolean retyped = !reading.equals(text);
        var roads = new ArrayList<Road>();
        roads.add(new Road(retyped ? Via.LAYOUT : Via.WORD, null, List.of(java.util.Set.of(word)), 0));
        var stems = new EnumMap<Language, List<Analysis.Token>>(Language.class);
        for (Language language : Language.values()) {
            stems.put(language, analysis.stems(language, reading));
            List<java.util.Set<String>> forms = byPosition(stems.get(language));
            if (forms.size() == 1) roads.add(new Road(retyped ? Via.LAYOUT : Via.FORM, language, forms, 0));
        }
        for (String beginning : LuceneQueryWriter.beginnings(word, stems)) roads.add(new Road(Via.PREFIX, null, List.of(java.util.Set.of(beginning)), -1));
        int edits = LuceneQueryWriter.allowedEdits(word);
        if (edits > 0) roads.add(new Road(Via.TYPO, null, List.of(java.util.Set.of(word)), edits));
        List<Concept> concepts = bridge.conceptsOf(reading);
        if (concepts.isEmpty() && edits > 0) {
            // a typo of a term the notes write only in another language: «генератр» for generator
            concepts = bridge.nearestTerm(word, edits).map(bridge::conceptsOf).orElse(List.of());
        }
        roads.addAll(glossary(concepts));
        asked.add(new Asked(text, roads));
    }

    /** The roads through the glossary: each term of the concepts, in each language's forms and as written. */
    private List<Road> glossary(List<Concept> concepts) {
        var roads = new ArrayList<Road>();
        for (Concept c : concepts) {
            for (Language language : Language.values()) {
                for (String term : c.terms(language)) {
                    List<Analysis.Token> whole = analysis.wholeWords(term);
                    if (whole.isEmpty()) continue;
                    roads.add(new Road(Via.GLOSSARY, null, whole.stream().map(t -> java.util.Set.of(t.term())).toList(), 0));
                    List<java.util.Set<String>> forms = byPosition(analysis.stems(language, term));
                    if (forms.size() == whole.size()) {
                        // a base form its stemmer cuts short («сигнал» → сигна, «сигналы» → сигнал) is a form too
                        if (whole.size() == 1) {
                            var withBase = new java.util.HashSet<>(forms.getFirst());
                            withBase.add(whole.getFirst().term());
                            forms = List.of(withBase);
                        }
                        roads.add(new Road(Via.GLOSSARY, language, forms, 0));
                    }
                }
            }
        }
        return roads;
    }

    private static List<java.util.Set<String>> byPosition(List<Analysis.Token> tokens) {
        var out = new ArrayList<java.util.Set<String>>();
        int last = Integer.MIN_VALUE;
        for (Analysis.Token t : tokens) {
            if (t.position() != last) out.add(new java.util.HashSet<>(2));
            last = t.position();
            out.getLast().add(t.term());
        }
        return out;
    }

    /** What matched in a card: each query word's best road, in the query's order; texts are looked through in order. */
    List<Match> explain(String... texts) {
        if (asked.isEmpty()) return List.of();
        var best = new HashMap<Asked, Match>();
        var rank = new HashMap<Asked, Integer>();
        for (String text : texts) {
            if (text == null || text.isEmpty()) continue;
            String scanned = text.length() <= ANSWER_CHARS ? text : text.substring(0, ANSWER_CHARS);
            List<Analysis.Token> tokens = analysis.words(scanned);
            var formsCache = new HashMap<String, Map<Language, String[]>>();
            for (Asked a : asked) {
                // a better road in a later text (the answer) beats a worse one in an earlier (the prompt); an equal one does not
                int done = rank.getOrDefault(a, Integer.MAX_VALUE);
                for (Road road : a.roads()) {
                    if (road.via().ordinal() >= done) continue;
                    String found = find(road, tokens, scanned, formsCache);
                    if (found != null) {
                        best.put(a, new Match(a.query(), found, road.via()));
                        rank.put(a, road.via().ordinal());
                        break;
                    }
                }
            }
            if (rank.values().stream().allMatch(r -> r == 0) && rank.size() == asked.size()) break;
        }
        var out = new ArrayList<Match>();
        for (Asked a : asked) if (best.containsKey(a)) out.add(best.get(a));
        return out;
    }

    /** The card's words (as written) that {@code road} reaches, or null. */
    private String find(Road road, List<Analysis.Token> tokens, String text, Map<String, Map<Language, String[]>> formsCache) {
        int n = road.words().size();
        for (int i = 0; i < tokens.size(); i++) {
            Analysis.Token first = tokens.get(i);
            if (!matches(road, 0, first.term(), formsCache)) continue;
            if (n == 1) return text.substring(first.start(), first.end());
            // the following words, one a position (pieces of dotted words share a position)
            int at = i, position = first.position();
            Analysis.Token last = first;
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                int next = -1;
                for (int j = at + 1; j < tokens.size() && tokens.get(j).position() <= position + 1; j++) {
                    if (tokens.get(j).position() == position + 1 && matches(road, k, tokens.get(j).term(), formsCache)) {
                        next = j;
                        break;
                    }
                }
                if (next < 0) all = false;
                else {
                    at = next;
                    position++;
                    last = tokens.get(next);
                }
            }
            if (all) return text.substring(first.start(), last.end());
        }
        return null;
    }

    private boolean matches(Road road, int k, String token, Map<String, Map<Language, String[]>> formsCache) {
        java.util.Set<String> wanted = road.words().get(k);
        if (road.via() == Via.TYPO) {
            String word = wanted.iterator().next();
            return !token.equals(word) && !token.isEmpty() && token.codePointAt(0) == word.codePointAt(0)
                    && Math.abs(token.length() - word.length()) <= road.edits() && Edits.distance(word, token) <= road.edits();
        }
        if (road.via() == Via.PREFIX) {
            String beginning = wanted.iterator().next();
            return token.startsWith(beginning) && token.length() > beginning.length();
        }
        if (road.language() == null) return wanted.contains(token);
        String[] forms = formsCache.computeIfAbsent(token, t -> new EnumMap<>(Language.class))
                .computeIfAbsent(road.language(), l -> analysis.forms(l, token));
        for (String form : forms) if (wanted.contains(form)) return true;
        return false;
    }
}
