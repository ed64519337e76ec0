package prepdeck.review.plan;

import java.time.Instant;
import java.util.Objects;
import prepdeck.review.fsrs.MemoryState;
import prepdeck.review.fsrs.State;

/**
 * What the planner knows of one card: its FSRS state and, once reviewed, its memory, last review
 * and due time.
 *
 * @param memory     stability and difficulty; null for a New card
 * @param lastReview null for a New card
 * @param due        null for a New card; for others, when FSRS wants the card again
 */
public record PlanCard(String id, State state, MemoryState memory, Instant lastReview, Instant due) {
    public PlanCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        if (state != State.NEW) {
            if (memory == null) throw new InvalidPlanException("card " + id + ": a " + state.title() + " card needs stability and difficulty");
            if (lastReview == null) throw new InvalidPlanException("card " + id + ": a " + state.title() + " card needs last_review");
            if (due == null) throw new InvalidPlanException("card " + id + ": a " + state.title() + " card needs due");
        }
    }

    /** A card never reviewed. */
    public static PlanCard fresh(String id) {
        return new PlanCard(id, State.NEW, null, null, null);
    }

    boolean isNew() {
        return state == State.NEW;
    }

    /** In same-day (re)learning steps. */
    boolean inSteps() {
        return state == State.LEARNING || state == State.RELEARNING;
    }
}
