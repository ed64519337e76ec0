package prepdeck.review.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import prepdeck.review.fsrs.Parameters;

/**
 * One day's planning question: which of these cards to review today, at most {@code budget} of them.
 * Days are UTC calendar days.
 *
 * @param interview        the interview day; from that day on, plain FSRS order applies
 * @param desiredRetention FSRS's target recall, in (0, 1)
 * @param parameters       FSRS-6 weights ({@link Parameters#DEFAULT} when the user has none)
 */
public record PlanRequest(LocalDate today, LocalDate interview, int budget, double desiredRetention,
                          Parameters parameters, List<PlanCard> cards) {
    public PlanRequest {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(interview, "interview");
        Objects.requireNonNull(parameters, "parameters");
        if (budget < 0) throw new InvalidPlanException("budget must be 0 or more, got " + budget);
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new InvalidPlanException("desiredRetention must be in (0, 1), got " + desiredRetention);
        }
        cards = List.copyOf(cards);
        Set<String> ids = new HashSet<>();
        for (PlanCard c : cards) if (!ids.add(c.id())) throw new InvalidPlanException("card " + c.id() + " appears twice");
    }
}
