package prepdeck.app;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The readiness forecast turned into one piece of advice, every number from the forecast run with that setting.
 *
 * @param target      the recall aimed at on the interview day (0..1)
 * @param current     new cards a day now, and the predicted recall on the day with it (plan followed)
 * @param suggested   the fewest new cards a day whose plan reaches {@code target}, or the most tried when none does,
 *                    with its predicted recall; empty when the current setting already reaches the target
 * @param reachable   whether {@code suggested} reaches the target
 */
public record ReadinessAdvice(LocalDate interview, double target, Option current, Optional<Option> suggested, boolean reachable) {
    /** A number of new cards a day and the predicted mean recall on the interview day with the plan followed. */
    public record Option(int newPerDay, double recall) {
    }
}
