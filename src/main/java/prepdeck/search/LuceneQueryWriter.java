package prepdeck.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import prepdeck.app.DueFilter;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.terms.Concept;
import prepdeck.knowledge.terms.Glossary;
import prepdeck.search.Analysis.Part;

/**
 * The one writer from a {@link SearchNode} tree to a Lucene query. A word is looked for in every part of
 * a card (prompt, topic, answer, code), in three ways whose weights keep the order exact word, then word
 * form, then typo; within a part the best way counts, and parts add up with the prompt weighing most.
 */
final class LuceneQueryWriter {
    static final float EXACT = 4f, STEMMED = 2f, TYPO = 1f, PREFIX = 1f, CROSS = 1.2f, MINOR = 0.15f;
    private static final int MAX_TYPO_VARIANTS = 8, MAX_PREFIX_TERMS = 16, MAX_CONCEPT_WAYS = 12, MIN_PREFIXED = 6, MIN_BEGINNING = 4, MAX_COOCCURRING = 6;
    static final float TOGETHER = 0.5f;
    /** Words a question is asked with in the three languages: they need not match when the question has others. */
    static final Set<String> QUESTION_WORDS = Set.of("what", "which", "who", "why", "how", "when", "where", "does", "do", "did",
            "is", "are", "difference", "differ", "differs", "between", "vs", "versus", "explain", "describe", "mean", "means",
            "can", "could", "should", "would", "you", "your", "there", "about",
            "что", "такое", "как", "какой", "какая", "какие", "каким", "почему", "зачем", "чем", "отличается", "отличие",
            "отличия", "разница", "разницу", "между", "когда", "где", "кто", "ли", "это", "нужен", "нужна", "нужно", "нужны",
            "чего", "объясни", "расскажи", "можно", "vs.",
            "що", "таке", "як", "який", "яка", "які", "чому", "навіщо", "чим", "відрізняється", "відмінність", "різниця",
            "між", "коли", "де", "хто", "це", "потрібен", "потрібні", "потрібно", "чого", "поясни", "розкажи", "можна");

    private final Analysis analysis;
    private final Vocabulary vocabulary;
    private final DueFilter due;
    private final TermBridge bridge;
    private final KeyboardLayout keyboard = new KeyboardLayout();

    private final Set<Part> searched;
    private final boolean strict, allWords;

    LuceneQueryWriter(Analysis analysis, TermBridge bridge, Vocabulary vocabulary, DueFilter due) {
        this(analysis, bridge, vocabulary, due, java.util.EnumSet.allOf(Part.class), false, false);
    }

    private LuceneQueryWriter(Analysis analysis, TermBridge bridge, Vocabulary vocabulary, DueFilter due, Set<Part> searched, boolean strict,
                              boolean allWords) {
        this.searched = searched;
        this.strict = strict;
        this.allWords = allWords;
        this.analysis = analysis;
        this.bridge = bridge;
        this.vocabulary = vocabulary;
        this.due = due;
    }

    /** The same writer looking in some parts of a card only. */
    LuceneQueryWriter inParts(Set<Part> parts) {
        return new LuceneQueryWriter(analysis, bridge, vocabulary, due, parts, strict, allWords);
    }

    /**
     * The same writer asking for cards that hold every content word (in any of its ways): the cards a search would
     * rank first, found far faster than by scoring every card holding any of them. A search asks this first and asks
     * for any of the words only when too few cards hold them all.
     */
    LuceneQueryWriter allWords() {
        return new LuceneQueryWriter(analysis, bridge, vocabulary, due, searched, strict, true);
    }

    /** Whether a query of this tree would differ between all words and any of them (more than one content word). */
    boolean hasSeveralWords(SearchNode.And root) {
        return root.nodes().stream().filter(n -> n instanceof SearchNode.Term t && isContent(t.text()) || n instanceof SearchNode.Phrase).count() > 1;
    }

