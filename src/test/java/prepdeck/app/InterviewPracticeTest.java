package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.ingest.NoteReader;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Rating;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;
import prepdeck.review.plan.PlanCard;
import prepdeck.review.plan.PlanRequest;
import prepdeck.review.plan.Planner;

/** Practice with an interview date, settings, the fit on the user's own history and readiness, over real SQLite. Runs over SQLite and a real PostgreSQL (see {@link prepdeck.testing.TestPostgres}). */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(prepdeck.testing.StoreKind.class)
class InterviewPracticeTest {
    @org.junit.jupiter.params.Parameter prepdeck.testing.StoreKind kind;
    @org.junit.jupiter.api.extension.RegisterExtension final prepdeck.testing.TestStores stores = new prepdeck.testing.TestStores();
    @TempDir Path temp;
    TestClock clock = new TestClock(Instant.parse("2025-01-10T09:00:00Z"));
    DeckStore store;
    Knowledge knowledge;
    DeckPractice practice;
    int keys;

    @BeforeEach
    void setUp() throws IOException {
        var notes = new StringBuilder("# Python\n");
        for (int i = 1; i <= 8; i++) notes.append("Q: Python question ").append(i).append("?\nA: Answer ").append(i).append(".\n");
        notes.append("Q: An unanswered Python question?\n# Docker\n");
        for (int i = 1; i <= 6; i++) notes.append("Q: Docker question ").append(i).append("?\nA: Answer ").append(i).append(".\n");
        Path folder = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(folder.resolve("notes.md"), notes);
        store = stores.open(kind, temp.resolve("data"));
        knowledge = new DeckKnowledge(store);
        new ImportNotes(store, new NoteReader()::scan, TinyNotes::parse, clock, "1").run(List.of(folder), ImportProgress.NONE);
        practice = open();
    }

