package prepdeck.review.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import prepdeck.review.fsrs.MemoryState;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.State;

class GoalPlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 9); // a Monday
    private final Planner planner = new Planner();

    @Test
    void aWeeklyBudgetIsReadInEitherOrderWithRangesAndDaysNotNamedGetNothing() {
        TimeBudget b = TimeBudget.parse("60 min Mon–Fri, 0 Sat, 30 Sun");
        assertThat(b.minutes()).containsExactly(60, 60, 60, 60, 60, 0, 30);
        assertThat(TimeBudget.parse("Mon-Fri 60, Sun: 30").minutes()).containsExactly(60, 60, 60, 60, 60, 0, 30);
        assertThat(TimeBudget.parse("sat-mon 20").minutes()).containsExactly(20, 0, 0, 0, 0, 20, 20);
        assertThat(TimeBudget.parse(b.text())).isEqualTo(b);
        assertThat(b.text()).isEqualTo("60 min Mon–Fri, 0 min Sat, 30 min Sun");
        TimeBudget off = b.withDaysOff(Set.of(TODAY.plusDays(1)));
        assertThat(off.minutesOn(TODAY)).isEqualTo(60);
        assertThat(off.minutesOn(TODAY.plusDays(1))).isZero();
        assertThat(off.minutesOn(TODAY.plusDays(6))).isEqualTo(30);
        assertThatThrownBy(() -> TimeBudget.parse("60 min weekdays")).hasMessageContaining("\"60 min weekdays\"");
        assertThatThrownBy(() -> TimeBudget.parse("Mon-Wed 10, Tue 5")).hasMessageContaining("Tue twice");
        assertThatThrownBy(() -> TimeBudget.parse("Mon 2000")).hasMessageContaining("0–1440");
    }

    @Test
    void aCardsLikelihoodRisesWithAskedBeforeAndWithEachSourceHoldingIt() {
        double unlikely = Priority.cardLikelihood(Priority.UNLIKELY.likelihood(), false, 1);
        assertThat(unlikely).isCloseTo(0.15, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Priority.cardLikelihood(Priority.UNLIKELY.likelihood(), false, 2)).isGreaterThan(unlikely);
        assertThat(Priority.cardLikelihood(Priority.UNLIKELY.likelihood(), true, 1)).isGreaterThan(Priority.LIKELY.likelihood());
        assertThat(Priority.cardLikelihood(Priority.MUST.likelihood(), false, 1)).isEqualTo(1.0);
    }

    @Test
    void theDaysCalendarStaysWithinEachDaysMinutesAndStudiesNothingOnADayOff() {
        List<PlanCard> cards = new ArrayList<>();
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < 120; i++) {
            cards.add(PlanCard.fresh("n" + i));
            weights.put("n" + i, 1.0);
        }
        TimeBudget budget = TimeBudget.parse("10 min Mon-Fri, 0 Sat, 5 Sun").withDaysOff(Set.of(TODAY.plusDays(2)));
        TimedPlan plan = planner.plan(request(List.of(new Goal("a", TODAY.plusDays(12), weights)), budget, cards, Map.of()));
        assertThat(plan.days()).hasSize(12);
        for (TimedPlan.Day d : plan.days()) {
            assertThat(d.seconds()).isLessThanOrEqualTo(d.availableSeconds() + 1e-9);
            if (d.day().equals(TODAY.plusDays(2)) || d.day().getDayOfWeek() == DayOfWeek.SATURDAY) assertThat(d.cards()).isZero();
        }
        assertThat(plan.today()).hasSize(plan.days().getFirst().cards());
        // 10 minutes at 20 s a review, a first review counting twice: 15 new cards today
        assertThat(plan.today()).hasSize(15);
        TimedPlan.Forecast f = plan.goals().getFirst();
        assertThat(f.withPlan()).isGreaterThan(f.withoutReviews());
        assertThat(f.withoutReviews()).isZero();
    }

    @Test
    void aMustTopicGetsTheTimeBeforeAnUnlikelyOneAndOutOfScopeCardsGetNone() {
        List<PlanCard> cards = new ArrayList<>();
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            cards.add(PlanCard.fresh("must" + i));
            weights.put("must" + i, Priority.MUST.likelihood());
            cards.add(PlanCard.fresh("unlikely" + i));
            weights.put("unlikely" + i, Priority.UNLIKELY.likelihood());
            cards.add(PlanCard.fresh("other" + i));
        }
        // Tomorrow's interview and time for 10 first reviews today.
        TimedPlan plan = planner.plan(request(List.of(new Goal("a", TODAY.plusDays(1), weights)), TimeBudget.daily(7), cards, Map.of()));
        assertThat(plan.today()).isNotEmpty().allMatch(id -> id.startsWith("must"));
    }

    @Test
    void aReviewBeforeTheFirstInterviewCountsForBothAndAPassedInterviewIsPlainFsrsAgain() {
        List<PlanCard> cards = List.of(review("shared", 3, 3, 0), review("firstOnly", 3, 3, 0), review("secondOnly", 3, 3, 0));
        var first = new Goal("first", TODAY.plusDays(2), Map.of("shared", 1.0, "firstOnly", 1.0));
        var second = new Goal("second", TODAY.plusDays(4), Map.of("shared", 1.0, "secondOnly", 1.0));
        // time for one review today only (a minute, 40 s a review); the card in both scopes is worth it twice
        TimeBudget budget = TimeBudget.daily(0).withDated(Map.of(TODAY, 1));
        assertThat(planner.plan(request(List.of(first, second), budget, cards, Map.of("shared", 40.0, "firstOnly", 40.0, "secondOnly", 40.0)))
                .today()).containsExactly("shared");
        // both dates passed: plain FSRS, due cards lowest recall first, no calendar
        TimedPlan after = planner.plan(new TimedRequest(TODAY.plusDays(5), List.of(first, second), TimeBudget.daily(60), 0, 0.9,
                Parameters.DEFAULT, cards, Map.of(), 20, 20));
        assertThat(after.days()).isEmpty();
        assertThat(after.goals()).isEmpty();
        assertThat(after.today()).containsExactlyInAnyOrder("shared", "firstOnly", "secondOnly");
    }

    @Test
    void cardsReviewedFasterFitMoreIntoTheSameMinutes() {
        List<PlanCard> cards = new ArrayList<>();
        Map<String, Double> weights = new HashMap<>();
        Map<String, Double> seconds = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            cards.add(review("c" + i, 2, 4, -2));
            weights.put("c" + i, 1.0);
            seconds.put("c" + i, i < 20 ? 10.0 : 60.0);
        }
        TimedPlan plan = planner.plan(request(List.of(new Goal("a", TODAY.plusDays(1), weights)), TimeBudget.daily(5), cards, seconds));
        // 300 s: every 10-second card (200 s), then one 60-second card in what is left
        assertThat(plan.today()).hasSize(21);
        assertThat(plan.today().stream().filter(id -> Integer.parseInt(id.substring(1)) < 20)).hasSize(20);
    }

    private static TimedRequest request(List<Goal> goals, TimeBudget budget, List<PlanCard> cards, Map<String, Double> seconds) {
        return new TimedRequest(TODAY, goals, budget, 0, 0.9, Parameters.DEFAULT, cards, seconds, 20, 1000);
    }

    private static PlanCard review(String id, double s, int ago, int dueIn) {
        return new PlanCard(id, State.REVIEW, new MemoryState(s, 5), at(TODAY.minusDays(ago)), at(TODAY.plusDays(dueIn)));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }
}
