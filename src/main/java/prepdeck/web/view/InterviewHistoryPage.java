package prepdeck.web.view;

import java.util.List;
import prepdeck.app.InterviewReport;
import prepdeck.app.InterviewSession;

/**
 * Every mock interview, newest first, and the chart of scores over time.
 *
 * @param chartSvg drawn by the server from numbers and dates only
 */
public record InterviewHistoryPage(List<Row> rows, String chartSvg) {
    /** One session with its totals. */
    public record Row(InterviewSession session, InterviewReport.Totals totals) {}

    public InterviewHistoryPage {
        rows = List.copyOf(rows);
    }
}
