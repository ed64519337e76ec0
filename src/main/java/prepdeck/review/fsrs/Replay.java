package prepdeck.review.fsrs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Replays review histories through the scheduler and reports, per review, what the oracle
 * {@code schedule.mjs} reports: the basis of {@code prepdeck fsrs replay} and of the tests against ts-fsrs.
 */
public final class Replay {
    private final Scheduler scheduler;

    public Replay(Parameters parameters, SchedulerConfig config) {
        this.scheduler = new Scheduler(parameters, config);
    }

    /** One answer at one time. */
    public record TimedRating(Instant at, Rating rating) {
        public TimedRating {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(rating, "rating");
        }
    }

    /** All answers given to one card; the card id also seeds the fuzz. */
    public record History(String cardId, List<TimedRating> reviews) {
        public History {
            Objects.requireNonNull(cardId, "cardId");
            reviews = List.copyOf(reviews);
        }
    }

    /**
     * One replayed review.
     *
     * @param index                 0-based position of the review within its card, after sorting by time
     * @param elapsedDays           whole days since the previous review (the t the model sees)
     * @param retrievabilityBefore  R at this review from the state before it; empty for a new card
     * @param state                 state after the review; stability and difficulty likewise
     * @param scheduledDays         next interval in whole days, 0 within same-day steps
     * @param learningStep          (re)learning step index after the review
     * @param exactInterval         S · interval modifier, the unrounded interval in days
     * @param retrievabilityAtDue   R at the due date, only when the state is Review
     */
    public record Row(String cardId, int index, Instant at, Rating rating, int elapsedDays,
                      OptionalDouble retrievabilityBefore, State state, double stability, double difficulty,
                      int scheduledDays, Instant due, int learningStep, double exactInterval,
                      OptionalDouble retrievabilityAtDue) {
    }

    /** The rows of one history, its reviews taken in time order (stable for equal times). */
    public List<Row> replay(History history) {
        List<TimedRating> reviews = new ArrayList<>(history.reviews());
        reviews.sort(Comparator.comparing(TimedRating::at));
        List<Row> rows = new ArrayList<>(reviews.size());
        CardState state = CardState.fresh();
        for (int i = 0; i < reviews.size(); i++) {
            TimedRating review = reviews.get(i);
            Scheduled next = scheduler.next(state, review.rating(), review.at(), history.cardId());
            OptionalDouble rBefore = state instanceof CardState.Seen seen
                    ? OptionalDouble.of(scheduler.retrievability(next.elapsedDays(), seen.memory().stability()))
                    : OptionalDouble.empty();
            CardState.Seen after = next.state();
            double s = after.memory().stability();
            rows.add(new Row(history.cardId(), i, review.at(), review.rating(), next.elapsedDays(), rBefore,
                    after.state(), s, after.memory().difficulty(), next.scheduledDays(), after.due(), after.step(),
                    scheduler.exactInterval(s),
                    after.state() == State.REVIEW
                            ? OptionalDouble.of(scheduler.retrievability(next.scheduledDays(), s))
                            : OptionalDouble.empty()));
            state = after;
        }
        return rows;
    }

    /** The rows of all histories, card after card. */
    public List<Row> replay(List<History> histories) {
        List<Row> rows = new ArrayList<>();
        for (History h : histories) rows.addAll(replay(h));
        return rows;
    }
}