    DeckPractice open() {
        return new DeckPractice(store, new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withFuzz(true)), clock);
    }

    long id(String prompt) {
        return knowledge.cards(CardQuery.ALL).stream().filter(c -> c.prompt().equals(prompt)).findFirst().orElseThrow().id();
    }

    void answer(long card, Rating rating) {
        practice.answer(card, rating.grade(), "key-" + ++keys, 1500);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    /** What {@code prepdeck plan} gives for the deck's current states. */
    List<Long> plannerSays(LocalDate interview, int budget) {
        List<PlanCard> cards = store.read(StoreReader::deckCardStates).stream().map(InterviewSchedule::planCard).toList();
        return new Planner().today(new PlanRequest(today(), interview, budget, 0.9, Parameters.DEFAULT, cards)).stream()
                .map(Long::parseLong).toList();
    }

    /** Answers Easy (straight to Review, no steps) whatever comes, until nothing does; returns the cards in order. */
    List<Long> reviewUntilDone(int atMost) {
        var served = new ArrayList<Long>();
        for (int i = 0; i < atMost; i++) {
            var next = practice.next(Optional.empty());
            if (next.isEmpty()) break;
            served.add(next.get().card().id());
            answer(next.get().card().id(), Rating.EASY);
        }
        return served;
    }

    @Test
    void untilTheInterviewNextServesThePlannersListInItsOrderAndThenNothingMoreThatDay() {
        LocalDate interview = today().plusDays(10);
        practice.setInterviewDate(Optional.of(interview));
        practice.setDailyBudget(5);
        List<Long> expected = plannerSays(interview, 5);
        assertThat(expected).hasSize(5);
        assertThat(practice.next(Optional.empty()).orElseThrow().due()).isEqualTo(5);

        assertThat(reviewUntilDone(50)).containsExactlyElementsOf(expected);
        assertThat(practice.next(Optional.empty())).as("the day's list is done").isEmpty();

        clock.advance(Duration.ofDays(1));
        List<Long> tomorrow = plannerSays(interview, 5);
        assertThat(reviewUntilDone(50)).containsExactlyElementsOf(tomorrow);
    }

    /**
     * A day off in the weekly budget plans nothing; a user who practises anyway is given the nearest interview's
     * topics first, not the deck's first new cards.
     */
    @Test
    void onADayOffTheNewCardsComeFromTheNearestInterviewsTopics() {
        var planning = new InterviewPlanning(store, knowledge, practice, (q, n) -> List.of(), clock);
        practice.planWith(planning.forPractice());
        var week = new java.util.StringJoiner(", ");
        for (var d : java.time.DayOfWeek.values()) {
            week.add((d == today().getDayOfWeek() ? "0 " : "30 ") + d.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
        }
        planning.setBudget(week.toString(), java.util.Set.of());
        planning.add("Docker shop", today().plusDays(5), List.of("Docker"), Optional.empty(), 1);
        planning.add("Python shop", today().plusDays(12), List.of("Python"), Optional.empty(), 1);

        var served = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            var next = practice.next(Optional.empty());
            if (next.isEmpty()) break;
            served.add(next.get().card().prompt());
            answer(next.get().card().id(), Rating.EASY);
        }
        assertThat(served).as("Docker's interview is nearest: its six cards, then Python's").startsWith(
                "Docker question 1?", "Docker question 2?", "Docker question 3?", "Docker question 4?", "Docker question 5?",
                "Docker question 6?", "Python question 1?");
    }

    @Test
    void aDayThePlannerLeavesEmptyStillGivesPracticeUpToTheBudget() {
        LocalDate interview = today().plusDays(45);
        practice.setInterviewDate(Optional.of(interview));
        practice.setDailyBudget(4);
        assertThat(plannerSays(interview, 4)).as("far from the interview the planner keeps its reviews for later").hasSizeLessThan(4);
        List<Long> served = reviewUntilDone(50);
        assertThat(served).as("plain FSRS fills the rest of the budget").hasSize(4);
        assertThat(practice.next(Optional.empty())).isEmpty();
    }

    @Test
    void aTopicGetsItsShareOfTheDaysListAndAnAgainComesBackAsAStep() {
        practice.setInterviewDate(Optional.of(today().plusDays(10)));
        practice.setDailyBudget(6);
        var docker = practice.next(Optional.of("Docker")).orElseThrow();
        assertThat(docker.card().topic()).isEqualTo("Docker");
        answer(docker.card().id(), Rating.AGAIN);
        clock.advance(Duration.ofMinutes(2));
        var again = practice.next(Optional.empty()).orElseThrow();
        assertThat(again.card().id()).as("a step due now comes before the list").isEqualTo(docker.card().id());
    }

    @Test
    void fromTheInterviewDayOnPlainFsrsSchedulingResumes() {
        practice.setInterviewDate(Optional.of(today().plusDays(1)));
        practice.setDailyBudget(2);
        assertThat(reviewUntilDone(50)).hasSize(2);

        clock.advance(Duration.ofDays(1)); // the interview day
        List<Long> served = reviewUntilDone(50);
        assertThat(served).as("new cards up to the daily limit, in notes order, whatever the budget").hasSize(12);
        assertThat(practice.next(Optional.empty())).isEmpty();
    }

    @Test
    void settingsAreKeptAndReadBackByANewPractice() {
        assertThat(practice.settings()).isEqualTo(new PracticeSettings(Optional.empty(), 100, 20, 0.9, Parameters.DEFAULT, false));
        practice.setInterviewDate(Optional.of(LocalDate.parse("2025-02-01")));
        practice.setDailyBudget(40);
        practice.setNewCardsPerDay(7);
        practice.setDesiredRetention(0.85);
        var reopened = open().settings();
        assertThat(reopened.interviewDate()).contains(LocalDate.parse("2025-02-01"));
        assertThat(reopened.dailyBudget()).isEqualTo(40);
        assertThat(reopened.newPerDay()).isEqualTo(7);
        assertThat(reopened.desiredRetention()).isEqualTo(0.85);

        practice.setInterviewDate(Optional.empty());
        assertThat(open().settings().interviewDate()).isEmpty();
        assertThatThrownBy(() -> practice.setInterviewDate(Optional.of(LocalDate.parse("2025-01-09")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("in the past");
        assertThatThrownBy(() -> practice.setDailyBudget(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> practice.setDesiredRetention(1.5)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFitOnTooLittleOwnHistoryKeepsTheDefaults() {
        answer(id("Python question 1?"), Rating.GOOD);
        answer(id("Python question 2?"), Rating.AGAIN);
        answer(id("Python question 3?"), Rating.EASY);
        practice.undoLast();
        FsrsRefit refit = practice.refit();
        assertThat(refit.reviews()).as("the undone answer is left out").isEqualTo(2);
        assertThat(refit.replaced()).isFalse();
        assertThat(refit.inUse()).isEqualTo(Parameters.DEFAULT);
        assertThat(practice.settings().fitted()).isFalse();
        assertThat(practice.lastRefit()).hasValueSatisfying(s -> assertThat(s).contains("2 reviews").contains("kept"));
    }

    @Test
    void dueCardIdsAreTheCardsDueNow() {
        long a = id("Python question 1?");
        long b = id("Docker question 1?");
        answer(a, Rating.AGAIN);  // a step due in a minute
        answer(b, Rating.EASY);   // due in days
        assertThat(practice.dueCardIds()).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(practice.dueCardIds()).containsExactly(a);
        clock.advance(Duration.ofDays(60));
        assertThat(practice.dueCardIds()).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void readinessOfOneReviewedCardIsItsRetrievabilityOnTheInterviewDayAndNewCardsCountZero() {
        long card = id("Docker question 1?");
        practice.recordHistory(List.of(new PastReview(card, Instant.parse("2025-01-02T10:00:00Z"), 3, 1000, "h1"),
                new PastReview(card, Instant.parse("2025-01-05T10:00:00Z"), 3, 1000, "h2")));
        LocalDate interview = LocalDate.parse("2025-01-20");
        practice.setInterviewDate(Optional.of(interview));
        CardStateRow state = store.read(r -> r.cardState(card)).orElseThrow();

        // R(t, S) = (1 + factor · t / S)^(−w20), factor = 0.9^(−1/w20) − 1, t whole days since the last review (Jan 5)
        double w20 = Parameters.DEFAULT.get(20);
        double factor = Math.pow(0.9, -1 / w20) - 1;
        double r = Math.pow(1 + factor * 15 / state.stability(), -w20);

        Readiness readiness = practice.readiness();
        assertThat(readiness.targets()).containsExactly(interview);
        var dockerTopic = readiness.topics().stream().filter(t -> t.path().equals("Docker")).findFirst().orElseThrow();
        assertThat(dockerTopic.cards()).isEqualTo(6);
        assertThat(dockerTopic.reviewed()).isEqualTo(1);
        assertThat(dockerTopic.recall().getFirst()).isCloseTo(r / 6, within(1e-12));
        var python = readiness.topics().stream().filter(t -> t.path().equals("Python")).findFirst().orElseThrow();
        assertThat(python.cards()).isEqualTo(8);
        assertThat(python.gaps()).isEqualTo(1);
        assertThat(python.coverage()).isCloseTo(8 / 9.0, within(1e-12));
        assertThat(python.recall().getFirst()).isZero();
        assertThat(readiness.recall().getFirst()).isCloseTo(r / 14, within(1e-12));

        assertThat(readiness.days()).hasSize(11); // Jan 10 … Jan 20
        var first = readiness.days().getFirst();
        assertThat(first.recallNoReviews()).isCloseTo(Math.pow(1 + factor * 5 / state.stability(), -w20) / 14, within(1e-12));
        var last = readiness.days().getLast();
        assertThat(last.recallNoReviews()).isCloseTo(r / 14, within(1e-12));
        assertThat(last.recallWithPlan().orElseThrow()).as("following the plan beats doing nothing").isGreaterThan(last.recallNoReviews());
        assertThat(readiness.days().stream().mapToInt(Readiness.Day::due).sum()).isEqualTo(1);
        assertThat(readiness.days().getFirst().planned()).isPositive();
    }

    @Test
    void withoutAnInterviewDateReadinessLooksAtTodayAWeekAndAMonthAhead() {
        Readiness readiness = practice.readiness();
        assertThat(readiness.interview()).isEmpty();
        assertThat(readiness.targets()).containsExactly(today(), today().plusDays(7), today().plusDays(30));
        assertThat(readiness.days()).hasSize(31).allSatisfy(d -> assertThat(d.recallWithPlan()).isEmpty());
    }
}
