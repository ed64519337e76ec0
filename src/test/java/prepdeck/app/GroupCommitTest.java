package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.ingest.NoteReader;
import prepdeck.main.TestUsers;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;
import prepdeck.store.SqliteDatabase;

/**
 * One group commit per database: answers of different users share one transaction (one durable commit), each
 * written as its own user; a job that fails fails alone. The real SQLite database, behind a wrapper that
 * counts the transactions and the scopes each one served, and can hold the first one open so the next
 * jobs pile up behind it.
 */
class GroupCommitTest {
    @TempDir Path temp;
    TestClock clock = new TestClock(Instant.parse("2025-01-10T09:00:00Z"));
    Counting database;
    GroupCommit commits;
    StoreScope aliceScope;
    StoreScope bobScope;
    DeckPractice alice;
    DeckPractice bob;
    List<Long> cards;

    /** A transaction as the wrapper saw it: the scopes its jobs asked for, and whether it committed. */
    record Seen(Set<StoreScope> scopes, boolean committed) {}

    static final class Counting implements ScopedWrites {
        final SqliteDatabase database;
        final List<Seen> transactions = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstEntered = new CountDownLatch(1);
        final CountDownLatch releaseFirst = new CountDownLatch(1);

        Counting(SqliteDatabase database) {
            this.database = database;
        }

        @Override
        public <R> R write(Function<Scopes, R> work) {
            if (firstEntered.getCount() > 0) {
                firstEntered.countDown();
                await(releaseFirst);
            }
            var scopes = Collections.synchronizedSet(new HashSet<StoreScope>());
            boolean committed = false;
            try {
                R result = database.write(s -> work.apply(scope -> {
                    scopes.add(scope);
                    return s.as(scope);
                }));
                committed = true;
                return result;
            } finally {
                transactions.add(new Seen(Set.copyOf(scopes), committed));
            }
        }
    }

    @BeforeEach
    void twoUsers() throws Exception {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("notes.md"), PracticeTest.NOTES);
        Path data = temp.resolve("data");
        var db = SqliteDatabase.open(data);
        var owner = db.localDeck();
        new ImportNotes(owner, new NoteReader()::scan, TinyNotes::parse, clock, "1").run(List.of(notes), ImportProgress.NONE);
        aliceScope = owner.scope();
        bobScope = new StoreScope(aliceScope.deckId(), TestUsers.add(data, "bob"));
        database = new Counting(db);
        commits = new GroupCommit(database, 512);
        var scheduler = new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withFuzz(true));
        alice = new DeckPractice(owner, commits, aliceScope, scheduler, clock);
        bob = new DeckPractice(db.deck(bobScope.deckId(), bobScope.userId()), commits, bobScope, scheduler, clock);
        cards = new DeckKnowledge(owner).cards(CardQuery.ALL).stream().filter(c -> c.status() == prepdeck.knowledge.CardStatus.ANSWERED)
                .map(CardView::id).toList();
    }

    @Test
    void answersOfDifferentUsersShareOneTransactionEachWrittenAsItsOwnUser() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> alice.answer(cards.get(0), 3, "a-0", 100));
        await(database.firstEntered);
        var waiting = new ArrayList<Thread>();
        var results = Collections.synchronizedList(new ArrayList<ReviewReceipt>());
        for (int i = 1; i < cards.size(); i++) {
            long card = cards.get(i);
            String key = "a-" + i;
            waiting.add(Thread.ofPlatform().start(() -> results.add(alice.answer(card, 3, key, 100))));
        }
        for (long card : cards) waiting.add(Thread.ofPlatform().start(() -> results.add(bob.answer(card, 4, "b-" + card, 100))));
        awaitParked(waiting);
        database.releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Thread t : waiting) t.join(10_000);

        assertThat(results).hasSize(2 * cards.size() - 1);
        assertThat(database.transactions).hasSize(2);
        assertThat(database.transactions.get(1)).isEqualTo(new Seen(Set.of(aliceScope, bobScope), true));
        // each answer landed with its own user: both have reviewed every card once, and each card is theirs to undo
        assertThat(alice.readiness().reviewed()).isEqualTo(cards.size());
        assertThat(bob.readiness().reviewed()).isEqualTo(cards.size());
        assertThat(bob.undoLast()).isPresent();
        assertThat(alice.readiness().reviewed()).isEqualTo(cards.size());
    }

    @Test
    void aFailingJobFailsAloneAndTheOthersOfItsBatchCommitOnce() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> alice.answer(cards.get(0), 3, "a-0", 100));
        await(database.firstEntered);
        var outcomes = Collections.synchronizedMap(new java.util.HashMap<String, Object>());
        var waiting = new ArrayList<Thread>();
        waiting.add(Thread.ofPlatform().start(() -> outcomes.put("bob", outcome(() -> bob.answer(cards.get(1), 3, "b-1", 100)))));
        waiting.add(Thread.ofPlatform().start(() -> outcomes.put("no card", outcome(() -> alice.answer(999_999, 3, "a-x", 100)))));
        waiting.add(Thread.ofPlatform().start(() -> outcomes.put("broken", outcome(() -> commits.write(bobScope, tx -> {
            tx.putCardState(new CardStateRow(cards.get(2), "Review", 5.0, 5.0, 0, 1, Instant.EPOCH, Instant.EPOCH), Instant.EPOCH);
            throw new IllegalStateException("broken job");
        })))));
        awaitParked(waiting);
        database.releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Thread t : waiting) t.join(10_000);

        assertThat(outcomes.get("bob")).isInstanceOf(ReviewReceipt.class);
        assertThat(outcomes.get("no card")).isInstanceOf(NotFoundException.class);
        assertThat(outcomes.get("broken")).isInstanceOf(IllegalStateException.class);
        // the held one; the batch of three, rolled back; then each of the three alone
        assertThat(database.transactions).hasSize(5);
        assertThat(database.transactions.get(1).committed()).isFalse();
        assertThat(database.transactions.subList(2, 5)).filteredOn(Seen::committed).hasSize(2);
        assertThat(bob.readiness().reviewed()).isEqualTo(1); // once, though its first transaction rolled back
        assertThat(bob.show(cards.get(2)).state()).isEqualTo(prepdeck.review.fsrs.State.NEW); // the broken job's write is gone
    }

    private static Object outcome(java.util.function.Supplier<Object> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Until every thread waits for its commit (parked in the queue's future), so all are in the next batch. */
    private static void awaitParked(List<Thread> threads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (threads.stream().anyMatch(t -> t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING)) {
            if (System.nanoTime() > deadline) throw new AssertionError("jobs did not queue: " + threads.stream().map(Thread::getState).toList());
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new AssertionError("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
