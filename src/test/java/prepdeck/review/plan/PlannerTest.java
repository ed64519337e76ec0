package prepdeck.review.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import prepdeck.review.fsrs.MemoryState;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.State;

class PlannerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final Planner planner = new Planner();

    @Test
    void afterTheInterviewItIsPlainFsrsStepsThenMostOverdueThenNewCards() {
        List<PlanCard> cards = List.of(
                PlanCard.fresh("new1"),
                review("notDue", 20, 5, 10),         // due in 10 days
                review("slightlyOverdue", 10, 10, -1),
                review("veryOverdue", 5, 30, -20),
                steps("learning", State.LEARNING, 0),
                PlanCard.fresh("new2"));
        PlanRequest request = request(TODAY.minusDays(3), 4, cards);
        assertThat(planner.today(request)).containsExactly("learning", "veryOverdue", "slightlyOverdue", "new1");
        assertThat(planner.dueFirst(request(TODAY.plusDays(10), 10, cards)))
                .containsExactly("learning", "veryOverdue", "slightlyOverdue", "new1", "new2");
    }

    @Test
    void withOneReviewLeftItGoesToTheCardMostLikelyToBeForgotten() {
        List<PlanCard> cards = List.of(
                review("strong", 200, 2, 100),
                review("weak", 3, 6, -3),
                review("medium", 30, 10, 20));
        assertThat(planner.today(request(TODAY.plusDays(1), 1, cards))).containsExactly("weak");
    }

    @Test
    void seeingEveryCardOnceBeatsPolishingAFewWhenTheBudgetIsShort() {
        List<PlanCard> cards = new ArrayList<>();
        for (int i = 0; i < 10; i++) cards.add(review("due" + i, 8, 8, 0));
        for (int i = 0; i < 10; i++) cards.add(PlanCard.fresh("new" + i));
        // The interview is tomorrow: today is the only day left.
        List<String> today = planner.today(request(TODAY.plusDays(1), 5, cards));
        assertThat(today).hasSize(5).allMatch(id -> id.startsWith("new"));
        // Plain FSRS would spend the day on the due cards.
        assertThat(planner.dueFirst(request(TODAY.plusDays(1), 5, cards))).allMatch(id -> id.startsWith("due"));
    }

    @Test
    void withDaysLeftTheLaterDaysAreKeptForCardsThatGainMostFromThem() {
        List<PlanCard> cards = new ArrayList<>();
        for (int i = 0; i < 10; i++) cards.add(review("due" + i, 8, 8, 0));
        for (int i = 0; i < 10; i++) cards.add(PlanCard.fresh("new" + i));
        // 3 days x 5 reviews: new cards are best met close to the interview, so today goes to the due cards.
        assertThat(planner.today(request(TODAY.plusDays(3), 5, cards))).hasSize(5).allMatch(id -> id.startsWith("due"));
    }

    @Test
    void cardsInLearningStepsDueTodayComeFirst() {
        List<PlanCard> cards = List.of(PlanCard.fresh("a"), PlanCard.fresh("b"), steps("relearning", State.RELEARNING, 0));
        assertThat(planner.today(request(TODAY.plusDays(7), 2, cards))).startsWith("relearning").hasSize(2);
    }

    @Test
    void overdueCardsAreNeverStarvedCompletely() {
        List<PlanCard> cards = new ArrayList<>();
        for (int i = 0; i < 30; i++) cards.add(PlanCard.fresh("new" + i));
        // Well remembered despite being overdue: little to gain for the interview, but FSRS wants it.
        cards.add(review("overdue", 60, 70, -5));
        List<String> today = planner.today(request(TODAY.plusDays(2), 10, cards));
        assertThat(today).hasSize(10).contains("overdue");
    }

    @Test
    void neverExceedsTheBudgetAndGivesTheSameAnswerTwice() {
        List<PlanCard> cards = new ArrayList<>();
        for (int i = 0; i < 40; i++) cards.add(i % 3 == 0 ? PlanCard.fresh("c" + i) : review("c" + i, 1 + i, 1 + i % 9, i % 7 - 3));
        PlanRequest request = request(TODAY.plusDays(12), 7, cards);
        List<String> first = planner.today(request);
        assertThat(first).hasSize(7).doesNotHaveDuplicates();
        assertThat(planner.today(request)).isEqualTo(first);
        assertThat(planner.today(request(TODAY.plusDays(12), 0, cards))).isEmpty();
    }

    @Test
    void nothingIsReviewedTwiceOnTheDayItWasLastReviewed() {
        List<PlanCard> cards = List.of(review("doneToday", 2, 0, 2), PlanCard.fresh("new"));
        assertThat(planner.today(request(TODAY.plusDays(5), 2, cards))).containsExactly("new");
    }

    @Test
    void rejectsDuplicateIdsAndMissingStateNamingTheCard() {
        assertThatThrownBy(() -> request(TODAY.plusDays(1), 1, List.of(PlanCard.fresh("x"), PlanCard.fresh("x"))))
                .isInstanceOf(InvalidPlanException.class).hasMessage("card x appears twice");
        assertThatThrownBy(() -> new PlanCard("y", State.REVIEW, null, null, null))
                .isInstanceOf(InvalidPlanException.class).hasMessage("card y: a Review card needs stability and difficulty");
        assertThatThrownBy(() -> new PlanRequest(TODAY, TODAY, 1, 1.5, Parameters.DEFAULT, List.of()))
                .isInstanceOf(InvalidPlanException.class).hasMessageContaining("got 1.5");
    }

    @Test
    void aMemoKeptFromDayToDayGivesTheSameListsAsNone() {
        List<PlanCard> cards = new ArrayList<>();
        for (int i = 0; i < 30; i++) cards.add(review("r" + i, 1 + i * 1.7, i % 9, (i % 7) - 3));
        for (int i = 0; i < 15; i++) cards.add(PlanCard.fresh("n" + i));
        cards.add(steps("learning", State.LEARNING, 0));
        LocalDate interview = TODAY.plusDays(30);
        var memo = new Planner.Memo();
        for (int d = 0; d < 10; d++) {
            for (int budget : new int[]{7, 20}) {
                var request = new PlanRequest(TODAY.plusDays(d), interview, budget, 0.9, Parameters.DEFAULT, cards);
                assertThat(planner.today(request, memo)).as("day %d, budget %d", d, budget).isEqualTo(planner.today(request));
            }
            memo.nextGeneration();
        }
        // another interview date with the same memo
        var other = new PlanRequest(TODAY, TODAY.plusDays(12), 9, 0.9, Parameters.DEFAULT, cards);
        assertThat(planner.today(other, memo)).isEqualTo(planner.today(other));
    }

    private static PlanRequest request(LocalDate interview, int budget, List<PlanCard> cards) {
        return new PlanRequest(TODAY, interview, budget, 0.9, Parameters.DEFAULT, cards);
    }

    // A Review card with stability s, last reviewed `ago` days before today, due `dueIn` days from today.
    private static PlanCard review(String id, double s, int ago, int dueIn) {
        return new PlanCard(id, State.REVIEW, new MemoryState(s, 5), at(TODAY.minusDays(ago), 9), at(TODAY.plusDays(dueIn), 9));
    }

    private static PlanCard steps(String id, State state, int dueIn) {
        return new PlanCard(id, state, new MemoryState(0.5, 6), at(TODAY.plusDays(dueIn), 8), at(TODAY.plusDays(dueIn), 8).plusSeconds(600));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }
}
