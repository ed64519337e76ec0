package prepdeck.web.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import prepdeck.app.Readiness;

/**
 * The readiness page: the forecast and its two charts, already drawn as SVG (escaped by the drawer).
 *
 * @param recallChart mean predicted recall day by day
 * @param dueChart    reviews due (and planned) day by day
 */
public record ReadinessPage(Readiness readiness, String recallChart, String dueChart,
                            java.util.Optional<prepdeck.app.ReadinessAdvice> advice, java.util.Optional<String> notice, Pager topicPager) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    public ReadinessPage {
        Objects.requireNonNull(readiness);
        Objects.requireNonNull(recallChart);
        Objects.requireNonNull(dueChart);
        Objects.requireNonNull(advice);
        Objects.requireNonNull(notice);
        Objects.requireNonNull(topicPager);
    }

    public ReadinessPage(Readiness readiness, String recallChart, String dueChart) {
        this(readiness, recallChart, dueChart, java.util.Optional.empty(), java.util.Optional.empty(), Pager.all(readiness.topics().size()));
    }

    /** The rows of the topic table this page shows. */
    public java.util.List<Readiness.TopicReadiness> topicRows() {
        return topicPager.slice(readiness.topics());
    }

    /**
     * The advice in one sentence, every number from the forecast: "23 new cards a day reaches 80% by Tue 9 Dec 2026;
     * at 20 it is 45%."
     */
    public String adviceSentence() {
        var a = advice.orElseThrow();
        String by = day(a.interview());
        String target = percent(a.target());
        var now = a.current();
        if (a.suggested().isEmpty()) {
            return a.reachable()
                    ? now.newPerDay() + " new cards a day reaches " + percent(now.recall()) + " by " + by + ": on track for " + target + "."
                    : now.newPerDay() + " new cards a day reaches " + percent(now.recall()) + " by " + by
                            + "; more new cards a day would not raise it (the daily budget of reviews limits the plan).";
        }
        var s = a.suggested().get();
        return a.reachable()
                ? s.newPerDay() + " new cards a day reaches " + percent(s.recall()) + " by " + by + "; at " + now.newPerDay() + " it is " + percent(now.recall()) + "."
                : "Even " + s.newPerDay() + " new cards a day reaches only " + percent(s.recall()) + " by " + by + " (at " + now.newPerDay() + " it is "
                        + percent(now.recall()) + "): " + target + " needs fewer topics, a later date or a larger daily budget.";
    }

    /** Whether the forecast runs to an interview (today or later). */
    public boolean hasInterview() {
        return readiness.interview().filter(d -> !d.isBefore(readiness.today())).isPresent();
    }

    public long daysLeft() {
        return readiness.interview().map(d -> ChronoUnit.DAYS.between(readiness.today(), d)).orElse(0L);
    }

    /** The recall on the interview day if the plan is followed (the last day of the forecast). */
    public String recallWithPlan() {
        return readiness.days().isEmpty() ? "—" : readiness.days().getLast().recallWithPlan().map(ReadinessPage::percent).orElse("—");
    }

    /** The column heading of a target day: "Interview day", "Today", "In 7 days"… */
    public String targetName(LocalDate day) {
        if (hasInterview()) return "Recall on interview day";
        long d = ChronoUnit.DAYS.between(readiness.today(), day);
        return d == 0 ? "Recall today" : "Recall in " + d + " days";
    }

    public static String percent(double v) {
        return Math.round(v * 100) + "%";
    }

    public static String day(LocalDate d) {
        return DAY.format(d);
    }
}
