package prepdeck.review.simulate;

import static prepdeck.review.plan.Priority.LIKELY;
import static prepdeck.review.plan.Priority.MUST;
import static prepdeck.review.plan.Priority.UNLIKELY;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import prepdeck.review.plan.Priority;
import prepdeck.review.plan.TimeBudget;
import prepdeck.review.simulate.InterviewsSimulation.Interview;
import prepdeck.review.simulate.InterviewsSimulation.Scenario;

/** The settings {@code prepdeck simulate --interviews} runs and docs/BENCHMARKS.md reports. */
public final class Scenarios {
    private Scenarios() {
    }

    private static List<Priority> p(Priority... ps) {
        return Arrays.asList(ps);
    }

    /** Eight topics: two interviews sharing two of them, two topics in no scope. */
    public static Scenario twoInterviews(String name, int cards, String budget) {
        return new Scenario(name, cards, p(MUST, LIKELY, MUST, UNLIKELY, LIKELY, null, LIKELY, UNLIKELY),
                List.of(new Interview("Acme, backend", 12, Set.of(0, 1, 2, 3), 1.0),
                        new Interview("Globex, data", 26, Set.of(2, 3, 4, 5), 0.8)),
                TimeBudget.parse(budget), 0);
    }

    public static final List<Scenario> ALL = List.of(
            twoInterviews("two interviews, 400 cards, 60 min Mon–Fri, 0 Sat, 30 Sun", 400, "60 min Mon-Fri, 0 Sat, 30 Sun"),
            twoInterviews("tight: two interviews, 600 cards, 15 min Mon–Fri, weekends off", 600, "15 min Mon-Fri, 0 Sat-Sun"),
            new Scenario("three interviews, 900 cards, 45 min Mon–Fri, 0 Sat, 60 Sun", 900,
                    p(MUST, MUST, LIKELY, LIKELY, UNLIKELY, UNLIKELY, null, null, LIKELY, MUST),
                    List.of(new Interview("first", 10, Set.of(0, 1, 2, 3), 1.0),
                            new Interview("second", 24, Set.of(1, 4, 5, 6, 9), 0.7),
                            new Interview("third", 40, Set.of(0, 2, 7, 8, 9), 1.0)),
                    TimeBudget.parse("45 min Mon-Fri, 0 Sat, 60 Sun"), 0),
            new Scenario("a month of history first, then two interviews, 500 cards, 30 min a day", 500,
                    p(MUST, LIKELY, UNLIKELY, LIKELY, MUST, UNLIKELY),
                    List.of(new Interview("soon", 7, Set.of(0, 1, 2), 1.0),
                            new Interview("later", 21, Set.of(2, 3, 4, 5), 1.0)),
                    TimeBudget.parse("30 min Mon-Sun"), 30),
            twoInterviews("generous: two interviews, 300 cards, 120 min a day", 300, "120 min Mon-Sun"));
}
