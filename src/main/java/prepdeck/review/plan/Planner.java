package prepdeck.review.plan;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import prepdeck.review.fsrs.MemoryModel;
import prepdeck.review.fsrs.Parameters;

/**
 * Chooses today's reviews. In the {@value InterviewPlan#MAX_HORIZON} days before the interview it plans
 * for recall on the interview day ({@link InterviewPlan}); earlier, and from the interview day on, it is plain FSRS: due cards by urgency, then
 * new cards. Pure and deterministic: the same request gives the same list.
 */
public final class Planner {
    /** Today's cards, in the order to review them, at most {@code budget}. */
    public List<String> today(PlanRequest request) {
        return today(request, new Memo());
    }

    /**
     * The same, remembering what it computed in {@code memo} for later days' requests (same interview and
     * parameters) on much the same cards, as a forecast that plans day after day asks: the answer is the same
     * as without the memo, only faster. A memo is for one thread at a time.
     */
    public List<String> today(PlanRequest request, Memo memo) {
        MemoryModel model = new MemoryModel(request.parameters());
        long days = request.interview().toEpochDay() - request.today().toEpochDay();
        // Far from the interview, plain FSRS keeps memories healthy; the plan takes over in the last weeks.
        if (days <= 0 || days > InterviewPlan.MAX_HORIZON || request.budget() == 0) return DueQueue.today(request, model);
        return new InterviewPlan(request, model, (int) days, memo).today();
    }

    /** Plain FSRS order, whatever the interview date: due cards by urgency, new cards fill the rest. */
    public List<String> dueFirst(PlanRequest request) {
        return DueQueue.today(request, new MemoryModel(request.parameters()));
    }

    /**
     * Expected interview-day recalls a plan computed, for reuse by the next plans: for each card start (stability,
     * difficulty, last review; or new) and set of planned days, the expected recall with each further day added.
     * Bounded: past {@value #MAX_ENTRIES} plans it starts afresh.
     */
    public static final class Memo {
        static final int MAX_ENTRIES = 20_000;
        private final Map<Key, double[]> entries = new HashMap<>();
        private long origin = Long.MIN_VALUE;
        private long interview;
        private Parameters parameters;

        record Key(boolean fresh, long stability, long difficulty, long last, int[] days) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && fresh == k.fresh && stability == k.stability && difficulty == k.difficulty
                        && last == k.last && Arrays.equals(days, k.days);
            }

            @Override
            public int hashCode() {
                return Objects.hash(fresh, stability, difficulty, last, Arrays.hashCode(days));
            }
        }

        /** Prepares for a plan from {@code today}; returns today's index in the arrays. */
        int use(long today, long interview, Parameters parameters) {
            if (today < origin || interview != this.interview || !parameters.equals(this.parameters) || entries.size() > MAX_ENTRIES) {
                entries.clear();
                origin = today;
                this.interview = interview;
                this.parameters = parameters;
            }
            return (int) (today - origin);
        }

        double[] expectations(Key key) {
            return entries.computeIfAbsent(key, k -> {
                double[] a = new double[(int) (interview - origin)];
                Arrays.fill(a, Double.NaN);
                return a;
            });
        }
    }
}
