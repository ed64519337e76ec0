package prepdeck.web.view;

import java.time.Duration;
import java.util.Optional;
import prepdeck.app.InterviewMarkdown;
import prepdeck.app.InterviewQuestion;
import prepdeck.app.InterviewReport;

/** A finished mock interview's report, with its spoken answers when it was spoken. */
public record InterviewReportPage(InterviewReport report, SpokenSession spoken) {
    public InterviewReportPage(InterviewReport report) {
        this(report, SpokenSession.NONE);
    }

    private static final String[] GRADES = {"", "Again", "Hard", "Good", "Easy"};

    public String summary() {
        return InterviewMarkdown.summary(report);
    }

    public static String score(Optional<Double> score) {
        return InterviewMarkdown.score(score);
    }

    public static String clock(Duration d) {
        return InterviewMarkdown.clock(d);
    }

    /** The outcome, "spoken" for an answer recorded aloud (revealed for the user to tick, never scored). */
    public String outcomeOf(InterviewQuestion q) {
        if (!q.skipped() && spoken.answers().stream().anyMatch(a -> a.position() == q.position())) return "spoken";
        return outcome(q);
    }

    public static String outcome(InterviewQuestion q) {
        if (q.skipped()) return "skipped";
        if (q.revealed()) return "revealed";
        return q.score().map(s -> InterviewMarkdown.score(Optional.of(s))).orElse("—");
    }

    public static String grade(InterviewQuestion q) {
        return q.rating().map(r -> GRADES[r]).orElse("—");
    }
}
