package prepdeck.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Search over the deck's cards. The index is derived data: it keeps the number of the last entry of the
 * deck's change log it has taken in, and before a search it catches up with the sources changed since (their
 * cards, retired ones included, are indexed again). {@link #rebuild()} starts it afresh from the store.
 */
public final class SearchCards implements CardSearch {
    private final DeckStore store;
    private final Knowledge knowledge;
    private final Supplier<SearchIndex> openIndex;
    private SearchIndex index;
    private volatile Supplier<? extends java.util.Collection<Long>> dueCards = java.util.Set::of;

    /**
     * @param openIndex opens the index on first use: an import needs no index, and a command that does
     *                  not search never takes the index's lock
     */
    public SearchCards(DeckStore store, Knowledge knowledge, Supplier<SearchIndex> openIndex) {
        this.store = Objects.requireNonNull(store);
        this.knowledge = Objects.requireNonNull(knowledge);
        this.openIndex = Objects.requireNonNull(openIndex);
    }

    /**
     * Cards matching {@code query}, best first.
     *
     * @throws SearchSyntaxException when the query is malformed; its message names the bad token
     */
    @Override
    public List<SearchHit> search(String query, int limit) {
        return search(query, limit, lazily(dueCards));
    }

    /**
     * Where {@code is:due} learns which cards are due (e.g. {@link Practice#dueCardIds()}). Asked at most once a
     * search, and only by a query that uses {@code is:due}.
     */
    public SearchCards dueFrom(Supplier<? extends java.util.Collection<Long>> ids) {
        this.dueCards = Objects.requireNonNull(ids);
        return this;
    }

    private static DueFilter lazily(Supplier<? extends java.util.Collection<Long>> ids) {
        return new DueFilter() {
            private java.util.Set<Long> due;

            @Override
            public synchronized boolean isDue(long cardId) {
                if (due == null) due = java.util.Set.copyOf(ids.get());
                return due.contains(cardId);
            }
        };
    }

    public List<SearchHit> search(String query, int limit, DueFilter due) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        return current().search(query, limit, due);
    }

    /** How soon to ask again after a search that found the first build still running. */
    static final java.time.Duration RETRY_AFTER = java.time.Duration.ofSeconds(2);

    @Override
    public List<SearchHit> searchWithin(String query, int limit, java.time.Duration budget) {
        long start = System.nanoTime();
        if (!firstBuildDoneWithin(start + budget.toNanos())) {
            throw new SearchIndexBuildingException(java.time.Duration.ofNanos(System.nanoTime() - start), RETRY_AFTER);
        }
        return search(query, limit);
    }

    /**
     * Waits until {@code deadline} (a {@link System#nanoTime()}) at most for another thread's first build of the
     * index; whether it is done. Only the first build is long (seconds over a large deck, a blink over a small one);
     * a catch-up after it takes the changed sources only.
     */
    private boolean firstBuildDoneWithin(long deadline) {
        while (!caughtUpOnce && catchingUp.get() > 0) {
            if (System.nanoTime() >= deadline) return false;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Answered cards elsewhere in the notes that cover each gap (the gap's own file left out). */
    @Override
    public List<GapView> withRelated(List<GapView> gaps, int perGap) {
        if (gaps.isEmpty()) return gaps;
        SearchIndex current = current();
        GapLinks known = linksFor(current, perGap);
        var out = new ArrayList<GapView>(gaps.size());
        for (GapView g : gaps) out.add(withIds(g, known.byGap().computeIfAbsent(g.id(), id -> current.related(g, perGap))));
        links = known;
        return out;
    }

    @Override
    public String whyRelated(long gapId, long cardId) {
        GapLinks known = links;
        if (known == null) return "";
        return known.byGap().getOrDefault(gapId, List.of()).stream().filter(h -> h.id() == cardId).map(SearchHit::why).findFirst().orElse("");
    }

    /** The cards linked to each gap (by gap id) for one version of the index and one number of links a gap. */
    private record GapLinks(String version, java.util.Map<Long, List<SearchHit>> byGap) {}

    private volatile GapLinks links;

    /** Drops the index and builds it again from the store; returns how many cards it holds. */
    public int rebuild() {
        SearchIndex i = index();
        synchronized (i) {
            return rebuild(i);
        }
    }

    private int rebuild(SearchIndex i) {
        // the number is read before the cards: a change committed in between is taken in again next time
        long latest = store.read(StoreReader::latestChange);
        var cards = knowledge.cards(new CardQuery(Optional.empty(), Optional.empty(), false));
        i.replaceAll(cards);
        i.stamp(stamp(latest));
        return cards.size();
    }

    /**
     * The index, caught up with the deck's change log: the sources changed since the number it was stamped
     * with have their cards (retired ones included) indexed again. Every server over a shared database keeps
     * its own index this way, and none depends on another's clock.
     */
    SearchIndex current() {
        SearchIndex i = index();
        catchingUp.incrementAndGet();
        try {
            // the lock is the index's, not this object's: in server mode every user of a deck has their own
            // SearchCards over the deck's one index, and catching up twice at once could stamp it wrongly
            synchronized (i) {
                SearchIndex current = caughtUp(i);
                caughtUpOnce = true;
                return current;
            }
        } finally {
            catchingUp.decrementAndGet();
        }
    }

    /** Threads in {@link #current()} now, and whether it has ever finished: a first build blocks its waiters for seconds. */
    private final java.util.concurrent.atomic.AtomicInteger catchingUp = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean caughtUpOnce;

    @Override
    public LinkedGaps withRelatedWithin(List<GapView> gaps, int perGap, java.time.Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        // a small deck's first build ends within the budget; a large one's leaves every gap pending for a later view
        if (!firstBuildDoneWithin(deadline)) {
            return new LinkedGaps(gaps, gaps.stream().map(GapView::id).collect(java.util.stream.Collectors.toSet()));
        }
        if (gaps.isEmpty()) return new LinkedGaps(gaps, java.util.Set.of());
        SearchIndex current = current();
        GapLinks known = linksFor(current, perGap);
        var out = new ArrayList<GapView>(gaps.size());
        var pending = new java.util.HashSet<Long>();
        for (GapView g : gaps) {
            List<SearchHit> related = known.byGap().get(g.id());
            if (related == null && System.nanoTime() < deadline) {
                related = current.related(g, perGap);
                known.byGap().put(g.id(), related);
            }
            if (related == null) pending.add(g.id());
            out.add(withIds(g, related == null ? List.of() : related));
        }
        links = known;
        return new LinkedGaps(out, pending);
    }

    /** The links kept for this version of the index, or a fresh set when the index has changed since. */
    private GapLinks linksFor(SearchIndex current, int perGap) {
        // links change only when the index does: kept for its stamp, so the gaps page does not search again
        String version = current.stamp().orElse("") + "/" + perGap;
        GapLinks known = links;
        return known != null && known.version().equals(version) ? known : new GapLinks(version, new java.util.concurrent.ConcurrentHashMap<>());
    }

    private static GapView withIds(GapView g, List<SearchHit> related) {
        return new GapView(g.id(), g.title(), g.kind(), g.topic(), g.source(), g.line(), related.stream().map(SearchHit::id).toList());
    }

    private SearchIndex caughtUp(SearchIndex i) {
        OptionalLong stamped = i.stamp().map(SearchCards::parseStamp).orElse(OptionalLong.empty());
        if (stamped.isEmpty()) {
            rebuild(i);
            return i;
        }
        DeckChanges changes = store.read(r -> r.changesSince(stamped.getAsLong()));
        if (changes.latest() == stamped.getAsLong()) return i;
        if (changes.latest() < stamped.getAsLong()) { // the database was replaced under the index
            rebuild(i);
            return i;
        }
        var paths = store.read(StoreReader::sources).values().stream()
                .filter(s -> changes.sourceIds().contains(s.id())).map(StoredSource::path).sorted().toList();
        var cards = new ArrayList<CardView>();
        for (String path : paths) cards.addAll(knowledge.cards(new CardQuery(Optional.of(path), Optional.empty(), true)));
        i.upsert(cards);
        i.stamp(stamp(changes.latest()));
        return i;
    }

    private static final String STAMP_PREFIX = "changes:";

    private static String stamp(long seq) {
        return STAMP_PREFIX + seq;
    }

    /** "changes:N"; a stamp of another shape (an older prepdeck's) is no stamp, and the index is rebuilt. */
    private static OptionalLong parseStamp(String text) {
        if (!text.startsWith(STAMP_PREFIX)) return OptionalLong.empty();
        try {
            return OptionalLong.of(Long.parseLong(text.substring(STAMP_PREFIX.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private synchronized SearchIndex index() {
        if (index == null) index = openIndex.get();
        return index;
    }

    /** Closes the index if it was opened. */
    public synchronized void close() {
        if (index != null) index.close();
        index = null;
    }
}
