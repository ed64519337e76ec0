package prepdeck.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a mock interview came to: per question (in the session), per topic, in all, and the gaps to write next.
 *
 * @param writeNext gaps of the session's topics, the follow-ups passed over in it first
 */
public record InterviewReport(InterviewSession session, List<TopicResult> topics, Totals totals, List<GapView> writeNext) {
    public InterviewReport {
        Objects.requireNonNull(session);
        topics = List.copyOf(topics);
        Objects.requireNonNull(totals);
        writeNext = List.copyOf(writeNext);
    }

    /**
     * Sums over some questions.
     *
     * @param scored    questions with a typed answer (and so a score)
     * @param revealed  questions thought through and revealed without typing
     * @param skipped   questions skipped
     * @param graded    questions graded 1–4 (each one a review)
     * @param meanScore the mean score of the scored questions
     * @param time      time taken to answer (from being asked to the answer, as each question's clock showed it), summed
     */
    public record Totals(int asked, int scored, int revealed, int skipped, int graded, Optional<Double> meanScore, Duration time) {
        public static Totals of(List<InterviewQuestion> questions) {
            int scored = 0, revealed = 0, skipped = 0, graded = 0;
            double sum = 0;
            Duration time = Duration.ZERO;
            for (InterviewQuestion q : questions) {
                if (q.score().isPresent()) {
                    scored++;
                    sum += q.score().get();
                }
                if (q.revealed()) revealed++;
                if (q.skipped()) skipped++;
                if (q.rating().isPresent()) graded++;
                time = time.plus(q.timeTaken());
            }
            return new Totals(questions.size(), scored, revealed, skipped, graded,
                    scored == 0 ? Optional.empty() : Optional.of(sum / scored), time);
        }
    }

    /** The questions of one topic, summed. */
    public record TopicResult(String topic, Totals totals) {}

    public static InterviewReport of(InterviewSession session, List<GapView> writeNext) {
        var byTopic = new LinkedHashMap<String, List<InterviewQuestion>>();
        for (InterviewQuestion q : session.questions()) byTopic.computeIfAbsent(q.topic(), k -> new ArrayList<>()).add(q);
        var topics = byTopic.entrySet().stream().map(e -> new TopicResult(e.getKey(), Totals.of(e.getValue()))).toList();
        return new InterviewReport(session, topics, Totals.of(session.questions()), writeNext);
    }
}
