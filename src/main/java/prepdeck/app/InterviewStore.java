package prepdeck.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the user's mock interviews are kept. The use cases own this interface; the store implements it.
 * Every method sees only the store's user's sessions.
 */
public interface InterviewStore {
    /** A question as drawn, before anything happened to it. */
    record Planned(long cardId, long mainCardId, boolean followUp, String prompt, String topic, String language) {}

    /** Saves a new session with its questions, the first one asked at {@code at}; returns its id. */
    long create(InterviewSettings settings, List<Planned> questions, Instant at);

    Optional<InterviewSession> session(long id);

    /** Every session of the user, oldest first. */
    List<InterviewSession> sessions();

    void saveAnswer(long session, int position, String answer, boolean revealed, Optional<Double> score, List<PointResult> points, Instant at);

    void saveGrade(long session, int position, int rating, long reviewId, Instant at);

    void skip(long session, int position, Instant at);

    /** The question came up now (kept if it came up before). */
    void asked(long session, int position, Instant at);

    void finish(long session, Instant at);
}
