package prepdeck.review.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import prepdeck.review.fsrs.Parameters;

class InterviewsSimulationTest {
    private static InterviewsSimulation.Result run(InterviewsSimulation.Scenario s, long seed) {
        return new InterviewsSimulation(Simulation.TRUE_PARAMETERS, Parameters.DEFAULT, s, seed).run();
    }

    private static void plannerWinsEveryInterviewDay(InterviewsSimulation.Scenario s, long seed) {
        var r = run(s, seed);
        for (var b : r.baselines()) {
            var p = r.plannerAt().get(b.policy());
            System.out.printf("[%s, seed %d] %s %s %.0f min | planner %s %.0f min%n", s.name(), seed, b.policy(), b.recall(),
                    b.minutes(), p.recall(), p.minutes());
            assertThat(p.matched()).isEqualTo(b.policy());
            assertThat(p.minutes()).isLessThanOrEqualTo(b.minutes());
            for (int k = 0; k < b.recall().size(); k++) {
                assertThat(p.recall().get(k)).as("%s: interview %d against %s", s.name(), k, b.policy()).isGreaterThan(b.recall().get(k));
            }
        }
    }

    @Test
    void onATightBudgetThePlannerBeatsEveryBaselineOnEachInterviewDayWithNoMoreMinutes() {
        plannerWinsEveryInterviewDay(Scenarios.ALL.get(1), 42);
        plannerWinsEveryInterviewDay(Scenarios.ALL.get(1), 7);
    }

    @Test
    void withAMonthOfHistoryThePlannerBeatsEveryBaselineOnEachInterviewDayWithNoMoreMinutes() {
        plannerWinsEveryInterviewDay(Scenarios.ALL.get(3), 42);
    }

    @Test
    void theScopeOfAnInterviewThatPassedIsNoLongerFavoured() {
        // One interview on day 5 over topic 0; the planner then has no interview ahead and is plain FSRS: after day 5
        // it spends on topic 1 as much as fsrs does, measured by the second interview on day 15 scoped to topic 1 only.
        var s = new InterviewsSimulation.Scenario("passed", 120, java.util.Arrays.asList(null, null),
                java.util.List.of(new InterviewsSimulation.Interview("past", 5, Set.of(0), 1.0),
                        new InterviewsSimulation.Interview("next", 15, Set.of(1), 1.0)),
                prepdeck.review.plan.TimeBudget.daily(20), 0);
        var r = run(s, 3);
        var fsrs = r.baselines().get(0);
        assertThat(r.plannerAt().get("fsrs").recall().get(1)).isGreaterThan(fsrs.recall().get(1));
    }

    @Test
    void theSameSeedGivesTheSameOutcome() {
        var s = new InterviewsSimulation.Scenario("small", 60, java.util.Arrays.asList(prepdeck.review.plan.Priority.MUST, null),
                java.util.List.of(new InterviewsSimulation.Interview("a", 6, Set.of(0), 1.0)),
                prepdeck.review.plan.TimeBudget.daily(10), 0);
        assertThat(run(s, 5)).isEqualTo(run(s, 5));
        assertThat(run(s, 5)).isNotEqualTo(run(s, 6));
    }
}
