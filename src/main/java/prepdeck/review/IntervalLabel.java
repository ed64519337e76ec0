package prepdeck.review;

import java.time.Duration;
import java.util.Locale;

/** An interval as a grade button shows it: "<1m", "10m", "3h", "4d", "1.5mo", "2.1y". */
public final class IntervalLabel {
    private static final double DAYS_PER_MONTH = 365.25 / 12;
    private static final double DAYS_PER_YEAR = 365.25;

    private IntervalLabel() {}

    public static String of(Duration interval) {
        long seconds = Math.max(0, interval.toSeconds());
        if (seconds < 60) return "<1m";
        if (seconds < 3600) return Math.round(seconds / 60.0) + "m";
        if (seconds < 86_400) return Math.round(seconds / 3600.0) + "h";
        double days = seconds / 86_400.0;
        if (days < DAYS_PER_MONTH) return Math.round(days) + "d";
        if (days < DAYS_PER_YEAR) return oneDecimal(days / DAYS_PER_MONTH) + "mo";
        return oneDecimal(days / DAYS_PER_YEAR) + "y";
    }

    private static String oneDecimal(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
