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
import prepdeck.knowledge.terms.Glossary;
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

    private static final String PROMPT = "s_prompt", ANSWER = "s_answer", TOPIC = "s_topic", LINE = "s_line", STEM_HINT = "s_stem_hint";
    private static final int INDEXING_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** A related card must score at least this, and at least this share of the best related card. */
    static final float RELATED_SHARE = 0.5f, RELATED_CONTEXT_WEIGHT = 0.5f, RELATED_ANSWER_SHARE = 0.5f, RELATED_COVERAGE = 0.55f, RELATED_SIDE_WEIGHT = 0.15f, RELATED_UNKNOWN_WEIGHT = 0.4f;
    static final int RELATED_CANDIDATES = 30;
    /**
     * The first words of a gap's title and topic that its related-cards query is built from. Each word becomes
     * a few dozen clauses (its forms in every field, the prefixes of the same idea), so an unusually long
     * heading would pass Lucene's 1024-clause cap and fail the whole gaps page; a heading's meaning is in its
     * first words anyway.
     */
    static final int RELATED_MAX_WORDS = 12;
    private static final Set<String> GENERIC_WORDS = Set.of("что", "это", "когда", "как", "использовать",
            "реализовано", "питоне", "пайтоне", "python", "плюсы", "минусы", "какие", "команды", "есть", "такое", "що", "таке",
            "коли", "використовувати", "what", "when", "how", "use", "работает", "работают", "работа", "працює", "працюють",
            "work", "works", "делает", "делать", "робить", "do", "does", "существуют", "існують", "exist", "write", "writes",
            "takes", "take", "пишется", "написать", "need", "needed", "нужны", "нужен", "нужна", "потрібні", "потрібен",
            "раскажи", "расскажи", "глубже", "именно", "почему", "чому", "why", "проблема", "проблемы", "problem", "issue",
            // the headings collections of interview questions are filed under ("Вопросы без ответа", "Питання зі співбесід")
            "вопрос", "вопросы", "вопросов", "ответ", "ответа", "ответов", "собеседование", "собеседования", "собеседований",
            "питання", "відповідь", "відповіді", "відповідей", "співбесіда", "співбесіди", "співбесід", "question", "questions",
            "answer", "answers", "interview", "interviews");

    private final Directory directory;
    private final Analysis analysis = new Analysis();
    private final Glossary glossary = Glossary.standard();
    private final TermBridge bridge = new TermBridge(analysis, glossary);
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
        if (card.hasStem()) doc.add(new StoredField(STEM_HINT, card.stemHint()));
        // a card's stem (the code and options its question is about) is searched, and shown in fragments, with its answer
        String answer = indexed(card.hasStem() ? card.stem() + "\n\n" + card.answer() : card.answer());
        doc.add(new StoredField(ANSWER, answer));
        doc.add(new StoredField(TOPIC, card.topic()));
        doc.add(new StoredField(LINE, card.line()));
        String topicWords = String.join(" ", TopicPath.parse(card.topic()).titles());
        String code = card.snippets().stream().map(Snippet::code).collect(Collectors.joining("\n"));
        // a title the importer asked as a question ("Расскажите про сигналы") is searched by its subject
        Map<Part, String> text = Map.of(Part.PROMPT, prepdeck.knowledge.AskedTitle.subject(card.prompt()), Part.TOPIC, topicWords, Part.ANSWER, answer, Part.CODE, code);
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
            } else {
                // and a card read as English for its many code words ("pre_save, post_save: обработчики…") may still
                // be written in Cyrillic: those words get their Russian and Ukrainian forms («Сигналы» for signals)
                String cyrillic = cyrillicWords(value);
                if (!cyrillic.isEmpty()) {
                    doc.add(new TextField(part.stemmed(Language.RU), cyrillic, Field.Store.NO));
                    doc.add(new TextField(part.stemmed(Language.UK), cyrillic, Field.Store.NO));
                }
            }
        }
        return doc;
    }

    /** The words of {@code text} written in Latin letters, in order (English terms in Russian or Ukrainian notes). */
    static String latinWords(String text) {
        return wordsWith(text, c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
    }

    /** The words of {@code text} holding Cyrillic letters, in order. */
    static String cyrillicWords(String text) {
        return wordsWith(text, c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    private interface CharTest {
        boolean test(char c);
    }

    private static String wordsWith(String text, CharTest letters) {
        var out = new StringBuilder();
        int i = 0, n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            int start = i;
            boolean latin = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i++);
                latin |= letters.test(c);
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
            Vocabulary words = vocabularyOf(searcher);
            var writer = new LuceneQueryWriter(analysis, bridge, words, due);
            Explainer why = explainer(tree, words);
            if (writer.hasSeveralWords(tree)) {
                // cards holding every word rank first anyway: when there are enough of them, scoring the rest is waste
                TopDocs all = searcher.search(writer.allWords().write(tree), top(limit));
                if (all.scoreDocs.length >= limit) return hits(searcher, all, Marks.of(analysis, tree), why);
            }
            return hits(searcher, searcher.search(writer.write(tree), top(limit)), Marks.of(analysis, tree), why);
        });
    }

    @Override
    public List<SearchHit> related(GapView gap, int limit) {
        if (limit <= 0) return List.of();
        // what the gap asks, and the topic it sits under ("Django Queryset: select_related" asks select_related)
        String topicTitle = TopicPath.parse(gap.topic()).title();
        String asked = prepdeck.knowledge.AskedTitle.subject(gap.title());
        String context = "";
        boolean underTopic = false;
        if (!topicTitle.isEmpty() && asked.startsWith(topicTitle + ": ")) {
            asked = asked.substring(topicTitle.length() + 2);
            context = topicTitle;
            underTopic = true;
        } else if (!topicTitle.isEmpty() && !asked.equals(topicTitle)) {
            context = topicTitle;
        }
        List<String> main = contentWords(asked), side = contentWords(context);
        List<String> mainSoFar = List.copyOf(main);
        side.removeIf(w -> mainSoFar.stream().anyMatch(m -> m.equals(w) || sameStem(m, w)));
        if (underTopic && !asked.contains("?") && ideas(main).size() == 1 && !side.isEmpty()) { // "Транзакции: В Django" asks about both
            main.addAll(side);
            side = List.of();
        }
        // "Django Queryset: Q" asks about Q, too short to look for: not about Django at large
        if (main.isEmpty() && analysis.wholeWords(asked).stream()
                .anyMatch(t -> t.term().length() < 2 && Character.isLetter(t.term().charAt(0)) && !analysis.isStopWord(t.term()))) return List.of();
        if (main.isEmpty()) {
            main = side;
            side = List.of();
        }
        if (main.isEmpty()) return List.of();
        List<String> mainWords = main, sideWords = side;
        return withSearcher(searcher -> {
            var writerForGap = new LuceneQueryWriter(analysis, bridge, vocabularyOf(searcher), DueFilter.NONE).strict();
            var prompts = writerForGap.inParts(java.util.EnumSet.of(Part.PROMPT, Part.TOPIC));
            var asks = new SearchNode.And(mainWords.stream().map(w -> (SearchNode) new SearchNode.Term(w)).toList());
            var query = new BooleanQuery.Builder().add(writerForGap.write(asks), Occur.MUST);
            for (String w : sideWords) {
                Query q = writerForGap.oneWord(w);
                if (q != null) query.add(new BoostQuery(q, RELATED_CONTEXT_WEIGHT), Occur.SHOULD);
            }
            Query candidates = new BooleanQuery.Builder()
                    .add(query.build(), Occur.MUST)
                    .add(new TermQuery(new Term(STATUS, CardStatus.GAP.code())), Occur.MUST_NOT)
                    .add(new TermQuery(new Term(SOURCE, gap.source())), Occur.MUST_NOT)
                    .build();
            TopDocs top = searcher.search(candidates, RELATED_CANDIDATES);
            if (top.scoreDocs.length == 0) return List.of();
            // how much of what the gap asks each candidate covers: an idea in its prompt counts fully, in its answer
            // half; rare ideas weigh more, the topic's half
            var covered = new java.util.HashMap<Integer, float[]>();
            for (ScoreDoc d : top.scoreDocs) covered.put(d.doc, new float[1]);
            var stored = searcher.storedFields();
            var ids = new ArrayList<org.apache.lucene.util.BytesRef>();
            for (ScoreDoc d : top.scoreDocs) ids.add(new org.apache.lucene.util.BytesRef(Long.toString(stored.document(d.doc).getField(ID).numericValue().longValue())));
            Query among = new org.apache.lucene.search.TermInSetQuery(ID_KEY, ids);
            float total = 0;
            int cards = Math.max(1, searcher.getIndexReader().numDocs());
            // each word counts, found as itself or within the idea it is part of ("цикл событий" as event loop)
            var units = new ArrayList<Map.Entry<List<String>, Float>>();
            for (var group : List.of(Map.entry(mainWords, 1f), Map.entry(sideWords, RELATED_SIDE_WEIGHT))) {
                for (String idea : ideas(group.getKey())) {
                    List<String> words = List.of(idea.split(" "));
                    for (String w : words) units.add(Map.entry(words.size() == 1 ? List.of(w) : List.of(w, idea), group.getValue()));
                }
            }
            for (var unit : units) {
                Query anywhere = either(unit.getKey(), writerForGap::oneWord), inPrompt = either(unit.getKey(), prompts::oneWord);
                if (anywhere == null) continue;
                float weight = unit.getValue() * (float) Math.log(1 + (double) cards / (1 + searcher.count(anywhere)));
                Map<Integer, Float> any = scores(searcher, anywhere, among), prompt = scores(searcher, inPrompt, among);
                // an idea no candidate mentions at all (GRASP beside SOLID) is missing from the notes: it weighs less
                if (any.isEmpty()) weight *= RELATED_UNKNOWN_WEIGHT;
                total += weight;
                for (var e : covered.entrySet()) {
                    if (prompt.containsKey(e.getKey())) e.getValue()[0] += weight;
                    else if (any.containsKey(e.getKey())) e.getValue()[0] += weight * RELATED_ANSWER_SHARE;
                }
            }
            if (total == 0) return List.of();
            var kept = new ArrayList<ScoreDoc>();
            for (ScoreDoc d : top.scoreDocs) {
                float coverage = covered.get(d.doc)[0] / total;
                if (coverage >= RELATED_COVERAGE) kept.add(new ScoreDoc(d.doc, d.score * coverage * coverage));
            }
            kept.sort((a, b) -> Float.compare(b.score, a.score));
            var shown = new ArrayList<ScoreDoc>();
            for (ScoreDoc d : kept) if (shown.size() < limit && d.score >= kept.getFirst().score * RELATED_SHARE) shown.add(d);
            return hits(searcher, new TopDocs(top.totalHits, shown.toArray(ScoreDoc[]::new)), Marks.of(analysis, asks),
                    explainer(asks, vocabularyOf(searcher)));
        });
    }

    private static Query either(List<String> texts, java.util.function.Function<String, Query> query) {
        var any = new BooleanQuery.Builder();
        int n = 0;
        for (String t : texts) {
            Query q = query.apply(t);
            if (q != null) {
                any.add(q, Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : any.build();
    }

    /** Words grouped into the ideas they name: two or three in a row that the glossary knows as one term stay together. */
    private List<String> ideas(List<String> words) {
        var out = new ArrayList<String>();
        for (int i = 0; i < words.size(); ) {
            int taken = 1;
            for (int n = Math.min(TermBridge.MAX_WORDS, words.size() - i); n >= 2; n--) {
                if (!bridge.conceptsOf(String.join(" ", words.subList(i, i + n))).isEmpty()) {
                    taken = n;
                    break;
                }
            }
            out.add(String.join(" ", words.subList(i, i + taken)));
            i += taken;
        }
        return out;
    }

    /** The query's words that carry meaning: no stop words, question words or words too short to mean much. */
    private ArrayList<String> contentWords(String text) {
        var words = new ArrayList<String>();
        for (Analysis.Token t : analysis.wholeWords(text)) {
            String w = t.term();
            if (w.length() < 2 || analysis.isStopWord(w) || LuceneQueryWriter.QUESTION_WORDS.contains(w) || GENERIC_WORDS.contains(w)) continue;
            // «сета» and «сет», "decorator" and "decorators" are one idea: counted twice they would outweigh the others
            if (words.stream().noneMatch(known -> known.equals(w) || sameStem(known, w))) words.add(w);
            if (words.size() == RELATED_MAX_WORDS) break;
        }
        return words;
    }

    /** Whether two words are forms of one word in some language (both analysed to one stem there). */
    private boolean sameStem(String a, String b) {
        // http and https share a stem but are two ideas
        var ideasOfA = glossary.conceptsOf(a);
        var ideasOfB = glossary.conceptsOf(b);
        if (!ideasOfA.isEmpty() && !ideasOfB.isEmpty() && !ideasOfA.equals(ideasOfB)) return false;
        for (Language language : Language.values()) {
            List<Analysis.Token> x = analysis.stems(language, a), y = analysis.stems(language, b);
            if (x.size() == 1 && y.size() == 1 && x.getFirst().term().equals(y.getFirst().term()) && x.getFirst().term().length() >= 3) return true;
        }
        return false;
    }

    private static Map<Integer, Float> scores(IndexSearcher searcher, Query q, Query among) throws IOException {
        var out = new java.util.HashMap<Integer, Float>();
        if (q == null) return out;
        Query both = new BooleanQuery.Builder().add(q, Occur.MUST).add(among, Occur.FILTER).build();
        for (ScoreDoc d : searcher.search(both, RELATED_CANDIDATES).scoreDocs) out.put(d.doc, d.score);
        return out;
    }

    private static int matching(IndexSearcher searcher, Query q) throws IOException {
        return searcher.count(q);
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

    /**
     * The best {@code limit} cards, counting matches no further than needed: the scorers may then skip the cards that
     * cannot make it (a common word's thousands), which counting every match to a thousand would forbid.
     */
    private static org.apache.lucene.search.TopScoreDocCollectorManager top(int limit) {
        return new org.apache.lucene.search.TopScoreDocCollectorManager(limit, null, limit);
    }

    /** What says why each hit matched: the query's words and their roads, as the writer would take them. */
    private Explainer explainer(SearchNode.And tree, Vocabulary words) {
        return Explainer.of(analysis, bridge, tree, w -> words != null && words.frequency(w) > 0 || !bridge.conceptsOf(w).isEmpty());
    }

    private List<SearchHit> hits(IndexSearcher searcher, TopDocs top, Marks marks, Explainer why) throws IOException {
        var hits = new ArrayList<SearchHit>();
        var stored = searcher.storedFields();
        for (ScoreDoc scored : top.scoreDocs) {
            Document doc = stored.document(scored.doc);
            Language language = Language.fromCode(doc.get(LANG));
            String prompt = doc.get(PROMPT), topic = doc.get(TOPIC), answer = doc.get(ANSWER);
            hits.add(new SearchHit(doc.getField(ID).numericValue().longValue(), prompt, topic, doc.get(SOURCE),
                    doc.getField(LINE).numericValue().intValue(), scored.score,
                    marks.prompt(prompt, language), marks.fragment(answer, language),
                    why.explain(prompt, String.join(" ", TopicPath.parse(topic).titles()), answer),
                    java.util.Objects.requireNonNullElse(doc.get(STEM_HINT), "")));
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
