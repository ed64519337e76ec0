package prepdeck.review.fsrs;

/**
 * The (re)learning step an answer leads to, as ts-fsrs 5.4.2's basic learning-steps strategy.
 * New and Learning cards walk the learning steps, Relearning cards the relearning steps; a
 * Review card that lapses starts the relearning steps.
 */
final class LearningSteps {
    private LearningSteps() {
    }

    /** Wait {@code minutes} and then be at step {@code nextStep}; minutes 0 means "no step: use an interval". */
    record Plan(int minutes, int nextStep) {
        static final Plan NONE = new Plan(0, 0);
    }

    static Plan plan(int[] learning, int[] relearning, State current, int step, Rating rating) {
        int[] steps = current == State.RELEARNING || current == State.REVIEW ? relearning : learning;
        if (steps.length == 0 || step >= steps.length) return Plan.NONE;
        if (current == State.REVIEW) {
            return rating == Rating.AGAIN ? new Plan(steps[Math.max(0, step)], 0) : Plan.NONE;
        }
        return switch (rating) {
            case AGAIN -> new Plan(steps[0], 0);
            // Hard waits halfway between the first two steps, or 1.5 times a single step.
            case HARD -> new Plan(steps.length == 1
                    ? (int) Math.round(steps[0] * 1.5)
                    : (int) Math.round((steps[0] + steps[1]) / 2.0), step);
            // A zero-minute next step counts as none, as in ts-fsrs.
            case GOOD -> step + 1 < steps.length && steps[step + 1] != 0 ? new Plan(steps[step + 1], step + 1) : Plan.NONE;
            case EASY -> Plan.NONE;
        };
    }
}
