package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.ingest.NoteReader;
import prepdeck.review.ReviewQueue;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Rating;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;
import prepdeck.review.fsrs.State;

/** Practice over a real SQLite data folder, fed by the tiny test notes format. Runs over SQLite and a real PostgreSQL (see {@link prepdeck.testing.TestPostgres}). */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(prepdeck.testing.StoreKind.class)
class PracticeTest {
    @org.junit.jupiter.params.Parameter prepdeck.testing.StoreKind kind;
    @org.junit.jupiter.api.extension.RegisterExtension final prepdeck.testing.TestStores stores = new prepdeck.testing.TestStores();
    @TempDir Path temp;
    TestClock clock = new TestClock(Instant.parse("2025-01-10T09:00:00Z"));
    DeckStore store;
    Knowledge knowledge;
    Practice practice;
    int keys;

    static final String NOTES = """
            # Python
            Q: What is a generator?
            A: A function that yields values lazily.
            Q: What does yield from do?
            ## GIL
            D: GIL
            A: A lock that lets one thread run Python bytecode at a time.
            # Docker
            Q: What is an image?
            A: A read-only template for containers.
            """;

    @BeforeEach
    void setUp() throws IOException {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("notes.md"), NOTES);
        store = stores.open(kind, temp.resolve("data"));
        knowledge = new DeckKnowledge(store);
        new ImportNotes(store, new NoteReader()::scan, TinyNotes::parse, clock, "1").run(List.of(notes), ImportProgress.NONE);
        practice = new DeckPractice(store, new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withFuzz(true)), clock);
    }

    long id(String prompt) {
        return knowledge.cards(CardQuery.ALL).stream().filter(c -> c.prompt().equals(prompt)).findFirst().orElseThrow().id();
    }

    ReviewReceipt answer(long card, Rating rating) {
        return practice.answer(card, rating.grade(), "key-" + ++keys, 1500);
    }

    /** The home page's line and the readiness forecast follow every answer and undo, counted without loading the deck. */
    @Test
    void todayAndReadinessFollowAnAnswerAndItsUndo() {
        int perDay = practice.today().newPerDay();
        assertThat(practice.today().newLeft()).isEqualTo(Math.min(3, perDay));
        Readiness before = practice.readiness();
        var receipt = answer(id("What is a generator?"), Rating.GOOD);
        assertThat(practice.today().newLeft()).isEqualTo(Math.min(2, perDay - 1));
        assertThat(practice.today().newToday()).isEqualTo(1);
        Readiness after = practice.readiness();
        assertThat(after).as("the forecast after an answer").isNotEqualTo(before);
        practice.undo(receipt.reviewId());
        assertThat(practice.today().newLeft()).isEqualTo(Math.min(3, perDay));
        assertThat(practice.readiness()).as("the forecast after the undo").isNotEqualTo(after).isEqualTo(before);
    }

    @Test
    void newCardsComeInNotesOrderAndGapsNever() {
        var next = practice.next(Optional.empty()).orElseThrow();
        assertThat(next.card().prompt()).isEqualTo("What is a generator?");
        assertThat(next.state()).isEqualTo(State.NEW);
        assertThat(next.reason()).isEqualTo(ReviewQueue.Reason.NEW);
        assertThat(next.intervals()).containsOnlyKeys(Rating.values());
        assertThat(next.intervals().get(Rating.AGAIN)).isEqualTo(Duration.ofMinutes(1));
        assertThat(next.intervals().get(Rating.GOOD)).isEqualTo(Duration.ofMinutes(10));

        answer(next.card().id(), Rating.EASY);
        assertThat(practice.next(Optional.empty()).orElseThrow().card().prompt()).isEqualTo("GIL");
        answer(id("GIL"), Rating.EASY);
        assertThat(practice.next(Optional.empty()).orElseThrow().card().prompt()).isEqualTo("What is an image?");
        answer(id("What is an image?"), Rating.EASY);
        assertThat(practice.next(Optional.empty())).isEmpty();
        assertThat(knowledge.stats().reviews()).isEqualTo(3);
    }

    @Test
    void learningStepsComeBackFirstWhenDueAndWithinTheLearnAheadWindowAtTheEnd() {
        long generator = id("What is a generator?");
        answer(generator, Rating.AGAIN); // back in 1 minute
        assertThat(practice.next(Optional.empty()).orElseThrow().card().prompt()).isEqualTo("GIL");
        clock.advance(Duration.ofMinutes(2));
        var next = practice.next(Optional.empty()).orElseThrow();
        assertThat(next.card().id()).isEqualTo(generator);
        assertThat(next.reason()).isEqualTo(ReviewQueue.Reason.LEARNING);
        answer(generator, Rating.GOOD); // 10 minutes
        answer(id("GIL"), Rating.EASY);
        answer(id("What is an image?"), Rating.EASY);
        next = practice.next(Optional.empty()).orElseThrow();
        assertThat(next.card().id()).isEqualTo(generator);
        assertThat(next.reason()).isEqualTo(ReviewQueue.Reason.LEARNING_AHEAD);
    }

    @Test
    void dueReviewsComeMostOverdueFirst() {
        long generator = id("What is a generator?");
        long gil = id("GIL");
        answer(generator, Rating.EASY);
        answer(gil, Rating.EASY);
        answer(id("What is an image?"), Rating.EASY);
        clock.advance(Duration.ofDays(40));
        answer(gil, Rating.HARD); // reviewed again: less overdue later than the others
        clock.advance(Duration.ofDays(200));
        var next = practice.next(Optional.empty()).orElseThrow();
        assertThat(next.reason()).isEqualTo(ReviewQueue.Reason.REVIEW);
        assertThat(next.card().id()).isNotEqualTo(gil);
        assertThat(next.due()).isEqualTo(3);
    }

    @Test
    void aTopicTakesItsSubtopicsAndNothingElse() {
        assertThat(practice.next(Optional.of("Docker")).orElseThrow().card().prompt()).isEqualTo("What is an image?");
        answer(id("What is a generator?"), Rating.EASY);
        assertThat(practice.next(Optional.of("Python")).orElseThrow().card().prompt()).isEqualTo("GIL");
        assertThatThrownBy(() -> practice.next(Optional.of("Pyth"))).isInstanceOf(NotFoundException.class).hasMessage("no topic 'Pyth'");
    }

    @Test
    void theDailyNewCardLimitHoldsUntilTheNextDay() {
        practice.setNewCardsPerDay(1);
        answer(id("What is a generator?"), Rating.EASY);
        assertThat(practice.next(Optional.empty())).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(practice.next(Optional.empty()).orElseThrow().card().prompt()).isEqualTo("GIL");
        assertThat(practice.newCardsPerDay()).isEqualTo(1);
        assertThatThrownBy(() -> practice.setNewCardsPerDay(-1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theSameKeyIsStoredOnceAndGetsTheSameReply() {
        long card = id("GIL");
        var first = practice.answer(card, 3, "double-click", 900);
        clock.advance(Duration.ofMinutes(30));
        answer(card, Rating.GOOD);
        var again = practice.answer(card, 3, "double-click", 900);
        assertThat(again).isEqualTo(first);
        assertThat(knowledge.stats().reviews()).isEqualTo(2);
        assertThatThrownBy(() -> practice.answer(card, 1, "double-click", 900))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already used for card " + card + " with rating 3");
    }

    @Test
    void theSameKeyFromManyThreadsAtOnceIsOneReview() throws Exception {
        long card = id("GIL");
        var tasks = new ArrayList<Callable<ReviewReceipt>>();
        for (int i = 0; i < 16; i++) tasks.add(() -> practice.answer(card, 4, "two-tabs", 10));
        try (var pool = Executors.newFixedThreadPool(16)) {
            var replies = pool.invokeAll(tasks).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).distinct().toList();
            assertThat(replies).hasSize(1);
        }
        assertThat(knowledge.stats().reviews()).isEqualTo(1);
    }

    @Test
    void manyAnswersAtOnceAreAllStoredAndACardOfABadOneFailsAlone() throws Exception {
        long card = id("What is an image?");
        var tasks = new ArrayList<Callable<Object>>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            tasks.add(() -> {
                try {
                    return practice.answer(n % 50 == 0 ? 999_999 : card, 3, "burst-" + n, 10);
                } catch (NotFoundException e) {
                    return e;
                }
            });
        }
        try (var pool = Executors.newFixedThreadPool(32)) {
            var results = pool.invokeAll(tasks).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
            assertThat(results.stream().filter(r -> r instanceof NotFoundException)).hasSize(4);
        }
        assertThat(knowledge.stats().reviews()).isEqualTo(196);
    }

    @Test
    void gapsRetiredAndUnknownCardsAndBadRatingsAreRefused() {
        assertThatThrownBy(() -> practice.answer(id("What does yield from do?"), 3, "k1", 0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is a gap");
        assertThatThrownBy(() -> practice.answer(424242, 3, "k2", 0)).isInstanceOf(NotFoundException.class).hasMessage("no card 424242");
        assertThatThrownBy(() -> practice.answer(id("GIL"), 5, "k3", 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("got 5");
        assertThatThrownBy(() -> practice.answer(id("GIL"), 3, " ", 0)).isInstanceOf(InvalidInputException.class);
        assertThat(knowledge.stats().reviews()).isZero();
    }

    @Test
    void undoRestoresThePreviousStateAndKeepsTheAnswerInTheLog() {
        long gil = id("GIL");
        var first = answer(gil, Rating.GOOD);
        clock.advance(Duration.ofMinutes(11));
        var second = answer(gil, Rating.GOOD);
        assertThat(second.state()).isEqualTo(State.REVIEW);

        var undone = practice.undo(second.reviewId());
        assertThat(undone).isEqualTo(new UndoReceipt(second.reviewId(), gil, State.LEARNING));
        assertThat(practice.undo(second.reviewId())).isEqualTo(undone);
        assertThat(knowledge.stats().reviews()).isEqualTo(1);
        var next = practice.next(Optional.empty()).orElseThrow();
        assertThat(next.card().id()).isEqualTo(gil);
        assertThat(next.state()).isEqualTo(State.LEARNING);

        assertThat(practice.undoLast()).contains(new UndoReceipt(first.reviewId(), gil, State.NEW));
        assertThat(practice.undoLast()).isEmpty();
        assertThat(practice.next(Optional.empty()).orElseThrow().card().prompt()).isEqualTo("What is a generator?");
        assertThat(knowledge.stats().reviews()).isZero();
        // the key still answers with what it first said
        assertThat(practice.answer(gil, Rating.GOOD.grade(), "key-1", 1500)).isEqualTo(first);
    }

    @Test
    void onlyTheLatestAnswerCanBeUndone() {
        var first = answer(id("GIL"), Rating.GOOD);
        answer(id("What is an image?"), Rating.GOOD);
        assertThatThrownBy(() -> practice.undo(first.reviewId())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("latest first");
    }

    @Test
    void aHistoryIsReplayedThroughTheSchedulerAsIfAnsweredThen() {
        long gil = id("GIL");
        var start = clock.instant().minus(Duration.ofDays(30));
        int stored = practice.recordHistory(List.of(
                new PastReview(gil, start.plus(Duration.ofDays(10)), 3, 1000, "anki-2"),
                new PastReview(gil, start, 3, 1000, "anki-1")));
        assertThat(stored).isEqualTo(2);
        assertThat(knowledge.stats().reviews()).isEqualTo(2);
        var replay = practice.answer(gil, 3, "anki-1", 1000);
        assertThat(replay.state()).isEqualTo(State.LEARNING);
    }

    /** Two servers over one database: a retention set through one changes the intervals the other offers. */
    @Test
    void aSecondInstanceTakesUpSettingsStoredByTheFirst() {
        DeckStore secondInstance = kind == prepdeck.testing.StoreKind.SQLITE
                ? prepdeck.store.SqliteDatabase.open(temp.resolve("data")).localDeck()
                : stores.closeAfter(prepdeck.store.PostgresDatabase.open(stores.lastPostgresUrl())).localDeck();
        var other = new DeckPractice(secondInstance,
                new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withFuzz(false)), clock);
        var card = practice.next(Optional.empty()).orElseThrow().card().id();
        practice.answer(card, 3, "k-first", 1000);
        clock.advance(java.time.Duration.ofDays(3));
        java.time.Duration before = other.show(card).intervals().get(prepdeck.review.fsrs.Rating.GOOD);
        other.next(Optional.empty());

        practice.setDesiredRetention(0.97);
        other.next(Optional.empty());
        java.time.Duration after = other.show(card).intervals().get(prepdeck.review.fsrs.Rating.GOOD);

        assertThat(after).as("Good's interval once the other instance stored retention 0.97").isLessThan(before);
    }
}
