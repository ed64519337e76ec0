package prepdeck.review.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The plan: today's cards, what each day until the last interview holds, and each interview's forecast.
 *
 * @param today the card ids to review today, in order
 * @param days  one entry a day from today to the eve of the last interview planned for (empty without one)
 * @param goals one entry per interview still ahead within the horizon, by day
 */
public record TimedPlan(List<String> today, List<Day> days, List<Forecast> goals) {
    public TimedPlan {
        today = List.copyOf(today);
        days = List.copyOf(days);
        goals = List.copyOf(goals);
    }

    /**
     * A day of the calendar.
     *
     * @param sweep reviews that day of cards whose plan has no later review before the interview they serve, and whose
     *              recall there would be below the desired retention without it: the model's final pass
     */
    public record Day(LocalDate day, int cards, int newCards, int sweep, double seconds, double availableSeconds) {
        public Day {
            Objects.requireNonNull(day, "day");
        }
    }

    /**
     * One interview's forecast: weighted recall of its scope on the day, with the plan followed and with no more reviews;
     * {@code spread} is one standard deviation of the share actually answered (the cards as independent chances).
     */
    public record Forecast(String name, LocalDate day, int cards, double withPlan, double withoutReviews, double spread) {
        public Forecast {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(day, "day");
        }
    }
}
