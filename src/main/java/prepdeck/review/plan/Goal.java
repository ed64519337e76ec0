package prepdeck.review.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One interview the plan prepares for: its day, a name, and the weight of each card in its scope (the
 * interview's importance times the card's likelihood of being asked). A card in several scopes has a weight in
 * each. Recall is measured at the start of the day: reviews on the day itself count only for later interviews.
 */
public record Goal(String name, LocalDate day, Map<String, Double> weights) {
    public Goal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(day, "day");
        weights = Map.copyOf(weights);
        for (var e : weights.entrySet()) {
            double w = e.getValue();
            if (!(w >= 0 && Double.isFinite(w))) {
                throw new InvalidPlanException("interview " + name + ": card " + e.getKey() + " has weight " + w);
            }
        }
    }
}
