package prepdeck.review.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import prepdeck.review.fsrs.Parameters;

/**
 * One day's planning question with interviews and a time budget: which cards to review today so that the
 * weighted recall on every interview day is as high as the study time allows.
 *
 * @param goals          the interviews; those on or before today are ignored (their scope is plain FSRS again)
 * @param budget         minutes per weekday and days off
 * @param spentToday     seconds already studied today (they come off today's minutes)
 * @param seconds        seconds one review of a card takes (learned from the user's answers); missing: {@code defaultSeconds}
 * @param newPerDay      new cards a day at most
 */
public record TimedRequest(LocalDate today, List<Goal> goals, TimeBudget budget, double spentToday, double desiredRetention,
                           Parameters parameters, List<PlanCard> cards, Map<String, Double> seconds, double defaultSeconds,
                           int newPerDay) {
    /** A first review (reading a card never seen, and its learning step) takes this many times a review. */
    public static final double NEW_CARD_FACTOR = 2.0;

    public TimedRequest {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(parameters, "parameters");
        goals = List.copyOf(goals);
        cards = List.copyOf(cards);
        seconds = Map.copyOf(seconds);
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new InvalidPlanException("desiredRetention must be in (0, 1), got " + desiredRetention);
        }
        if (!(defaultSeconds > 0)) throw new InvalidPlanException("defaultSeconds must be above 0, got " + defaultSeconds);
        if (newPerDay < 0) throw new InvalidPlanException("newPerDay must be 0 or more, got " + newPerDay);
        Set<String> ids = new HashSet<>();
        for (PlanCard c : cards) if (!ids.add(c.id())) throw new InvalidPlanException("card " + c.id() + " appears twice");
    }

    /** Seconds of one review of this card. */
    public double secondsOf(String id) {
        Double s = seconds.get(id);
        return s == null || !(s > 0) ? defaultSeconds : s;
    }
}
