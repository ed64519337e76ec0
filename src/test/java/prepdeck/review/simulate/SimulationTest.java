package prepdeck.review.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import prepdeck.review.fsrs.Parameters;

class SimulationTest {
    @Test
    void theInterviewPlannerRemembersMoreOnTheDayWithNoMoreReviewsOverSeveralSeeds() {
        for (long seed : new long[] {42, 1, 7}) {
            List<Simulation.Outcome> out = simulate(new Simulation.Settings(30, 200, 30, 0.9), seed);
            Simulation.Outcome fsrs = out.get(0);
            Simulation.Outcome planner = out.get(1);
            System.out.printf("[simulate seed %d] %s%n", seed, out);
            assertThat(fsrs.policy()).isEqualTo("fsrs");
            assertThat(planner.policy()).isEqualTo("interview-planner");
            assertThat(planner.reviews()).isLessThanOrEqualTo(fsrs.reviews());
            assertThat(planner.meanRecallOnInterviewDay()).isGreaterThan(fsrs.meanRecallOnInterviewDay() + 0.005);
        }
    }

    @Test
    void whenTheBudgetCannotCoverEveryCardThePlannerStillSeesMoreOfThem() {
        List<Simulation.Outcome> out = simulate(new Simulation.Settings(10, 300, 30, 0.9), 3);
        assertThat(out.get(1).reviews()).isLessThanOrEqualTo(out.get(0).reviews());
        assertThat(out.get(1).meanRecallOnInterviewDay()).isGreaterThan(out.get(0).meanRecallOnInterviewDay() + 0.05);
    }

    @Test
    void theSameSeedGivesTheSameOutcome() {
        Simulation.Settings settings = new Simulation.Settings(12, 60, 15, 0.9);
        assertThat(simulate(settings, 5)).isEqualTo(simulate(settings, 5));
        assertThat(simulate(settings, 5)).isNotEqualTo(simulate(settings, 6));
    }

    private static List<Simulation.Outcome> simulate(Simulation.Settings settings, long seed) {
        return new Simulation(Simulation.TRUE_PARAMETERS, Parameters.DEFAULT, settings, new SplittableRandom(seed)).run();
    }
}
