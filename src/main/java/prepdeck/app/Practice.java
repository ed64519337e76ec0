package prepdeck.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spaced-repetition practice for the store's user: which card next, answers, undo. Answers are
 * acknowledged only once durable, and an idempotency key is answered once however often it is sent.
 */
public interface Practice {
    /** The daily new-card limit when the user set none. */
    int DEFAULT_NEW_PER_DAY = 20;
    /** How many cards the interview planner may give a day when the user set no budget. */
    int DEFAULT_DAILY_BUDGET = 100;
    double DEFAULT_DESIRED_RETENTION = 0.9;

    /**
     * The card to review now, or empty when nothing is due and no new card is left for today.
     *
     * @param topic a topic path: only that topic and its subtopics
     * @throws NotFoundException for an unknown topic
     */
    Optional<NextCard> next(Optional<String> topic);

    /**
     * One card as {@link #next} would show it, e.g. the card an undo brought back.
     *
     * @throws NotFoundException no such card
     * @throws ConflictException a gap or retired card
     */
    NextCard show(long cardId);

    /**
     * Records an answer and returns once it is committed durably. Sending the same key again returns
     * the same receipt and stores nothing.
     *
     * @param rating 1 Again, 2 Hard, 3 Good, 4 Easy
     * @throws NotFoundException        no such card
     * @throws InvalidInputException  a bad rating, key or duration
     * @throws ConflictException        a gap or retired card, or the key was used for another answer
     */
    ReviewReceipt answer(long cardId, int rating, String idempotencyKey, long durationMs);

    /**
     * Records an answer given earlier, offline on a device, at the time it was given: the scheduler takes it as given
     * then (never before the card's last review; a time ahead of the server's clock counts as now). Otherwise as
     * {@link #answer}: a key is stored once, and sending it again returns the same receipt.
     *
     * @throws InvalidInputException also for an answer older than {@link #MAX_OFFLINE_AGE}
     */
    default ReviewReceipt answerGivenAt(long cardId, int rating, String idempotencyKey, long durationMs, java.time.Instant givenAt) {
        throw new InvalidInputException("answers given offline are not taken here");
    }

    /** How old an answer given offline may be when it arrives. */
    java.time.Duration MAX_OFFLINE_AGE = java.time.Duration.ofDays(30);

    /** How far ahead {@link #offlineWindow} may look. */
    java.time.Duration MAX_OFFLINE_AHEAD = java.time.Duration.ofDays(7);

    /**
     * The cards due within {@code ahead} and today's remaining new cards, with the interval each grade gives each of
     * them when it falls due, for a device to practise with while offline.
     *
     * @throws NotFoundException     an unknown topic
     * @throws InvalidInputException {@code ahead} negative or beyond {@link #MAX_OFFLINE_AHEAD}
     */
    default OfflineWindow offlineWindow(Optional<String> topic, java.time.Duration ahead) {
        throw new InvalidInputException("this practice has no offline window");
    }

    /**
     * Takes back one answer, which must be the user's latest one not yet undone; undoing the same answer
     * again returns the same receipt. The log keeps the answer and records the undo beside it.
     */
    UndoReceipt undo(long reviewId);

    /** Takes back the user's latest answer not yet undone, if there is one. */
    Optional<UndoReceipt> undoLast();

    /** Re-fit FSRS by itself after this many answers since the last fit; 0: never by itself. */
    void autoRefitEvery(int answers);

    int newCardsPerDay();

    void setNewCardsPerDay(int limit);

    /** Adds answers given earlier to the log, replaying them in time order through the scheduler. */
    int recordHistory(List<PastReview> reviews);

    /** The user's settings: interview date, daily budget, new cards a day, desired retention, FSRS weights. */
    PracticeSettings settings();

    /**
     * Sets or clears the interview date. Until that day {@link #next} serves the planner's cards for each day;
     * from that day on, plain FSRS.
     *
     * @throws InvalidInputException a day before today
     */
    void setInterviewDate(Optional<LocalDate> day);

    /** @throws InvalidInputException outside 1–10000 */
    void setDailyBudget(int budget);

    /** @throws InvalidInputException outside 0.70–0.99 */
    void setDesiredRetention(double retention);

    /** Live cards due now (in steps or for review), for search's {@code is:due}. */
    Set<Long> dueCardIds();

    /**
     * Fits FSRS-6 on the user's review log (answers not undone) and keeps the fitted weights only if they have a
     * lower log loss than the ones in use; they then schedule every answer from now on.
     */
    FsrsRefit refit();

    /** The summary of the latest fit on this data ({@link FsrsRefit#summary()} and when), if there was one. */
    Optional<String> lastRefit();

    /** Coverage and predicted recall per topic, and the forecast day by day until the interview. */
    Readiness readiness();

    /**
     * What there is to practise now, for the home page.
     */
    default PracticeToday today() {
        return new PracticeToday(0, 0, 0, newCardsPerDay(), 0);
    }

    /**
     * The readiness forecast turned into advice: the fewest new cards a day whose plan reaches {@code target} recall
     * on the interview day; empty without an interview date ahead.
     */
    default Optional<ReadinessAdvice> advice(double target) {
        return Optional.empty();
    }

    /**
     * A card's answers, state, due date, predicted recall and the user's marks on it.
     *
     * @throws NotFoundException no such card
     */
    default CardHistory history(long cardId) {
        throw new NotFoundException("no card " + cardId);
    }

    /**
     * Suspends, buries until tomorrow, flags a card, or takes one of those back; returns the card's marks after.
     *
     * @throws NotFoundException no such card
     */
    default CardMark mark(long cardId, CardMark.Change change) {
        throw new NotFoundException("no card " + cardId);
    }

    /** The user's flagged cards. */
    default Set<Long> flaggedCards() {
        return Set.of();
    }
}
