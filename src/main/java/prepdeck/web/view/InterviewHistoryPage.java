package prepdeck.web.view;

import java.util.List;
import prepdeck.app.InterviewReport;
import prepdeck.app.InterviewSession;

/**
 * Every mock interview, newest first, and the chart of scores over time.
 *
 * @param chartSvg drawn by the server from numbers and dates only
 */
public record InterviewHistoryPage(List<Row> rows, String chartSvg, Pager pager) {
    /** Sessions a page lists, newest first; the chart shows the last {@link #CHART_POINTS} finished ones. */
    public static final int PER_PAGE = 100, CHART_POINTS = 200;

    /** One session with its totals and its spoken answers (none when it was typed). */
    public record Row(InterviewSession session, InterviewReport.Totals totals, SpokenSession spoken) {
        public Row(InterviewSession session, InterviewReport.Totals totals) {
            this(session, totals, SpokenSession.NONE);
        }
    }

    /** Whether any session was spoken: then the table has a column for it. */
    public boolean anySpoken() {
        return rows.stream().anyMatch(r -> !r.spoken().isEmpty());
    }

    public InterviewHistoryPage {
        rows = List.copyOf(rows);
    }
}
