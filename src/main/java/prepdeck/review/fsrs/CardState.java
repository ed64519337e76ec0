package prepdeck.review.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * A card's scheduling state, as a plain value: the scheduler takes one and returns the next.
 * It knows nothing of the card itself.
 */
public sealed interface CardState permits CardState.New, CardState.Seen {

    State state();

    /** How many reviews led to this state (ts-fsrs {@code reps}); seeds the fuzz together with the card key. */
    int reps();

    /** A card that was never reviewed. */
    record New() implements CardState {
        @Override
        public State state() {
            return State.NEW;
        }

        @Override
        public int reps() {
            return 0;
        }
    }

    /** A card reviewed at least once: it has a memory state, a last review and a due time. */
    sealed interface Seen extends CardState permits Learning, Review, Relearning {
        MemoryState memory();

        /**
         * Index of the current (re)learning step. In Review it is 0, except after graduating
         * through a step of a day or more, where ts-fsrs keeps the step index.
         */
        int step();

        Instant lastReview();

        Instant due();
    }

    /** In the learning steps of a new card. */
    record Learning(MemoryState memory, int step, Instant lastReview, Instant due, int reps) implements Seen {
        public Learning {
            check(memory, step, lastReview, due, reps);
        }

        @Override
        public State state() {
            return State.LEARNING;
        }
    }

    /** On whole-day intervals. */
    record Review(MemoryState memory, int step, Instant lastReview, Instant due, int reps) implements Seen {
        public Review {
            check(memory, step, lastReview, due, reps);
        }

        @Override
        public State state() {
            return State.REVIEW;
        }
    }

    /** In the relearning steps after a lapse. */
    record Relearning(MemoryState memory, int step, Instant lastReview, Instant due, int reps) implements Seen {
        public Relearning {
            check(memory, step, lastReview, due, reps);
        }

        @Override
        public State state() {
            return State.RELEARNING;
        }
    }

    /** The never-reviewed state. */
    static CardState fresh() {
        return new New();
    }

    /** Builds a reviewed state from stored fields, e.g. a database row. */
    static Seen of(State state, MemoryState memory, int step, Instant lastReview, Instant due, int reps) {
        return switch (Objects.requireNonNull(state, "state")) {
            case NEW -> throw new InvalidReviewException("a New card has no memory state, last review or due time");
            case LEARNING -> new Learning(memory, step, lastReview, due, reps);
            case REVIEW -> new Review(memory, step, lastReview, due, reps);
            case RELEARNING -> new Relearning(memory, step, lastReview, due, reps);
        };
    }

    private static void check(MemoryState memory, int step, Instant lastReview, Instant due, int reps) {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(lastReview, "lastReview");
        Objects.requireNonNull(due, "due");
        if (step < 0) throw new InvalidReviewException("learning step must be >= 0, got " + step);
        if (reps < 1) throw new InvalidReviewException("a reviewed card has reps >= 1, got " + reps);
        if (due.isBefore(lastReview)) throw new InvalidReviewException("due " + due + " is before the last review " + lastReview);
    }
}
