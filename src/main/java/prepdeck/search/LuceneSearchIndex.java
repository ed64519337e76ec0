package prepdeck.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import prepdeck.app.CardView;
import prepdeck.app.DueFilter;
import prepdeck.app.GapView;
import prepdeck.app.SearchHit;
import prepdeck.app.SearchIndex;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.Snippet;
import prepdeck.knowledge.TopicPath;
import prepdeck.search.Analysis.Part;

/**
 * The search index on Lucene, in memory or in a folder. Writes are serialised and committed before they
 * return; searches run concurrently on the latest committed view.
 */
public final class LuceneSearchIndex implements SearchIndex {
    /** The commit-data key under which {@link #stamp(String)} is kept. */
    private static final String STAMP = "prepdeck.stamp";
    static final String ID = "id", ID_KEY = "id_key", STATUS = "status", KIND = "kind", LANG = "lang",
            TOPIC_KEY = "topic_key", SOURCE = "source";
    /**
     * How much of an answer is indexed: more is not notes but a pasted dump, and indexing megabytes would hold up the
     * next search for seconds.
     */
    static final int MAX_INDEXED_ANSWER_CHARS = 200_000;

    private static String indexed(String answer) {
        if (answer.length() <= MAX_INDEXED_ANSWER_CHARS) return answer;
        int end = MAX_INDEXED_ANSWER_CHARS;
        return answer.substring(0, Character.isLowSurrogate(answer.charAt(end)) ? end - 1 : end);
    }

    private static final String PROMPT = "s_prompt", ANSWER = "s_answer", TOPIC = "s_topic", LINE = "s_line";
    private static final int INDEXING_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** A related card must score at least this, and at least this share of the best related card. */
    static final float RELATED_FLOOR = 8f, RELATED_SHARE = 0.2f, RELATED_IDEA_WEIGHT = 0.6f;
    /**
     * The first words of a gap's title and topic that its related-cards query is built from. Each word becomes
     * a few dozen clauses (its forms in every field, the prefixes of the same idea), so an unusually long
     * heading would pass Lucene's 1024-clause cap and fail the whole gaps page; a heading's meaning is in its
     * first words anyway.
     */
    static final int RELATED_MAX_WORDS = 12;
    private static final Set<String> GENERIC_WORDS = Set.of("что", "это", "когда", "как", "использовать",
            "реализовано", "питоне", "python", "плюсы", "минусы", "какие", "команды", "есть", "такое", "що", "таке",
            "коли", "використовувати", "what", "when", "how", "use");

    private final Directory directory;
    private final Analysis analysis = new Analysis();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile Vocabulary vocabulary;
    private final Object vocabularyLock = new Object();

    private LuceneSearchIndex(Directory directory) {
        this.directory = directory;
        try {
            var config = new IndexWriterConfig(analysis.indexing())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(128);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the search index", e);
        }
    }

    /** An index that lives as long as this object. */
    public static LuceneSearchIndex inMemory() {
        return new LuceneSearchIndex(new ByteBuffersDirectory());
    }

    /** An index kept in {@code folder} (created if missing); what is there already is reused. */
    public static LuceneSearchIndex inFolder(Path folder) {
        try {
            return new LuceneSearchIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("opening the search index in " + folder, e);
        }
    }

    @Override
    public synchronized void replaceAll(List<CardView> cards) {
        write(() -> {
            writer.deleteAll();
            addInParallel(cards);
        });
    }

