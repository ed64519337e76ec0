package prepdeck.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import prepdeck.app.DueFilter;
import prepdeck.knowledge.Language;
import prepdeck.search.Analysis.Part;

/**
 * The one writer from a {@link SearchNode} tree to a Lucene query. A word is looked for in every part of
 * a card (prompt, topic, answer, code), in three ways whose weights keep the order exact word, then word
 * form, then typo; within a part the best way counts, and parts add up with the prompt weighing most.
 */
final class LuceneQueryWriter {
    static final float EXACT = 4f, STEMMED = 2f, TYPO = 1f;
    private static final int MAX_TYPO_VARIANTS = 8;

    private final Analysis analysis;
    private final Vocabulary vocabulary;
    private final DueFilter due;

    LuceneQueryWriter(Analysis analysis, Vocabulary vocabulary, DueFilter due) {
        this.analysis = analysis;
        this.vocabulary = vocabulary;
        this.due = due;
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
        // "что такое генератор" means "генератор": common words only count when there is nothing else
        boolean contentWords = nodes.stream().anyMatch(n -> n instanceof SearchNode.Phrase
                || n instanceof SearchNode.Term t && !analysis.isStopWord(t.text()));
        for (SearchNode child : nodes) {
            if (contentWords && child instanceof SearchNode.Term t && analysis.isStopWord(t.text())) continue;
            switch (child) {
                case SearchNode.Not n -> {
                    Query excluded = node(n.node(), false);
                    if (excluded != null) builder.add(excluded, Occur.MUST_NOT);
                }
                case SearchNode.Field f -> {
                    builder.add(node(f, typos), Occur.FILTER);
                    positive = true;
                }
                case SearchNode.Is is -> {
                    builder.add(node(is, typos), Occur.FILTER);
                    positive = true;
                }
                default -> {
                    Query q = node(child, typos);
                    if (q == null) continue; // a word that analyses to nothing, like a lone "?"
                    builder.add(q, Occur.MUST);
                    positive = true;
                }
            }
            any = true;
        }
        if (!any) return new MatchNoDocsQuery("empty query");
        if (!positive) builder.add(new MatchAllDocsQuery(), Occur.FILTER);
        return builder.build();
    }

    /** A single word in any part; null when it holds nothing searchable. */
    private Query word(String text, boolean typos) {
        List<Analysis.Token> words = analysis.wholeWords(text);
        if (words.isEmpty()) return null;
        if (words.size() > 1) return phrase(text); // "Треды(потоки)", "a+b": the pieces in order
        String word = words.getFirst().term();
        Map<Language, List<Analysis.Token>> stems = stemsOf(text);
        List<Vocabulary.Variant> variants = typos ? typoVariants(word) : List.of();
        var parts = new BooleanQuery.Builder();
        for (Part part : Part.values()) {
            var ways = new ArrayList<Query>();
            ways.add(new BoostQuery(new TermQuery(new Term(part.words(), word)), EXACT));
            if (part.isStemmed()) {
                // one word may still be several in a language ("docker-compose"): then they must stand together
                stems.forEach((language, forms) -> {
                    if (!forms.isEmpty()) ways.add(new BoostQuery(positional(part.stemmed(language), forms), STEMMED));
                });
            }
            if (!variants.isEmpty()) {
                var synonyms = new SynonymQuery.Builder(part.words());
                for (Vocabulary.Variant v : variants) synonyms.addTerm(new Term(part.words(), v.term()), weight(v));
                ways.add(new BoostQuery(synonyms.build(), TYPO));
            }
            parts.add(new BoostQuery(new DisjunctionMaxQuery(ways, 0.1f), part.boost), Occur.SHOULD);
        }
        return parts.build();
    }

    private Map<Language, List<Analysis.Token>> stemsOf(String text) {
        var stems = new TreeMap<Language, List<Analysis.Token>>();
        for (Language language : Language.values()) stems.put(language, analysis.stems(language, text));
        return stems;
    }

    /** Words in the notes one or two edits away (by the word's length), closest and commonest first. */
    private List<Vocabulary.Variant> typoVariants(String word) {
        if (vocabulary == null || vocabulary.isEstablished(word)) return List.of();
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
        for (Part part : Part.values()) {
            var ways = new ArrayList<Query>();
            ways.add(new BoostQuery(positional(part.words(), words), EXACT));
            if (part.isStemmed()) {
                for (Language language : Language.values()) {
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
