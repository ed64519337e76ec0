package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.CardQuery;
import prepdeck.app.DeckRole;
import prepdeck.app.ForbiddenException;
import prepdeck.app.ImportProgress;
import prepdeck.app.InterviewRequest;
import prepdeck.app.NotFoundException;
import prepdeck.app.Principal;
import prepdeck.app.UseCases;
import prepdeck.knowledge.CardStatus;
import prepdeck.review.fsrs.State;
import prepdeck.store.SqliteDatabase;

/**
 * Two users on one SQLite database and one deck, through the use cases the composition root builds for each:
 * what one does with the deck (reviews, card states, readiness, interview date and settings, mock interviews)
 * is not visible to the other; a learner may not change the deck's notes.
 */
class TenancyTest {
    @TempDir static Path data;
    static DatabaseWorkspaces workspaces;
    static Principal alice;
    static Principal bob;
    static UseCases a;
    static UseCases b;
    static List<Long> cards;

    @BeforeAll
    static void twoUsersOneDeck() {
        var database = SqliteDatabase.open(data);
        workspaces = new DatabaseWorkspaces(database, data, Clock.systemUTC());
        alice = workspaces.local();
        long bobId = TestUsers.add(data, "bob");
        bob = new Principal(bobId, "bob", alice.deckId(), DeckRole.LEARNER);
        a = workspaces.of(alice);
        b = workspaces.of(bob);
        a.importNotes().run(List.of(SeedImportTest.SEEDS), ImportProgress.NONE);
        cards = a.knowledge().cards(CardQuery.ALL).stream().filter(c -> c.status() == CardStatus.ANSWERED).map(c -> c.id()).limit(5).toList();
    }

    @Test
    void bothSeeTheDeckButEachHasTheirOwnUseCases() {
        assertThat(workspaces.of(alice)).isSameAs(a);
        assertThat(b).isNotSameAs(a);
        assertThat(b.knowledge().cards(CardQuery.ALL)).hasSameSizeAs(a.knowledge().cards(CardQuery.ALL));
        assertThat(b.search().search("python", 5)).isNotEmpty();
    }

    @Test
    void reviewsCardStatesAndUndoAreTheirOwn() {
        long card = cards.get(0);
        int bobBefore = b.practice().readiness().reviewed();
        long bobReviews = b.knowledge().stats().reviews();
        var receipt = a.practice().answer(card, 3, "tenancy-a-1", 1000);
        a.practice().answer(cards.get(1), 1, "tenancy-a-2", 1000);

        assertThat(a.knowledge().stats().reviews()).isGreaterThanOrEqualTo(2);
        assertThat(b.knowledge().stats().reviews()).isEqualTo(bobReviews);
        assertThat(b.practice().readiness().reviewed()).isEqualTo(bobBefore);
        // Bob has never seen the card: to him it is new, with no state
        assertThat(b.practice().show(card).state()).isEqualTo(State.NEW);
        assertThat(a.practice().show(card).state()).isNotEqualTo(State.NEW);
        assertThat(b.practice().dueCardIds()).doesNotContain(cards.get(1));
        // Alice's review id means nothing to Bob, and her idempotency key is not his
        assertThatThrownBy(() -> b.practice().undo(receipt.reviewId())).isInstanceOf(NotFoundException.class);
        var bobsOwn = b.practice().answer(card, 4, "tenancy-a-1", 1000);
        assertThat(bobsOwn.reviewId()).isNotEqualTo(receipt.reviewId());
        assertThat(b.practice().undoLast()).map(u -> u.reviewId()).contains(bobsOwn.reviewId());
        assertThat(b.practice().show(card).state()).isEqualTo(State.NEW);
        assertThat(a.practice().show(card).state()).isNotEqualTo(State.NEW);
    }

    @Test
    void interviewDateAndSettingsAreTheirOwn() {
        a.practice().setInterviewDate(Optional.of(LocalDate.now().plusDays(30)));
        a.practice().setDailyBudget(77);
        a.practice().setNewCardsPerDay(3);
        assertThat(b.practice().settings().interviewDate()).isEmpty();
        assertThat(b.practice().settings().dailyBudget()).isNotEqualTo(77);
        assertThat(b.practice().newCardsPerDay()).isNotEqualTo(3);
        assertThat(b.practice().readiness().interview()).isEmpty();
        assertThat(a.practice().readiness().interview()).isPresent();
    }

