package prepdeck.app;

import java.time.Instant;
import java.util.List;

/** What practice writes: the review log only grows; card states are derived from it and kept current. */
public interface ReviewWrites extends ReviewReads {
    /** Appends one answer; returns its id. */
    long appendReview(ReviewWrite review);

    /** Appends many answers at once (a history being imported); ids are not needed back. */
    void appendReviews(List<ReviewWrite> reviews);

    /**
     * Makes {@code state} the card's current state. {@code firstReview} is when the card was first
     * reviewed; it is kept from the earlier row when there is one.
     */
    void putCardState(CardStateRow state, Instant firstReview);

    /** Puts many states at once, as {@link #putCardState}. */
    void putCardStates(List<CardStateRow> states, List<Instant> firstReviews);

    /** The card is new again (its only answer was undone). */
    void dropCardState(long cardId);

    /** Appends an undo of {@code reviewId}: the answer stays in the log, marked undone. */
    void appendUndo(long reviewId, Instant at);

    /** Makes {@code mark} the user's marks on its card. */
    void putCardMark(CardMark mark, Instant at);

    void putSetting(String key, String value);

    void removeSetting(String key);

    /** Stores a planned interview (its id is ignored) and returns its new id. */
    long addPlannedInterview(PlannedInterview interview, Instant at);

    /** @return whether the user had an interview with this id */
    boolean removePlannedInterview(long id);

    void putPlanPriority(PlanPriority priority);

    void removePlanPriority(PlanPriority.Kind kind, String target);
}
