package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.ingest.NoteReader;
import prepdeck.search.LuceneSearchIndex;

/** The index follows imports, and only what they changed: a search after nothing changed indexes nothing. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(prepdeck.testing.StoreKind.class)
class SearchCardsTest {
    @org.junit.jupiter.params.Parameter prepdeck.testing.StoreKind kind;
    @org.junit.jupiter.api.extension.RegisterExtension final prepdeck.testing.TestStores stores = new prepdeck.testing.TestStores();
    @TempDir Path temp;

    /** The real index, telling which cards each upsert brought. */
    static class Watched implements SearchIndex {
        final SearchIndex inner = LuceneSearchIndex.inMemory();
        final List<List<Long>> upserts = new ArrayList<>();

        @Override public void replaceAll(List<CardView> cards) { inner.replaceAll(cards); }
        @Override public void upsert(List<CardView> cards) { upserts.add(cards.stream().map(CardView::id).toList()); inner.upsert(cards); }
        @Override public void remove(Collection<Long> ids) { inner.remove(ids); }
        @Override public Optional<String> stamp() { return inner.stamp(); }
        @Override public void stamp(String stamp) { inner.stamp(stamp); }
        @Override public List<SearchHit> search(String query, int limit, DueFilter due) { return inner.search(query, limit, due); }
        @Override public List<SearchHit> related(GapView gap, int limit) { return inner.related(gap, limit); }
        @Override public void close() { inner.close(); }
    }

    private record Imported(prepdeck.store.OpenDeck store, DeckKnowledge knowledge) {}

    /** A deck whose one card answers «Что такое Kafka?», and with {@code gap} a second note that only asks it. */
    private Imported kafka(boolean gap) throws java.io.IOException {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "# A\n\n## Что такое Kafka?\nЛог партиций.\n");
        if (gap) Files.writeString(notes.resolve("b.md"), "# B\n\n## Что такое Kafka?\n");
        var store = stores.open(kind, temp.resolve("data"));
        var knowledge = new DeckKnowledge(store);
        new ImportNotes(store, new NoteReader(), Clock.systemUTC(), NoteReader.VERSION).run(List.of(notes), ImportProgress.NONE);
        return new Imported(store, knowledge);
    }

    /** An index whose first build starts ({@code building}) and then waits until the test lets it end ({@code release}). */
    private static class SlowFirstBuild extends Watched {
        final java.util.concurrent.CountDownLatch building = new java.util.concurrent.CountDownLatch(1);
        final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

        @Override
        public void replaceAll(List<CardView> cards) {
            building.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            super.replaceAll(cards);
        }
    }

    /**
     * While another thread builds the index for the first time (seconds at 100,000 cards), a page's gap links wait
     * for it within their budget only and are "not yet" after it; once built, they are there.
     */
    @Test
    void gapLinksDoNotWaitForTheFirstBuildOfTheIndex() throws Exception {
        var imported = kafka(true);
        var store = imported.store();
        var knowledge = imported.knowledge();
        var index = new SlowFirstBuild();
        var building = index.building;
        var release = index.release;
        var search = new SearchCards(store, knowledge, () -> index);
        var gaps = knowledge.gaps();
        assertThat(gaps).hasSize(1);
        var warmUp = Thread.ofPlatform().start(() -> search.search("kafka", 5));
        building.await();
        long asked = System.nanoTime();
        var during = search.withRelatedWithin(gaps, 5, java.time.Duration.ofMillis(200));
        assertThat(during.pending()).as("the first build outlasts the budget").containsExactly(gaps.getFirst().id());
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - asked)).as("no wait past the budget").isLessThan(java.time.Duration.ofSeconds(5));
        release.countDown();
        warmUp.join();
        var after = search.withRelatedWithin(gaps, 5, java.time.Duration.ofSeconds(10));
        assertThat(after.pending()).isEmpty();
        assertThat(after.gaps().getFirst().related()).hasSize(1);
        // out of time: the gap is pending, and found by a later call
        var fresh = new SearchCards(store, knowledge, () -> index);
        assertThat(fresh.withRelatedWithin(gaps, 3, java.time.Duration.ZERO).pending()).containsExactly(gaps.getFirst().id());
        assertThat(fresh.withRelatedWithin(gaps, 3, java.time.Duration.ofSeconds(10)).gaps().getFirst().related()).hasSize(1);
    }

    /**
     * A search from a page during the first build waits at most its budget, then says the index is being built (the
     * page asks again); once built, the same search answers.
     */
    @Test
    void aSearchDuringTheFirstBuildGivesUpAfterItsBudgetAndAnswersOnceBuilt() throws Exception {
        var imported = kafka(false);
        var store = imported.store();
        var knowledge = imported.knowledge();
        var index = new SlowFirstBuild();
        var building = index.building;
        var release = index.release;
        var search = new SearchCards(store, knowledge, () -> index);
        var warmUp = Thread.ofPlatform().start(() -> search.search("kafka", 5));
        building.await();
        long start = System.nanoTime();
        assertThatThrownBy(() -> search.searchWithin("kafka", 5, java.time.Duration.ofMillis(200)))
                .isInstanceOf(SearchIndexBuildingException.class).hasMessageContaining("still being built")
                .satisfies(e -> assertThat(((SearchIndexBuildingException) e).retryAfter()).isPositive());
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("gave up after its budget, not after the build")
                .isLessThan(java.time.Duration.ofSeconds(5));
        release.countDown();
        warmUp.join();
        assertThat(search.searchWithin("kafka", 5, java.time.Duration.ZERO)).extracting(SearchHit::prompt).containsExactly("Что такое Kafka?");
    }

    @Test
    void searchesTakeInOnlyWhatAnImportChanged() throws Exception {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "# A\n\n## Kafka\nПартиции и лог.\n\n## Redis\nКлюч-значение в памяти.\n");
        Files.writeString(notes.resolve("b.md"), "# B\n\n## Nginx\nОбратный прокси.\n\n## Celery\nОчередь задач.\n");
        var store = stores.open(kind, temp.resolve("data"));
        var knowledge = new DeckKnowledge(store);
        var importer = new ImportNotes(store, new NoteReader(), Clock.systemUTC(), NoteReader.VERSION);
        var index = new Watched();
        var search = new SearchCards(store, knowledge, () -> index);
        importer.run(List.of(notes), ImportProgress.NONE);

        assertThat(search.search("партиции", 5)).hasSize(1);
        assertThat(search.search("прокси", 5)).hasSize(1);
        assertThat(index.upserts).as("the first search builds the index; the second has nothing to take in").isEmpty();

        Files.writeString(notes.resolve("b.md"), "# B\n\n## Nginx\nОбратный прокси и балансировщик.\n\n## Celery\nОчередь задач.\n");
        importer.run(List.of(notes), ImportProgress.NONE);
        assertThat(search.search("балансировщик", 5)).hasSize(1);
        assertThat(search.search("kafka", 5)).hasSize(1);
        assertThat(index.upserts).as("only b.md's cards, once").hasSize(1);
        assertThat(index.upserts.getFirst()).hasSize(2);
    }

    /**
     * Two servers over one database, each with its own index, and the second one's clock hours behind the
     * first's: an index stamped with times would think the later import older than what it has and miss it;
     * the change log's numbers do not care.
     */
    @Test
    void anIndexFollowsTheChangeLogWrittenByAnotherInstanceWhateverItsClock() throws Exception {
        Path notes = Files.createDirectories(temp.resolve("shared-notes"));
        Files.writeString(notes.resolve("a.md"), "# A\n\n## Kafka\nПартиции и лог.\n");
        var instances = stores.openShared(kind, temp.resolve("db"), 2);
        var first = instances.get(0);
        var second = instances.get(1);
        var now = java.time.Instant.parse("2026-11-22T10:00:00Z");
        new ImportNotes(first, new NoteReader(), Clock.fixed(now, java.time.ZoneOffset.UTC), NoteReader.VERSION).run(List.of(notes), ImportProgress.NONE);
        var searchOnSecond = new SearchCards(second, new DeckKnowledge(second), () -> prepdeck.search.LuceneSearchIndex.inMemory());
        assertThat(searchOnSecond.search("партиции", 5)).hasSize(1);

        Files.writeString(notes.resolve("a.md"), "# A\n\n## Kafka\nПартиции, лог и консьюмер-группы.\n");
        Files.writeString(notes.resolve("b.md"), "# B\n\n## Nginx\nОбратный прокси.\n");
        var behind = Clock.fixed(now.minus(java.time.Duration.ofHours(3)), java.time.ZoneOffset.UTC);
        new ImportNotes(second, new NoteReader(), behind, NoteReader.VERSION).run(List.of(notes), ImportProgress.NONE);
        var searchOnFirst = new SearchCards(first, new DeckKnowledge(first), () -> prepdeck.search.LuceneSearchIndex.inMemory());
        assertThat(searchOnFirst.search("прокси", 5)).hasSize(1);

        Files.delete(notes.resolve("b.md"));
        new ImportNotes(first, new NoteReader(), Clock.fixed(now.plusSeconds(60), java.time.ZoneOffset.UTC), NoteReader.VERSION)
                .run(List.of(notes), ImportProgress.NONE);
        assertThat(searchOnSecond.search("консьюмер", 5)).as("the second instance takes in the first's change").hasSize(1);
        assertThat(searchOnSecond.search("прокси", 5)).as("and the removed file's card is gone").isEmpty();
    }
}
