package prepdeck.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Search over the deck's cards. The index is derived data: it keeps a stamp of the newest source change it
 * has taken in, and before a search it catches up with the sources an import changed since (their cards,
 * retired ones included, are indexed again). {@link #rebuild()} starts it afresh from the store.
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

    /** Answered cards elsewhere in the notes that cover each gap (the gap's own file left out). */
    @Override
    public List<GapView> withRelated(List<GapView> gaps, int perGap) {
        if (gaps.isEmpty()) return gaps;
        SearchIndex current = current();
        var out = new ArrayList<GapView>(gaps.size());
        for (GapView g : gaps) {
            var related = current.related(g, perGap).stream().map(SearchHit::id).toList();
            out.add(new GapView(g.id(), g.title(), g.kind(), g.topic(), g.source(), g.line(), related));
        }
        return out;
    }

    /** Drops the index and builds it again from the store; returns how many cards it holds. */
    public int rebuild() {
        SearchIndex i = index();
        synchronized (i) {
            return rebuild(i);
        }
    }

    private int rebuild(SearchIndex i) {
        var sources = store.read(StoreReader::sources).values();
        var cards = knowledge.cards(new CardQuery(Optional.empty(), Optional.empty(), false));
        i.replaceAll(cards);
        i.stamp(Stamp.of(sources).text());
        return cards.size();
    }

    /** The index, caught up with every import so far. */
    SearchIndex current() {
        SearchIndex i = index();
        // the lock is the index's, not this object's: in server mode every user of a deck has their own
        // SearchCards over the deck's one index, and catching up twice at once could stamp it wrongly
        synchronized (i) {
            return caughtUp(i);
        }
    }

    private SearchIndex caughtUp(SearchIndex i) {
        Optional<Stamp> stamped = i.stamp().flatMap(Stamp::parse);
        if (stamped.isEmpty()) {
            rebuild(i);
            return i;
        }
        var sources = store.read(StoreReader::sources).values();
        var changed = stamped.get().changedSince(sources);
        if (changed.isEmpty()) return i;
        var cards = new ArrayList<CardView>();
        for (StoredSource s : changed) {
            cards.addAll(knowledge.cards(new CardQuery(Optional.of(s.path()), Optional.empty(), true)));
        }
        i.upsert(cards);
        i.stamp(Stamp.of(sources).text());
        return i;
    }

    /**
     * How far the index has caught up: the newest source change it took in, and how many sources changed at
     * that very instant. One import changes all its sources at one instant, so the count tells a source that
     * changed in the same millisecond after the index caught up from one it has already taken in.
     */
    private record Stamp(Instant newest, long atNewest) {
        static Stamp of(java.util.Collection<StoredSource> sources) {
            Instant newest = sources.stream().map(StoredSource::changedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
            return new Stamp(newest, sources.stream().filter(s -> s.changedAt().equals(newest)).count());
        }

        /** Reads "instant#count"; a stamp of another shape is no stamp (the index is then rebuilt). */
        static Optional<Stamp> parse(String text) {
            int hash = text.indexOf('#');
            if (hash < 0) return Optional.empty();
            try {
                return Optional.of(new Stamp(Instant.parse(text.substring(0, hash)), Long.parseLong(text.substring(hash + 1))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        String text() {
            return newest + "#" + atNewest;
        }

        /**
         * The sources that may have changed since this stamp: newer ones, and those exactly as new when more of
         * them are there than the stamp counted (fewer means some changed again later, not that one is new).
         */
        List<StoredSource> changedSince(java.util.Collection<StoredSource> sources) {
            long nowAtNewest = sources.stream().filter(s -> s.changedAt().equals(newest)).count();
            return sources.stream()
                    .filter(s -> s.changedAt().isAfter(newest) || s.changedAt().equals(newest) && nowAtNewest > atNewest)
                    .sorted(Comparator.comparing(StoredSource::path)).toList();
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
