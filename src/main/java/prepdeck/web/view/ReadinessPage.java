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
public record ReadinessPage(Readiness readiness, String recallChart, String dueChart, Pager topicPager) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    public ReadinessPage {
        Objects.requireNonNull(readiness);
        Objects.requireNonNull(recallChart);
        Objects.requireNonNull(dueChart);
        Objects.requireNonNull(topicPager);
    }

    public ReadinessPage(Readiness readiness, String recallChart, String dueChart) {
        this(readiness, recallChart, dueChart, Pager.all(readiness.topics().size()));
    }

    /** The rows of the topic table this page shows. */
    public java.util.List<Readiness.TopicReadiness> topicRows() {
        return topicPager.slice(readiness.topics());
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
