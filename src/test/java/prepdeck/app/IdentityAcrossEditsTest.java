package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.ingest.NoteReader;
import prepdeck.knowledge.CardStatus;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;

/**
 * Reviewed cards edited, reworded, moved between sections and files, their files renamed and their order
 * changed, across two imports: every review history must end up on the card it belongs to, and the report
 * must say so. Runs over SQLite and a real PostgreSQL.
 */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(prepdeck.testing.StoreKind.class)
class IdentityAcrossEditsTest {
    @org.junit.jupiter.params.Parameter prepdeck.testing.StoreKind kind;
    @org.junit.jupiter.api.extension.RegisterExtension final prepdeck.testing.TestStores stores = new prepdeck.testing.TestStores();
    @TempDir Path temp;
    Path notes;
    TestClock clock = new TestClock(Instant.parse("2025-03-01T09:00:00Z"));
    DeckStore store;
    Knowledge knowledge;
    DeckPractice practice;

    @BeforeEach
    void setUp() throws IOException {
        notes = Files.createDirectories(temp.resolve("notes"));
        store = stores.open(kind, temp.resolve("data"));
        knowledge = new DeckKnowledge(store);
        practice = new DeckPractice(store, new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT), clock);
    }

    ImportNotes importer() {
        clock.advance(Duration.ofMinutes(1));
        return new ImportNotes(store, new NoteReader()::scan, TinyNotes::parse, clock, "1");
    }

    ImportReport importNotes() {
        return importer().run(List.of(notes), ImportProgress.NONE);
    }

    void write(String name, String text) throws IOException {
        Files.createDirectories(notes.resolve(name).getParent());
        Files.writeString(notes.resolve(name), text);
    }

    List<CardView> everyCard() {
        return knowledge.cards(new CardQuery(Optional.empty(), Optional.empty(), true));
    }

    CardView card(String prompt) {
        var found = everyCard().stream().filter(c -> c.prompt().equals(prompt)).toList();
        assertThat(found).as("cards with the prompt '%s'", prompt).hasSize(1);
        return found.getFirst();
    }

    Map<Long, Integer> reviews() {
        return store.read(r -> r.reviewCounts(everyCard().stream().map(CardView::id).toList()));
    }

    /** Answers the card {@code times} times, a day apart. */
    void review(long cardId, int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(Duration.ofDays(1));
            practice.answer(cardId, 3, "card-" + cardId + "-" + i, 5_000);
        }
    }

    static final String MRO = "Method resolution order: порядок, в котором Python ищет методы в иерархии классов.";
    static final String GENERATOR = "A function that yields values lazily, one at a time, keeping its state between calls.";
    static final String METACLASS = "The class of a class: type is the default one, and it builds every class statement.";
    static final String PS = "The running containers, with their ids, images and names.";
    static final String VOLUME = "Storage that outlives the container that mounts it, managed by Docker.";
    static final String CLOSURE = "A function that remembers the variables of the scope it was defined in.";
    static final String REVERSED = "`print([1, 2, 3][::-1])` prints `[3, 2, 1]`";
    static final String FLOATS = "`print(0.1 + 0.2 == 0.3)` prints `False`: binary floats cannot hold 0.1 exactly.";
    static final String WALRUS = "`:=` assigns inside an expression, as in `if (n := len(a)) > 10:`.";
    static final String DEQUE = "A double-ended queue with O(1) appends and pops at both ends.";

    void writeFirstNotes() throws IOException {
        write("a.md", "# Python\nQ: Что такое MRO?\nA: " + MRO + "\nQ: What is a generator?\nA: " + GENERATOR
                + "\nQ: What is a metaclass?\nA: " + METACLASS
                + "\n# Docker\nQ: What does docker ps list?\nA: " + PS + "\nQ: What is a volume?\nA: " + VOLUME + "\n");
        write("b.md", "Q: What is a closure?\nA: " + CLOSURE + "\nQ: Что будет в консоли?\nA: " + REVERSED
                + "\nQ: Что будет в консоли?\nA: " + FLOATS + "\n");
        write("old.md", "Q: What is the walrus operator?\nA: " + WALRUS + "\nQ: What is a deque?\nA: " + DEQUE + "\n");
    }

    /** Every card of the first notes answered a different number of times, so each history can be told apart. */
    Map<String, Long> importAndReviewFirstNotes() throws IOException {
        writeFirstNotes();
        importNotes();
        var ids = new LinkedHashMap<String, Long>();
        int times = 1;
        for (CardView c : everyCard()) {
            ids.put(c.answer(), c.id());
            review(c.id(), times++);
        }
        assertThat(ids).hasSize(10);
        return ids;
    }

    void editEverything() throws IOException {
        // a.md: sections swapped; docker ps's answer edited; MRO reworded and moved into a subsection;
        // the generator moved to a new file; the metaclass gone, question and answer
        write("a.md", "# Docker\nQ: What is a volume?\nA: " + VOLUME
                + "\nQ: What does docker ps list?\nA: The running containers (add -a for all of them), with their ids, images and names.\n"
                + "# Python\n## Classes\nQ: Что такое MRO в Python?\nA: " + MRO + "\n");
        write("c.md", "# Functions\nQ: What is a coroutine?\nA: A function that can suspend itself with await.\n"
                + "Q: What is a generator?\nA: " + GENERATOR + "\n");
        // b.md renamed and moved into a folder, its cards reordered and the first console example's code edited
        Files.delete(notes.resolve("b.md"));
        write("python/basics.md", "Q: Что будет в консоли?\nA: " + FLOATS + "\nQ: Что будет в консоли?\nA: "
                + "`print([1, 2, 3, 4][::-1])` prints `[4, 3, 2, 1]`" + "\nQ: What is a closure?\nA: " + CLOSURE + "\n");
        // old.md renamed, content unchanged
        Files.move(notes.resolve("old.md"), notes.resolve("renamed.md"));
    }

    @Test
    void everyReviewHistoryStaysWithItsCardAcrossEditsMovesRenamesAndReordering() throws IOException {
        Map<String, Long> ids = importAndReviewFirstNotes();
        Map<Long, Integer> before = reviews();

        editEverything();
        var report = importNotes();

        assertThat(card("Что такое MRO в Python?").id()).isEqualTo(ids.get(MRO));
        assertThat(card("Что такое MRO в Python?").topic()).isEqualTo("Python / Classes");
        assertThat(card("What is a generator?").id()).isEqualTo(ids.get(GENERATOR));
        assertThat(card("What is a generator?").source()).isEqualTo("c.md");
        assertThat(card("What does docker ps list?").id()).isEqualTo(ids.get(PS));
        assertThat(card("What is a volume?").id()).isEqualTo(ids.get(VOLUME));
        assertThat(card("What is a closure?").id()).isEqualTo(ids.get(CLOSURE));
        assertThat(card("What is a closure?").source()).isEqualTo("python/basics.md");
        assertThat(card("What is the walrus operator?").id()).isEqualTo(ids.get(WALRUS));
        assertThat(card("What is a deque?").id()).isEqualTo(ids.get(DEQUE));
        assertThat(card("What is a deque?").source()).isEqualTo("renamed.md");
        var consoles = everyCard().stream().filter(c -> c.prompt().equals("Что будет в консоли?")).toList();
        assertThat(consoles).extracting(CardView::answer, CardView::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FLOATS, ids.get(FLOATS)),
                org.assertj.core.groups.Tuple.tuple("`print([1, 2, 3, 4][::-1])` prints `[4, 3, 2, 1]`", ids.get(REVERSED)));
        var metaclass = card("What is a metaclass?");
        assertThat(metaclass.id()).isEqualTo(ids.get(METACLASS));
        assertThat(metaclass.status()).isEqualTo(CardStatus.RETIRED);
        assertThat(card("What is a coroutine?").id()).isNotIn(ids.values());

        // the histories themselves did not move: every card has the answers it had
        assertThat(reviews()).containsAllEntriesOf(before);
        assertThat(reviews().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(55);

        // and the report names what happened
        assertThat(report.totals().retired()).isEqualTo(1);
        assertThat(report.changes().retired()).containsExactly(
                new ImportReport.Retired(ids.get(METACLASS), "What is a metaclass?", "a.md", before.get(ids.get(METACLASS))));
        assertThat(report.changes().newCards()).isEqualTo(1);
        assertThat(report.changes().kept()).extracting(ImportReport.Kept::id).containsExactlyInAnyOrder(
                ids.get(MRO), ids.get(GENERATOR), ids.get(CLOSURE), ids.get(FLOATS), ids.get(REVERSED),
                ids.get(WALRUS), ids.get(DEQUE));
        assertThat(report.changes().kept()).filteredOn(k -> k.id() == ids.get(MRO)).singleElement()
                .satisfies(k -> {
                    assertThat(k.reworded()).isTrue();
                    assertThat(k.moved()).isFalse();
                    assertThat(k.fromPrompt()).isEqualTo("Что такое MRO?");
                    assertThat(k.toPrompt()).isEqualTo("Что такое MRO в Python?");
                });
        assertThat(report.changes().kept()).filteredOn(k -> k.id() == ids.get(DEQUE)).singleElement()
                .satisfies(k -> {
                    assertThat(k.reworded()).isFalse();
                    assertThat(k.fromSource()).isEqualTo("old.md");
                    assertThat(k.toSource()).isEqualTo("renamed.md");
                    assertThat(k.reviews()).isEqualTo(before.get(ids.get(DEQUE)));
                });
    }

    @Test
    void theSameImportAgainChangesNothingAndReportsNothing() throws IOException {
        importAndReviewFirstNotes();
        editEverything();
        importNotes();
        var cards = everyCard();

        // parser version 2 reads every file again: nothing moves
        clock.advance(Duration.ofMinutes(1));
        var again = new ImportNotes(store, new NoteReader()::scan, TinyNotes::parse, clock, "2").run(List.of(notes), ImportProgress.NONE);

        assertThat(again.changes()).isEqualTo(new ImportReport.Changes(0, 0, List.of(), List.of()));
        assertThat(everyCard()).extracting(CardView::id, CardView::prompt, CardView::status)
                .containsExactlyElementsOf(cards.stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.prompt(), c.status())).toList());
    }

    @Test
    void unrelatedNewCardsDoNotTakeTheHistoryOfACardThatWasDeleted() throws IOException {
        write("a.md", "Q: What is a closure?\nA: " + CLOSURE + "\nQ: Что такое GIL?\nQ: What is a deque?\nA: " + DEQUE + "\n");
        importNotes();
        long closure = card("What is a closure?").id();
        long gil = card("Что такое GIL?").id();
        review(closure, 3);

        write("a.md", "Q: What is a decorator?\nA: A function that takes a function and returns a new one wrapping it.\n"
                + "Q: What is a closure in JavaScript?\nA: See the MDN page on scopes and lexical environments.\n"
                + "Q: Что такое GC?\nQ: What is a deque?\nA: " + DEQUE + "\n");
        var report = importNotes();

        assertThat(card("What is a decorator?").id()).isNotEqualTo(closure);
        assertThat(card("What is a closure in JavaScript?").id()).isNotEqualTo(closure);
        assertThat(card("Что такое GC?").id()).isNotEqualTo(gil);
        assertThat(card("What is a closure?").status()).isEqualTo(CardStatus.RETIRED);
        assertThat(reviews()).containsEntry(closure, 3).hasSize(1);
        assertThat(report.changes().retired()).extracting(ImportReport.Retired::id, ImportReport.Retired::reviews)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(closure, 3), org.assertj.core.groups.Tuple.tuple(gil, 0));
        assertThat(report.changes().kept()).isEmpty();
        assertThat(report.changes().newCards()).isEqualTo(3);
    }

    @Test
    void aDryRunWritesNothingAndPredictsExactlyWhatTheImportThenDoes() throws IOException {
        importAndReviewFirstNotes();
        editEverything();
        var before = snapshot();

        clock.advance(Duration.ofMinutes(1));
        var predicted = importer().dryRun(List.of(notes));

        assertThat(snapshot()).isEqualTo(before);
        var done = importNotes();
        assertThat(predicted).isEqualTo(done);
        assertThat(predicted.changes().retired()).hasSize(1);
        assertThat(predicted.changes().kept()).hasSize(7);
        assertThat(snapshot()).isNotEqualTo(before);
    }

    @Test
    void aGenericPromptWithNewCodeIsANewCardAndTheOldOneComesBackWithItsHistory() throws IOException {
        String sorted = "`print(sorted({3, 1, 2}))` prints `[1, 2, 3]`: a set sorted into a list.";
        String typeofNull = "`console.log(typeof null)` prints `object`, a bug kept for compatibility.";
        write("a.md", "Q: What is the output?\nA: " + sorted + "\n");
        importNotes();
        long first = card("What is the output?").id();
        review(first, 2);

        write("a.md", "Q: What is the output?\nA: " + typeofNull + "\n");
        var replaced = importNotes();

        long second = everyCard().stream().filter(c -> c.answer().equals(typeofNull)).findFirst().orElseThrow().id();
        assertThat(second).isNotEqualTo(first);
        assertThat(replaced.changes().retired()).extracting(ImportReport.Retired::id, ImportReport.Retired::reviews)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, 2));

        // the first example comes back (the retired card stepped aside from its identity and takes it back)
        write("a.md", "Q: What is the output?\nA: " + sorted + "\n");
        importNotes();

        var back = everyCard().stream().filter(c -> c.answer().equals(sorted)).toList();
        assertThat(back).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(first);
            assertThat(c.status()).isEqualTo(CardStatus.ANSWERED);
        });
        assertThat(reviews()).containsEntry(first, 2);
    }

    /** Everything an import can change, as the use cases read it. */
    Map<String, Object> snapshot() {
        var out = new HashMap<String, Object>();
        out.put("cards", everyCard());
        out.put("topics", knowledge.topics());
        out.put("stats", knowledge.stats());
        out.put("reviews", reviews());
        out.put("store", store.read(r -> List.of(r.sources(), r.changesSince(0), r.cardsUpdatedAt(),
                r.cardsOfSources(r.sources().values().stream().map(StoredSource::id).toList()))));
        return out;
    }
}