    /** The same writer taking a word two cards write alike as meant (for linking gaps: CORS is not a typo of CQRS). */
    LuceneQueryWriter strict() {
        return new LuceneQueryWriter(analysis, bridge, vocabulary, due, searched, true, allWords);
    }

    /** One word of a query alone (as a word of a search would be), or null when it holds nothing searchable. */
    Query oneWord(String text) {
        return term(keyboard.understood(text, this::isKnown), true);
    }

    /** The query for a whole search: the tree, never finding retired cards. */
    Query write(SearchNode.And root) {
        Query matching = node(root, true);
        return new BooleanQuery.Builder()
                .add(matching, Occur.MUST)
                .add(new TermQuery(new Term(LuceneSearchIndex.STATUS, "retired")), Occur.MUST_NOT)
                .build();
    }

    private Query node(SearchNode node, boolean typos) {
        return switch (node) {
            case SearchNode.Term t -> word(t.text(), typos);
            case SearchNode.Phrase p -> phrase(p.text());
            case SearchNode.Not n -> and(List.of(n), typos);
            case SearchNode.TopicPrefix t -> new PrefixQuery(new Term(LuceneSearchIndex.TOPIC_KEY, t.prefix()));
            case SearchNode.KindIs k -> new TermQuery(new Term(LuceneSearchIndex.KIND, k.kind().code()));
            case SearchNode.LanguageIs l -> new TermQuery(new Term(LuceneSearchIndex.LANG, l.language().code()));
            case SearchNode.Is is -> switch (is.state()) {
                case GAP -> new TermQuery(new Term(LuceneSearchIndex.STATUS, "gap"));
                case DUE -> new DueQuery(due);
            };
            case SearchNode.And a -> and(a.nodes(), typos);
        };
    }

    private Query and(List<SearchNode> nodes, boolean typos) {
        var builder = new BooleanQuery.Builder();
        boolean positive = false, any = false;
        // "что такое генератор" means "генератор": question and common words only count when there is nothing else
        List<SearchNode> words = new ArrayList<>();
        for (SearchNode child : nodes) {
            if (child instanceof SearchNode.Term t) words.add(new SearchNode.Term(keyboard.understood(t.text(), this::isKnown)));
            else if (child instanceof SearchNode.Phrase) words.add(child);
        }
        boolean contentWords = words.stream().anyMatch(n -> n instanceof SearchNode.Phrase
                || n instanceof SearchNode.Term t && isContent(t.text()));
        var meaning = new ArrayList<Query>();
        var minor = new ArrayList<Query>();
        var contentTexts = new ArrayList<String>();
        for (SearchNode w : words) {
            boolean content = !contentWords || w instanceof SearchNode.Phrase || w instanceof SearchNode.Term t && isContent(t.text());
            Query q = w instanceof SearchNode.Term t ? term(t.text(), typos) : node(w, typos);
            if (q == null) continue; // a word that analyses to nothing, like a lone "?"
            if (content) {
                meaning.add(q);
                if (w instanceof SearchNode.Term t) contentTexts.add(t.text());
            } else if (!analysis.isStopWord(((SearchNode.Term) w).text())) {
                minor.add(new BoostQuery(q, MINOR));
            }
        }
        int wordClauses = meaning.size();
        // two or three words in a row that name one idea ("цикл событий", "race condition"): that idea in any language
        for (int n = 2; n <= TermBridge.MAX_WORDS; n++) {
            for (int i = 0; i + n <= contentTexts.size(); i++) {
                Query idea = concept(String.join(" ", contentTexts.subList(i, i + n)));
                if (idea != null) meaning.add(new BoostQuery(idea, n));
            }
        }
        // a prompt that holds every word of the question (in any language) is what the question asks
        if (contentTexts.size() >= 2 && contentTexts.size() <= MAX_COOCCURRING && searched.contains(Part.PROMPT)) {
            var all = new BooleanQuery.Builder();
            var inPrompt = inParts(java.util.EnumSet.of(Part.PROMPT));
            for (String text : contentTexts) {
                Query q = inPrompt.term(text, typos);
                if (q != null) all.add(q, Occur.SHOULD);
            }
            all.setMinimumNumberShouldMatch(contentTexts.size());
            minor.add(new BoostQuery(all.build(), TOGETHER));
        }
        for (SearchNode child : nodes) {
            switch (child) {
                case SearchNode.Not n -> {
                    Query excluded = node(n.node(), false);
                    if (excluded != null) builder.add(excluded, Occur.MUST_NOT);
                    any = true;
                }
                case SearchNode.Field f -> {
                    builder.add(node(f, typos), Occur.FILTER);
                    positive = any = true;
                }
                case SearchNode.Is is -> {
                    builder.add(node(is, typos), Occur.FILTER);
                    positive = any = true;
                }
                default -> any = true;
            }
        }
        if (meaning.size() == 1 && minor.isEmpty()) {
            builder.add(meaning.getFirst(), Occur.MUST);
            positive = true;
        } else if (!meaning.isEmpty()) {
            // ranked by how much of the meaning a card covers: any of the words may be missing
            var some = new BooleanQuery.Builder();
            meaning.forEach(q -> some.add(q, Occur.SHOULD));
            some.setMinimumNumberShouldMatch(allWords ? wordClauses : 1);
            builder.add(some.build(), Occur.MUST);
            minor.forEach(q -> builder.add(q, Occur.SHOULD));
            positive = true;
        }
        if (!any) return new MatchNoDocsQuery("empty query");
        if (!positive) builder.add(new MatchAllDocsQuery(), Occur.FILTER);
        return builder.build();
    }

