package prepdeck.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import prepdeck.knowledge.CardStatus;

/** The knowledge map of one deck, read from its store. */
public final class DeckKnowledge implements Knowledge {
    private final DeckStore store;

    public DeckKnowledge(DeckStore store) {
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public Stats stats() {
        return store.read(StoreReader::stats);
    }

    @Override
    public long changeVersion() {
        return store.read(StoreReader::latestChange);
    }

    @Override
    public Optional<java.nio.file.Path> sourceFile(String source) {
        StoredSource s = store.read(StoreReader::sources).get(source);
        if (s == null || s.removed()) return Optional.empty();
        java.nio.file.Path file;
        try {
            file = java.nio.file.Path.of(s.root()).resolve(s.path()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        return java.nio.file.Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The topic list of one version of the deck: every page shows the tree, and it changes only with an import. */
    private record Topics(long version, List<TopicView> list) {}

    private volatile Topics topics;

    @Override
    public List<TopicView> topics() {
        // the version is read first: an import committed in between is read again next time
        long version = store.read(StoreReader::latestChange);
        Topics known = topics;
        if (known != null && known.version() == version) return known.list();
        List<TopicView> list = readTopics();
        topics = new Topics(version, list);
        return list;
    }

    private List<TopicView> readTopics() {
        List<TopicRow> rows = store.read(StoreReader::topics);
        var children = new HashMap<Optional<Long>, List<TopicRow>>();
        for (TopicRow t : rows) children.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t);
        // rows come in creation order, which is notes order; walk the tree so parents lead their children
        var out = new ArrayList<TopicView>(rows.size());
        addTree(Optional.empty(), children, out);
        return List.copyOf(out);
    }

    private static void addTree(Optional<Long> parent, Map<Optional<Long>, List<TopicRow>> children, List<TopicView> out) {
        for (TopicRow t : children.getOrDefault(parent, List.of())) {
            out.add(new TopicView(t.id(), t.title(), t.path(), t.parent(), t.cards(), t.gaps()));
            addTree(Optional.of(t.id()), children, out);
        }
    }

    @Override
    public List<CardView> cards(CardQuery query) {
        return store.read(r -> {
            requireKnown(r, query);
            return views(r, r.cards(query));
        });
    }

    @Override
    public Slice<CardView> cards(CardQuery query, int offset, int limit) {
        return store.read(r -> {
            requireKnown(r, query);
            return new Slice<>(views(r, r.cards(query, offset, limit)), r.countCards(query));
        });
    }

    private static void requireKnown(StoreReader r, CardQuery query) {
        query.topic().ifPresent(topic -> {
            if (r.topics().stream().noneMatch(t -> t.path().equals(topic))) throw new NotFoundException("no topic '" + topic + "'");
        });
        query.source().ifPresent(source -> {
            if (!r.sources().containsKey(source)) throw new NotFoundException("no source '" + source + "'");
        });
    }

    @Override
    public List<CardView> cardsWithSnippets() {
        return store.read(r -> views(r, r.cardsWithSnippets()));
    }

    @Override
    public Optional<CardView> card(long id) {
        return store.read(r -> r.card(id).map(row -> views(r, List.of(row)).getFirst()));
    }

    @Override
    public List<GapView> gaps() {
        return store.read(r -> r.cardsWithStatus(CardStatus.GAP, Optional.empty(), 0, Integer.MAX_VALUE)).stream()
                .map(DeckKnowledge::gap).toList();
    }

    @Override
    public Slice<GapView> gaps(int offset, int limit) {
        return store.read(r -> new Slice<>(r.cardsWithStatus(CardStatus.GAP, Optional.empty(), offset, limit).stream()
                .map(DeckKnowledge::gap).toList(), r.countCardsWithStatus(CardStatus.GAP, Optional.empty())));
    }

    @Override
    public Slice<CardView> cardsIn(String topic, int offset, int limit) {
        return store.read(r -> new Slice<>(views(r, r.cardsWithStatus(CardStatus.ANSWERED, Optional.of(topic), offset, limit)),
                r.countCardsWithStatus(CardStatus.ANSWERED, Optional.of(topic))));
    }

    @Override
    public Slice<GapView> gapsIn(String topic, int offset, int limit) {
        return store.read(r -> new Slice<>(r.cardsWithStatus(CardStatus.GAP, Optional.of(topic), offset, limit).stream()
                .map(DeckKnowledge::gap).toList(), r.countCardsWithStatus(CardStatus.GAP, Optional.of(topic))));
    }

    private static GapView gap(CardRow c) {
        return new GapView(c.id(), c.prompt(), c.kind(), c.topic(), c.source(), c.line(), List.of());
    }

    static List<CardView> views(StoreReader r, List<CardRow> rows) {
        List<Long> ids = rows.stream().map(CardRow::id).toList();
        var followUps = r.followUps(ids);
        var snippets = r.snippets(ids);
        var references = r.references(ids);
        var tags = r.tags(ids);
        return rows.stream().map(c -> new CardView(c.id(), c.prompt(), c.answer(), c.kind(), c.topic(), c.source(),
                c.line(), c.language(), c.status(), c.parent(), followUps.getOrDefault(c.id(), List.of()),
                snippets.getOrDefault(c.id(), List.of()), references.getOrDefault(c.id(), List.of()),
                tags.getOrDefault(c.id(), List.of()), c.stem())).toList();
    }
}
