package prepdeck.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How ready the user is: per topic, what the notes cover and the predicted recall on the target days;
 * day by day until the interview, the predicted mean recall with no more reviews and with the plan
 * followed, and how many reviews fall due. Recall is the FSRS retrievability of each answered card on
 * that day (whole days since its last review); a card never reviewed counts as 0.
 *
 * @param targets  the days recall is predicted for: the interview day, or without one today, +7 and +30 days
 * @param recall   mean predicted recall over all answered cards on each target day
 * @param days     one entry a day from today to the interview day (or to today +30 without an interview)
 */
public record Readiness(LocalDate today, Optional<LocalDate> interview, List<LocalDate> targets, int cards, int gaps,
                        int reviewed, List<Double> recall, List<TopicReadiness> topics, List<Day> days) {
    public Readiness {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(interview, "interview");
        targets = List.copyOf(targets);
        recall = List.copyOf(recall);
        topics = List.copyOf(topics);
        days = List.copyOf(days);
    }

    /**
     * One topic's cards (directly in it).
     *
     * @param recall mean predicted recall of its answered cards on each target day (0 without cards)
     */
    public record TopicReadiness(String path, int cards, int gaps, int reviewed, List<Double> recall) {
        public TopicReadiness {
            recall = List.copyOf(recall);
        }

        /** Share of the topic's questions that have an answer written, 0..1 (1 for an empty topic). */
        public double coverage() {
            return cards + gaps == 0 ? 1 : (double) cards / (cards + gaps);
        }
    }

    /**
     * One day of the forecast.
     *
     * @param recallNoReviews mean predicted recall that day if nothing more is reviewed
     * @param recallWithPlan  the same if the plan is followed until then (empty without an interview date)
     * @param due             review cards whose FSRS due date falls on that day (overdue ones count today), no more reviews assumed
     * @param planned         reviews the plan gives that day (0 without an interview date, and on the interview day)
     */
    public record Day(LocalDate day, double recallNoReviews, Optional<Double> recallWithPlan, int due, int planned) {
        public Day {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(recallWithPlan, "recallWithPlan");
        }
    }
}