    /** True when the notes use the word, or the glossary knows it. */
    private boolean isKnown(String word) {
        return vocabulary != null && vocabulary.frequency(word) > 0 || !bridge.conceptsOf(word).isEmpty();
    }

    private boolean isContent(String text) {
        return !analysis.isStopWord(text) && !QUESTION_WORDS.contains(Glossary.fold(text));
    }

    /** One query word: as written, in its forms, with its typos and the same idea in the other languages. */
    private Query term(String text, boolean typos) {
        Query asWritten = word(text, typos);
        if (asWritten == null) return null;
        Query idea = concept(text, text);
        if (idea == null && typos && !strict && analysis.wholeWords(text).size() == 1) {
            // a typo of a term the notes write only in another language: «генератр» for generator
            String word = analysis.wholeWords(text).getFirst().term();
            if (bridge.conceptsOf(word).isEmpty() && typoVariants(word).isEmpty()) {
                idea = bridge.nearestTerm(word, allowedEdits(word)).map(this::concept).map(q -> (Query) new BoostQuery(q, TYPO)).orElse(null);
            }
        }
        if (idea == null) return asWritten;
        return new DisjunctionMaxQuery(List.of(asWritten, idea), 0.1f);
    }

    /** The glossary's terms for the idea {@code phrase} names, in every language's word forms; null when it names none. */
    private Query concept(String phrase) {
        return concept(phrase, null);
    }

    /** As {@link #concept(String)}, leaving out the term {@code written} itself (the word as written looks for that already). */
    private Query concept(String phrase, String written) {
        String self = written == null ? null : Glossary.fold(written);
        List<Concept> concepts = bridge.conceptsOf(phrase);
        if (concepts.isEmpty()) return null;
        var ways = new ArrayList<Query>();
        for (Concept c : concepts) {
            for (Language language : Language.values()) {
                for (String other : c.terms(language)) {
                    if (other.equals(self)) continue;
                    List<Analysis.Token> stemmed = analysis.stems(language, other);
                    if (stemmed.isEmpty()) continue;
                    var stems = new ArrayList<>(stemmed);
                    List<Analysis.Token> whole = analysis.wholeWords(other);
                    if (whole.size() == 1 && stemmed.stream().noneMatch(t -> t.term().equals(whole.getFirst().term()))) {
                        // a base form its own stemmer cuts short («сигнал» → сигна, though «сигналы» → сигнал): the
                        // base form itself is a stem too
                        stems.add(new Analysis.Token(whole.getFirst().term(), stems.getFirst().position(), 0, 0));
                    }
                    Query perPart = parts(part -> positional(part.stemmed(language), stems));
                    ways.add(perPart);
                }
            }
            if (ways.size() > MAX_CONCEPT_WAYS) break;
        }
        if (ways.isEmpty()) return null;
        return new BoostQuery(new DisjunctionMaxQuery(ways, 0f), CROSS);
    }