    @Test
    void mockInterviewsAreTheirOwn() {
        var session = a.interviews().start(new InterviewRequest(Optional.of(3), Optional.empty(), List.of(), Optional.empty(), Optional.of(5L)));
        assertThat(a.interviews().history()).extracting(s -> s.id()).contains(session.id());
        assertThat(b.interviews().history()).extracting(s -> s.id()).doesNotContain(session.id());
        assertThatThrownBy(() -> b.interviews().session(session.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.interviews().grade(session.id(), 0, 3)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.interviews().answer(session.id(), 0, "anything")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.interviews().skip(session.id(), 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.interviews().finish(session.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.interviews().markdown(session.id())).isInstanceOf(NotFoundException.class);
        assertThat(a.interviews().session(session.id()).finished()).isFalse();
    }

    @Test
    void aLearnerMayNotChangeTheDecksNotesButStillPractises(@TempDir Path more) throws Exception {
        Path note = Files.writeString(more.resolve("extra.md"), "# Extra\n\n## What is a learner?\n\nSomeone who reads the deck.\n");
        int before = b.knowledge().cards(CardQuery.ALL).size();
        assertThatThrownBy(() -> b.importNotes().run(List.of(note), ImportProgress.NONE))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("deck 'notes'");
        assertThatThrownBy(() -> b.importNotes().requireAllowed()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> b.importApkg().run(more.resolve("deck.apkg"), ImportProgress.NONE))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("deck 'notes'");
        long card = cards.get(2);
        assertThatThrownBy(() -> b.snippets().attachFixture(card, "data.txt", "x"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("deck 'notes'");
        a.snippets().attachFixture(card, "data.txt", "x");
        assertThatThrownBy(() -> b.snippets().removeFixture(card, "data.txt")).isInstanceOf(ForbiddenException.class);
        assertThat(b.snippets().fixtures(card)).extracting(f -> f.name()).containsExactly("data.txt");
        assertThat(b.knowledge().cards(CardQuery.ALL)).hasSize(before);
        // reading and practising are still theirs
        assertThat(b.practice().answer(cards.get(3), 3, "learner-practises", 500).cardId()).isEqualTo(cards.get(3));
        a.importNotes().requireAllowed();
    }

    @Test
    void noOneOwnsADeckSomeoneElseOwnsAndUnknownDecksAreNotFound() {
        assertThatThrownBy(() -> workspaces.of(new Principal(bob.userId(), "bob", alice.deckId(), DeckRole.OWNER)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("bob").hasMessageContaining("notes");
        assertThatThrownBy(() -> workspaces.of(new Principal(bob.userId(), "bob", 999, DeckRole.LEARNER)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("999");
    }

    @Test
    void aSecondDeckHasItsOwnCardsAndItsOwnSearchIndexFolder(@TempDir Path more) throws Exception {
        long deck = TestUsers.addDeck(data, bob.userId(), "bobs");
        var bobsDeck = workspaces.of(new Principal(bob.userId(), "bob", deck, DeckRole.OWNER));
        Path note = Files.writeString(more.resolve("own.md"), "# Own\n\n## What is a private note?\n\nA note only Bob's deck has.\n");
        bobsDeck.importNotes().run(List.of(note), ImportProgress.NONE);
        assertThat(bobsDeck.knowledge().cards(CardQuery.ALL)).extracting(c -> c.prompt()).anyMatch(p -> p.contains("private note"));
        assertThat(a.knowledge().cards(CardQuery.ALL)).extracting(c -> c.prompt()).noneMatch(p -> p.contains("private note"));
        assertThat(bobsDeck.search().search("private", 5)).isNotEmpty();
        assertThat(data.resolve("indexes").resolve(Long.toString(deck))).isDirectory();
        // the last whole-deck snippet report is the deck's: a learner of Bob's deck sees his, Alice's own deck has none
        bobsDeck.snippets().checkAll();
        var aliceLearning = workspaces.of(new Principal(alice.userId(), "local", deck, DeckRole.LEARNER));
        assertThat(aliceLearning.snippets().lastReport()).isPresent();
        assertThat(a.snippets().lastReport()).isEmpty();
        // the local deck keeps the index folder data folders already have
        assertThat(data.resolve("index")).isDirectory();
    }
}
