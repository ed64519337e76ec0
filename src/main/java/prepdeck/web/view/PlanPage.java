package prepdeck.web.view;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import prepdeck.app.InterviewPlanning;
import prepdeck.app.PlannedInterview;
import prepdeck.review.plan.TimedPlan;

/**
 * The interview plan page: the interviews with their forecasts, the weekly budget, topic priorities, the calendar and
 * the warnings.
 *
 * @param topics every topic path, for the scope and priority pickers
 * @param priorities each topic's priority label, "" when unrated, in the order of {@code topics}
 */
public record PlanPage(InterviewPlanning.PlanView view, boolean budgetSet, List<String> topics, List<String> priorities,
                       List<InterviewPlanning.CalibrationBand> calibration, List<Asked> asked, Optional<String> notice) {
    /** A card flagged "asked before". */
    public record Asked(long id, String prompt, String topic) {
    }

    public PlanPage {
        asked = List.copyOf(asked);
        calibration = List.copyOf(calibration);
        Objects.requireNonNull(view);
        topics = List.copyOf(topics);
        priorities = List.copyOf(priorities);
        Objects.requireNonNull(notice);
    }

    /** The bands with answers in them. */
    public List<InterviewPlanning.CalibrationBand> filledBands() {
        return calibration.stream().filter(b -> b.answers() > 0).toList();
    }

    public static String band(InterviewPlanning.CalibrationBand b) {
        return Math.round(100 * b.from()) + "–" + Math.round(100 * b.from() + 10) + " %";
    }

    public static String percent(double x) {
        return Math.round(100 * x) + " %";
    }

    /** "83 % ± 4" or "beyond 60 days". */
    public String forecast(PlannedInterview i) {
        return view.forecast(i).map(f -> percent(f.withPlan()) + " ± " + Math.round(100 * f.spread())).orElse("beyond the plan's 60 days");
    }

    public String withoutReviews(PlannedInterview i) {
        return view.forecast(i).map(f -> percent(f.withoutReviews())).orElse("—");
    }

    public String scopeCards(PlannedInterview i) {
        return view.forecast(i).map(f -> Integer.toString(f.cards())).orElse("—");
    }

    public static String day(TimedPlan.Day d) {
        return d.day() + " " + d.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    public static String minutes(double seconds) {
        return Long.toString(Math.round(seconds / 60));
    }

    /** The interviews that fall on this day, by name. */
    public String interviewsOn(TimedPlan.Day d) {
        return String.join(", ", view.interviews().stream().filter(i -> i.day().equals(d.day())).map(PlannedInterview::name).toList());
    }

    public int minutesOf(int weekday) {
        return view.budget().minutes().get(weekday);
    }

    public static String weekday(int d) {
        return java.time.DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    public String daysOff() {
        return String.join(", ", view.budget().daysOff().stream().map(Object::toString).toList());
    }
}