    /** Analysis is most of the cost of indexing, and the writer takes documents from several threads at once. */
    private void addInParallel(List<CardView> cards) throws IOException {
        int threads = Math.min(INDEXING_THREADS, Math.max(1, cards.size() / 2_000));
        if (threads == 1) {
            for (CardView card : cards) writer.addDocument(document(card));
            return;
        }
        var pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("search-indexing-", 0).daemon().factory());
        try {
            var parts = new ArrayList<Future<?>>();
            int chunk = (cards.size() + threads - 1) / threads;
            for (int from = 0; from < cards.size(); from += chunk) {
                List<CardView> part = cards.subList(from, Math.min(cards.size(), from + chunk));
                parts.add(pool.submit(() -> {
                    for (CardView card : part) writer.addDocument(document(card));
                    return null;
                }));
            }
            for (Future<?> part : parts) part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IOException("indexing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public synchronized void upsert(List<CardView> cards) {
        write(() -> {
            for (CardView card : cards) writer.updateDocument(new Term(ID_KEY, Long.toString(card.id())), document(card));
        });
    }

    @Override
    public synchronized java.util.Optional<String> stamp() {
        var data = writer.getLiveCommitData();
        if (data == null) return java.util.Optional.empty();
        for (var e : data) if (e.getKey().equals(STAMP)) return java.util.Optional.of(e.getValue());
        return java.util.Optional.empty();
    }

    @Override
    public synchronized void stamp(String stamp) {
        write(() -> writer.setLiveCommitData(java.util.Map.of(STAMP, stamp).entrySet()));
    }

    @Override
    public synchronized void remove(Collection<Long> ids) {
        write(() -> writer.deleteDocuments(ids.stream().map(id -> new Term(ID_KEY, Long.toString(id))).toArray(Term[]::new)));
    }

    private interface Change {
        void apply() throws IOException;
    }

    private void write(Change change) {
        try {
            change.apply();
            writer.commit();
            searchers.maybeRefreshBlocking();
            withSearcher(this::vocabularyOf);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the search index", e);
        }
    }

    private Document document(CardView card) {
        var doc = new Document();
        doc.add(new NumericDocValuesField(ID, card.id()));
        doc.add(new StoredField(ID, card.id()));
        doc.add(new StringField(ID_KEY, Long.toString(card.id()), Field.Store.NO));
        doc.add(new StringField(STATUS, card.status().code(), Field.Store.NO));
        doc.add(new StringField(KIND, card.kind().code(), Field.Store.NO));
        doc.add(new StringField(LANG, card.language().code(), Field.Store.YES));
        doc.add(new StringField(TOPIC_KEY, SearchParser.topicKey(card.topic()), Field.Store.NO));
        doc.add(new StringField(SOURCE, card.source(), Field.Store.YES));
        doc.add(new StoredField(PROMPT, card.prompt()));
        String answer = indexed(card.answer());
        doc.add(new StoredField(ANSWER, answer));
        doc.add(new StoredField(TOPIC, card.topic()));
        doc.add(new StoredField(LINE, card.line()));
        String topicWords = String.join(" ", TopicPath.parse(card.topic()).titles());
        String code = card.snippets().stream().map(Snippet::code).collect(Collectors.joining("\n"));
        Map<Part, String> text = Map.of(Part.PROMPT, card.prompt(), Part.TOPIC, topicWords, Part.ANSWER, answer, Part.CODE, code);
        for (Part part : Part.values()) {
            String value = text.get(part);
            if (value.isEmpty()) continue;
            doc.add(new TextField(part.words(), value, Field.Store.NO));
            if (!part.isStemmed()) continue;
            doc.add(new TextField(part.stemmed(card.language()), value, Field.Store.NO));
            // Russian and Ukrainian notes are full of English terms: give those their English word forms too
            if (card.language() != Language.EN) {
                String english = latinWords(value);
                if (!english.isEmpty()) doc.add(new TextField(part.stemmed(Language.EN), english, Field.Store.NO));
            }
        }
        return doc;
    }

    /** The words of {@code text} written in Latin letters, in order (English terms in Russian or Ukrainian notes). */
    static String latinWords(String text) {
        var out = new StringBuilder();
        int i = 0, n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            int start = i;
            boolean latin = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i++);
                latin |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            }
            if (latin) out.append(out.isEmpty() ? "" : " ").append(text, start, i);
        }
        return out.toString();
    }

    @Override
    public List<SearchHit> search(String query, int limit, DueFilter due) {
        SearchNode.And tree = SearchParser.parse(query);
        if (limit <= 0) return List.of();
        return withSearcher(searcher -> {
            Query lucene = new LuceneQueryWriter(analysis, vocabularyOf(searcher), due).write(tree);
            return hits(searcher, searcher.search(lucene, limit), Marks.of(analysis, tree), 0f);
        });
    }

    @Override
    public List<SearchHit> related(GapView gap, int limit) {
        if (limit <= 0) return List.of();
        var words = new LinkedHashMap<String, String>();
        String topicTitle = TopicPath.parse(gap.topic()).title();
        for (Analysis.Token t : analysis.wholeWords(gap.title() + " " + topicTitle)) {
            if (t.term().length() >= 2 && !GENERIC_WORDS.contains(t.term()) && !analysis.isStopWord(t.term())) words.putIfAbsent(t.term(), t.term());
            if (words.size() == RELATED_MAX_WORDS) break;
        }
        if (words.isEmpty()) return List.of();
        var terms = words.keySet().stream().map(w -> (SearchNode) new SearchNode.Term(w)).toList();
        return withSearcher(searcher -> {
            var writerForGap = new LuceneQueryWriter(analysis, vocabularyOf(searcher), DueFilter.NONE);
            var any = new BooleanQuery.Builder();
            for (String word : words.keySet()) {
                // the word itself, or failing that the same idea in other words (потоки for многопоточность)
                var ways = new ArrayList<Query>();
                Query asWritten = writerForGap.write(new SearchNode.And(List.of(new SearchNode.Term(word))));
                ways.add(asWritten);
                var sameIdea = new BooleanQuery.Builder();
                boolean sameIdeaFound = false;
                for (String beginning : Lexicon.relatedBeginnings(word)) {
                    for (Part part : Part.values()) {
                        var prefix = new PrefixQuery(new Term(part.words(), beginning), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(16));
                        sameIdea.add(new BoostQuery(prefix, part.boost * LuceneQueryWriter.STEMMED), Occur.SHOULD);
                        sameIdeaFound = true;
                    }
                }
                if (sameIdeaFound) ways.add(new BoostQuery(sameIdea.build(), RELATED_IDEA_WEIGHT));
                any.add(new DisjunctionMaxQuery(ways, 0.1f), Occur.SHOULD);
            }
            Query lucene = new BooleanQuery.Builder()
                    .add(any.build(), Occur.MUST)
                    .add(new TermQuery(new Term(STATUS, CardStatus.GAP.code())), Occur.MUST_NOT)
                    .add(new TermQuery(new Term(STATUS, CardStatus.RETIRED.code())), Occur.MUST_NOT)
                    .add(new TermQuery(new Term(SOURCE, gap.source())), Occur.MUST_NOT)
                    .build();
            TopDocs top = searcher.search(lucene, limit);
            float best = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
            float floor = Math.max(RELATED_FLOOR, best * RELATED_SHARE);
            return hits(searcher, top, Marks.of(analysis, new SearchNode.And(terms)), floor);
        });
    }

    /** The words of the index version {@code searcher} reads, built once per version. */
    private Vocabulary vocabularyOf(IndexSearcher searcher) {
        Vocabulary known = vocabulary;
        if (known != null && known.isFor(searcher.getIndexReader())) return known;
        synchronized (vocabularyLock) {
            known = vocabulary;
            if (known == null || !known.isFor(searcher.getIndexReader())) {
                known = Vocabulary.of(searcher.getIndexReader(), Analysis.wordFields());
                vocabulary = known;
            }
            return known;
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, TopDocs top, Marks marks, float minScore) throws IOException {
        var hits = new ArrayList<SearchHit>();
        var stored = searcher.storedFields();
        for (ScoreDoc scored : top.scoreDocs) {
            if (scored.score < minScore) break;
            Document doc = stored.document(scored.doc);
            Language language = Language.fromCode(doc.get(LANG));
            String prompt = doc.get(PROMPT);
            hits.add(new SearchHit(doc.getField(ID).numericValue().longValue(), prompt, doc.get(TOPIC), doc.get(SOURCE),
                    doc.getField(LINE).numericValue().intValue(), scored.score,
                    marks.prompt(prompt, language), marks.fragment(doc.get(ANSWER), language)));
        }
        return hits;
    }

    private interface Reading<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Reading<T> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.read(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index", e);
        }
    }

    /** How many cards the index holds (for tests and the benchmark). */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** How many segments the index is in (for the benchmark: each costs every term lookup a seek). */
    public int segments() {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index", e);
        } finally {
            analysis.close();
        }
    }
}