    private Query parts(java.util.function.Function<Part, Query> inPart) {
        var parts = new BooleanQuery.Builder();
        for (Part part : searched) {
            if (!part.isStemmed()) continue;
            parts.add(new BoostQuery(inPart.apply(part), part.boost), Occur.SHOULD);
        }
        return parts.build();
    }

    /** A single word in any part; null when it holds nothing searchable. */
    private Query word(String text, boolean typos) {
        List<Analysis.Token> words = analysis.wholeWords(text);
        if (words.isEmpty()) return null;
        if (words.size() > 1) return phrase(text); // "Треды(потоки)", "a+b": the pieces in order
        String word = words.getFirst().term();
        Map<Language, List<Analysis.Token>> stems = stemsOf(text);
        List<Vocabulary.Variant> variants = typos ? typoVariants(word) : List.of();
        // a common word has its forms in the notes already; enumerating words by its beginning would cost most of a search
        List<String> beginnings = typos && (vocabulary == null || !vocabulary.isEstablished(word)) ? beginnings(word, stems) : List.of();
        var parts = new BooleanQuery.Builder();
        for (Part part : searched) {
            var ways = new ArrayList<Query>();
            ways.add(new BoostQuery(new TermQuery(new Term(part.words(), word)), EXACT));
            if (part.isStemmed()) {
                // one word may still be several in a language ("docker-compose"): then they must stand together
                stems.forEach((language, forms) -> {
                    if (!forms.isEmpty() && inScript(language, text)) ways.add(new BoostQuery(positional(part.stemmed(language), forms), STEMMED));
                });
            }
            if (!variants.isEmpty()) {
                var synonyms = new SynonymQuery.Builder(part.words());
                for (Vocabulary.Variant v : variants) synonyms.addTerm(new Term(part.words(), v.term()), weight(v));
                ways.add(new BoostQuery(synonyms.build(), TYPO));
            }
            for (String beginning : beginnings) {
                ways.add(new BoostQuery(new PrefixQuery(new Term(part.words(), beginning), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_TERMS)), PREFIX));
            }
            parts.add(new BoostQuery(new DisjunctionMaxQuery(ways, 0.1f), part.boost), Occur.SHOULD);
        }
        return parts.build();
    }

    /**
     * Whether {@code text}'s word forms are worth looking for in {@code language}'s field: a word in Latin letters
     * only in English forms, one in Cyrillic only in Russian and Ukrainian ones. Each card has its Latin words in the
     * English field and its Cyrillic words in the Russian and Ukrainian ones whatever its language, so nothing is
     * lost, and a common word («python») is not scored three times over in every part of every card.
     */
    static boolean inScript(Language language, String text) {
        boolean latin = false, cyrillic = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') latin = true;
            else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) cyrillic = true;
        }
        if (latin == cyrillic) return true; // both, or neither ("404", "n+1" has a letter: latin)
        return latin ? language == Language.EN : language != Language.EN;
    }

    /**
     * How a long word begins whatever its ending: its shortest stem, and the same without a fleeting vowel
     * («уровень» → уровен, уровн: «уровни»). None for short words or words with digits or joiners.
     */
    static List<String> beginnings(String word, Map<Language, List<Analysis.Token>> stems) {
        if (word.codePointCount(0, word.length()) < MIN_PREFIXED || !word.chars().allMatch(Character::isLetter)) return List.of();
        String shortest = null;
        for (List<Analysis.Token> forms : stems.values()) {
            for (Analysis.Token t : forms) {
                String s = t.term();
                if (s.length() >= MIN_BEGINNING && word.startsWith(s.substring(0, Math.min(s.length(), 3))) && (shortest == null || s.length() < shortest.length())) shortest = s;
            }
        }
        if (shortest == null) return List.of();
        var out = new ArrayList<String>(2);
        out.add(shortest);
        int n = shortest.length();
        if (n >= MIN_BEGINNING + 1 && "еоё".indexOf(shortest.charAt(n - 2)) >= 0 && !isVowel(shortest.charAt(n - 1)) && !isVowel(shortest.charAt(n - 3))) {
            out.add(shortest.substring(0, n - 2) + shortest.charAt(n - 1));
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "аеёиоуыэюяіїєaeiouy".indexOf(c) >= 0;
    }

    private Map<Language, List<Analysis.Token>> stemsOf(String text) {
        var stems = new TreeMap<Language, List<Analysis.Token>>();
        for (Language language : Language.values()) stems.put(language, analysis.stems(language, text));
        return stems;
    }

    /** Words in the notes one or two edits away (by the word's length), closest and commonest first. */
    private List<Vocabulary.Variant> typoVariants(String word) {
        if (vocabulary == null || vocabulary.isEstablished(word) || strict && vocabulary.frequency(word) >= 2) return List.of();
        return vocabulary.near(word, allowedEdits(word), MAX_TYPO_VARIANTS);
    }

    /** How many edits a typo in a word of this length may have: none below 4 letters, 1 up to 7, else 2. */
    static int allowedEdits(String word) {
        int length = word.codePointCount(0, word.length());
        return length < 4 ? 0 : length <= 7 ? 1 : 2;
    }

    private static float weight(Vocabulary.Variant v) {
        return v.edits() <= 1 ? 0.9f : 0.7f;
    }

    /** Words in this order, as written or as word forms; never with typos. */
    private Query phrase(String text) {
        List<Analysis.Token> words = analysis.wholeWords(text);
        if (words.isEmpty()) return null;
        var parts = new BooleanQuery.Builder();
        for (Part part : searched) {
            var ways = new ArrayList<Query>();
            ways.add(new BoostQuery(positional(part.words(), words), EXACT));
            if (part.isStemmed()) {
                for (Language language : Language.values()) {
                    if (!inScript(language, text)) continue;
                    List<Analysis.Token> stems = analysis.stems(language, text);
                    if (!stems.isEmpty()) ways.add(new BoostQuery(positional(part.stemmed(language), stems), STEMMED));
                }
            }
            parts.add(new BoostQuery(new DisjunctionMaxQuery(ways, 0.1f), part.boost), Occur.SHOULD);
        }
        return parts.build();
    }

    /** A phrase query keeping the analyser's positions (stop words leave gaps; several lemmas may share one). */
    private static Query positional(String field, List<Analysis.Token> tokens) {
        var byPosition = new TreeMap<Integer, List<Term>>();
        for (Analysis.Token t : tokens) byPosition.computeIfAbsent(t.position(), p -> new ArrayList<>()).add(new Term(field, t.term()));
        int first = byPosition.firstKey();
        if (byPosition.size() == 1) {
            List<Term> only = byPosition.firstEntry().getValue();
            if (only.size() == 1) return new TermQuery(only.getFirst());
            var synonyms = new SynonymQuery.Builder(field);
            only.forEach(synonyms::addTerm);
            return synonyms.build();
        }
        if (byPosition.values().stream().allMatch(ts -> ts.size() == 1)) {
            var phrase = new PhraseQuery.Builder();
            byPosition.forEach((position, ts) -> phrase.add(ts.getFirst(), position - first));
            return phrase.build();
        }
        var phrase = new MultiPhraseQuery.Builder();
        byPosition.forEach((position, ts) -> phrase.add(ts.toArray(Term[]::new), position - first));
        return phrase.build();
    }
}
