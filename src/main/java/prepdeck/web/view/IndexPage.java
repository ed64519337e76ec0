package prepdeck.web.view;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import prepdeck.app.PracticeToday;
import prepdeck.app.Readiness;
import prepdeck.app.Stats;

/**
 * The start page: today's practice in one line with one button, then totals and the topic tree, as much of it as one
 * page holds.
 *
 * @param readiness the forecast, for the interview countdown and the recall it predicts
 * @param pager     which of the top-level topics are shown
 * @param folded    whether some subtopics are folded into their parents' pages
 */
public record IndexPage(Stats stats, List<TopicNode> roots, PracticeToday today, Readiness readiness, Pager pager, boolean folded) {
    public IndexPage {
        roots = List.copyOf(roots);
        Objects.requireNonNull(today);
        Objects.requireNonNull(readiness);
        Objects.requireNonNull(pager);
    }

    /** The interview day, if it is today or later. */
    public Optional<LocalDate> interview() {
        return readiness.interview().filter(d -> !d.isBefore(readiness.today()));
    }

    /** "in 5 days (Tue 9 Dec 2026)", "today". */
    public String countdown() {
        LocalDate day = interview().orElseThrow();
        long left = ChronoUnit.DAYS.between(readiness.today(), day);
        return left == 0 ? "today" : "in " + left + (left == 1 ? " day" : " days") + " (" + ReadinessPage.day(day) + ")";
    }

    /** The readiness half of the line: recall on the interview day with the plan, or today's recall. */
    public String readinessLine() {
        if (interview().isPresent()) {
            String plan = readiness.days().isEmpty() ? "" : readiness.days().getLast().recallWithPlan().map(ReadinessPage::percent).orElse("");
            return plan.isEmpty() ? ReadinessPage.percent(readiness.recall().getFirst()) + " predicted recall on the day"
                    : plan + " predicted recall on the day if you follow the plan";
        }
        return ReadinessPage.percent(readiness.recall().getFirst()) + " predicted recall today";
    }

}
