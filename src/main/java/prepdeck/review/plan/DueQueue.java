package prepdeck.review.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import prepdeck.review.fsrs.MemoryModel;

/**
 * Plain FSRS order for one day: cards in (re)learning steps that are due today first (earliest due
 * first), then Review cards due by today, lowest predicted recall first (the most overdue relative
 * to their interval), then new cards, in the order given, fill what is left of the budget.
 */
final class DueQueue {
    private DueQueue() {
    }

    static List<String> today(PlanRequest request, MemoryModel model) {
        LocalDate today = request.today();
        List<PlanCard> steps = new ArrayList<>();
        List<PlanCard> due = new ArrayList<>();
        List<PlanCard> fresh = new ArrayList<>();
        for (PlanCard c : request.cards()) {
            if (c.isNew()) fresh.add(c);
            else if (!day(c.due()).isAfter(today)) (c.inSteps() ? steps : due).add(c);
        }
        steps.sort(Comparator.comparing(PlanCard::due).thenComparing(PlanCard::id));
        due.sort(Comparator.<PlanCard>comparingDouble(c -> recallOn(model, c, today))
                .thenComparing(PlanCard::due).thenComparing(PlanCard::id));
        List<String> out = new ArrayList<>(request.budget());
        for (List<PlanCard> group : List.of(steps, due, fresh)) {
            for (PlanCard c : group) {
                if (out.size() == request.budget()) return out;
                out.add(c.id());
            }
        }
        return out;
    }

    /** Predicted recall of a reviewed card on {@code day}, whole UTC days after its last review. */
    static double recallOn(MemoryModel model, PlanCard c, LocalDate day) {
        long elapsed = day.toEpochDay() - day(c.lastReview()).toEpochDay();
        return model.retrievability(elapsed, c.memory().stability());
    }

    static LocalDate day(java.time.Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
