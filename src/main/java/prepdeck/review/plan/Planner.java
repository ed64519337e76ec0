package prepdeck.review.plan;

import java.util.List;
import prepdeck.review.fsrs.MemoryModel;

/**
 * Chooses today's reviews. In the {@value InterviewPlan#MAX_HORIZON} days before the interview it plans
 * for recall on the interview day ({@link InterviewPlan}); earlier, and from the interview day on, it is plain FSRS: due cards by urgency, then
 * new cards. Pure and deterministic: the same request gives the same list.
 */
public final class Planner {
    /** Today's cards, in the order to review them, at most {@code budget}. */
    public List<String> today(PlanRequest request) {
        MemoryModel model = new MemoryModel(request.parameters());
        long days = request.interview().toEpochDay() - request.today().toEpochDay();
        // Far from the interview, plain FSRS keeps memories healthy; the plan takes over in the last weeks.
        if (days <= 0 || days > InterviewPlan.MAX_HORIZON || request.budget() == 0) return DueQueue.today(request, model);
        return new InterviewPlan(request, model, (int) days).today();
    }

    /** Plain FSRS order, whatever the interview date: due cards by urgency, new cards fill the rest. */
    public List<String> dueFirst(PlanRequest request) {
        return DueQueue.today(request, new MemoryModel(request.parameters()));
    }
}
