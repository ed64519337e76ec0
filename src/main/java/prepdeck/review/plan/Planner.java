package prepdeck.review.plan;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * With several interviews and a time budget: today's cards, the calendar until the last interview (within
     * {@value GoalPlan#MAX_HORIZON} days) and each interview's forecast. See {@link GoalPlan}.
     */
    public TimedPlan plan(TimedRequest request) {
        return new GoalPlan(request, new MemoryModel(request.parameters())).plan();
    }

    /** Plain FSRS order, whatever the interview date: due cards by urgency, new cards fill the rest. */
    public List<String> dueFirst(PlanRequest request) {
        return DueQueue.today(request, new MemoryModel(request.parameters()));
    }

    /**
     * Expected interview-day recalls that plans computed, for reuse by later plans towards the same interview
     * with the same parameters: for each card start (stability, difficulty, last review; or new) and set of
     * planned days, the expected recall with each further day added. A forecast plans day after day on much the
     * same cards, and the next forecast (after one more answer) mostly repeats the last one: both reuse most of
     * it. Bounded by generations: {@link #nextGeneration} (or {@value #MAX_ENTRIES} new entries) keeps only what
     * the last generation used. Not for two threads at once.
     */
    public static final class Memo {
        static final int MAX_ENTRIES = 50_000;
        private Map<Key, Expectations> current = new HashMap<>();
        private Map<Key, Expectations> previous = new HashMap<>();
        private long interview = Long.MIN_VALUE;
        private Parameters parameters;

        record Key(boolean fresh, long stability, long difficulty, long last, int[] days) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && fresh == k.fresh && stability == k.stability && difficulty == k.difficulty
                        && last == k.last && Arrays.equals(days, k.days);
            }

            @Override
            public int hashCode() {
                return ((Boolean.hashCode(fresh) * 31 + Long.hashCode(stability)) * 31 + Long.hashCode(difficulty)) * 31
                        + Long.hashCode(last) * 31 + Arrays.hashCode(days);
            }
        }

        /** @param recall indexed by epoch day minus {@code from}, up to the eve of the interview; NaN: not computed yet */
        record Expectations(long from, double[] recall) {
        }

        /** Forgets what the last generation did not use; call between forecasts. */
        public void nextGeneration() {
            previous = current;
            current = new HashMap<>();
        }

        /** Forgets what the current generation has not used; call when a forecast is done. */
        public void dropUnused() {
            previous = new HashMap<>();
        }

        /** Prepares for a plan; all is forgotten when the interview or the parameters changed. */
        void use(long interview, Parameters parameters) {
            if (interview != this.interview || !parameters.equals(this.parameters)) {
                current = new HashMap<>();
                previous = new HashMap<>();
                this.interview = interview;
                this.parameters = parameters;
            }
        }

        Expectations expectations(Key key, long today) {
            Expectations e = current.get(key);
            if (e != null && e.from() <= today) return e;
            if (current.size() >= MAX_ENTRIES) nextGeneration();
            e = previous.remove(key);
            if (e == null || e.from() > today) {
                double[] a = new double[(int) (interview - today)];
                Arrays.fill(a, Double.NaN);
                e = new Expectations(today, a);
            }
            current.put(key, e);
            return e;
        }
    }
}
