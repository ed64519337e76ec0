package prepdeck.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import prepdeck.review.fsrs.CardState;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.State;

/**
 * Which card to review next, the way Anki orders a session: cards in (re)learning steps that are due,
 * then review cards that are due, the most overdue first (lowest recall probability now), then new
 * cards while the day's new-card limit allows, and last a learning card due within
 * {@link #LEARN_AHEAD} rather than ending the session a few minutes early. Gaps and retired cards never
 * reach the queue: whoever gathers the candidates leaves them out.
 */
public final class ReviewQueue {
    /** How far ahead a learning step may be shown when nothing else is left. */
    public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    /** Why a card was picked. */
    public enum Reason { LEARNING, REVIEW, NEW, LEARNING_AHEAD }

    /** A card that has been reviewed, with its scheduling state. */
    public record Candidate(long cardId, CardState.Seen state) {
        public Candidate {
            Objects.requireNonNull(state, "state");
        }
    }

    /** The card to show, its current state (New for a new card) and why it came up. */
    public record Pick(long cardId, CardState state, Reason reason) {
        public Pick {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final Scheduler scheduler;

    public ReviewQueue(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /**
     * The next card at {@code now}.
     *
     * @param learning   cards in Learning or Relearning due by {@code now + LEARN_AHEAD} (others are ignored)
     * @param review     cards in Review due by {@code now}, any subset in any order (others are ignored)
     * @param newToday   new cards already introduced today
     * @param newPerDay  the daily new-card limit
     * @param firstNew   the first new card in notes order; asked only when a new card may be shown
     */
    public Optional<Pick> next(Instant now, List<Candidate> learning, List<Candidate> review, int newToday, int newPerDay,
                               Supplier<OptionalLong> firstNew) {
        Objects.requireNonNull(now, "now");
        Comparator<Candidate> byDue = Comparator.comparing((Candidate c) -> c.state().due()).thenComparingLong(Candidate::cardId);
        Optional<Candidate> learningDue = learning.stream()
                .filter(c -> inSteps(c) && !c.state().due().isAfter(now)).min(byDue);
        if (learningDue.isPresent()) return learningDue.map(c -> new Pick(c.cardId(), c.state(), Reason.LEARNING));
        Optional<Candidate> reviewDue = review.stream()
                .filter(c -> c.state().state() == State.REVIEW && !c.state().due().isAfter(now))
                .min(Comparator.comparingDouble((Candidate c) -> scheduler.retrievability(c.state(), now)).thenComparing(byDue));
        if (reviewDue.isPresent()) return reviewDue.map(c -> new Pick(c.cardId(), c.state(), Reason.REVIEW));
        if (newToday < newPerDay) {
            OptionalLong id = firstNew.get();
            if (id.isPresent()) return Optional.of(new Pick(id.getAsLong(), CardState.fresh(), Reason.NEW));
        }
        Instant horizon = now.plus(LEARN_AHEAD);
        return learning.stream().filter(c -> inSteps(c) && !c.state().due().isAfter(horizon)).min(byDue)
                .map(c -> new Pick(c.cardId(), c.state(), Reason.LEARNING_AHEAD));
    }

    private static boolean inSteps(Candidate c) {
        return c.state().state() == State.LEARNING || c.state().state() == State.RELEARNING;
    }

    /** The key that seeds a card's interval fuzz: distinct for every (card, review count) pair. */
    public static String fuzzKey(long cardId) {
        return cardId + ":";
    }
}
