package prepdeck.app;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import prepdeck.review.fsrs.Parameters;

/**
 * The user's practice settings, as stored in the {@code settings} table.
 *
 * @param interviewDate    the day of the interview; until then the planner chooses each day's reviews
 * @param dailyBudget      how many cards the planner may give a day
 * @param newPerDay        how many new cards may be introduced a day
 * @param desiredRetention FSRS's target recall, in (0, 1)
 * @param fsrsParams       the FSRS-6 weights in use ({@link Parameters#DEFAULT} until a fit on the user's history beats them)
 * @param fitted           whether {@code fsrsParams} were fitted on the user's history
 */
public record PracticeSettings(Optional<LocalDate> interviewDate, int dailyBudget, int newPerDay, double desiredRetention,
                               Parameters fsrsParams, boolean fitted) {
    public PracticeSettings {
        Objects.requireNonNull(interviewDate, "interviewDate");
        Objects.requireNonNull(fsrsParams, "fsrsParams");
    }
}
