package prepdeck.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Mean interview scores over time as an SVG line chart, drawn here (no chart library, no script): one
 * point per finished session with a typed answer, spaced evenly in session order, the score on a 0–100%
 * axis. Every value written is a number or a date we format, and titles are escaped.
 */
final class ScoreChart {
    /** One session on the chart. */
    record Point(long session, Instant at, double score) {}

    static final int WIDTH = 480;
    static final int HEIGHT = 200;
    private static final int LEFT = 48, RIGHT = 16, TOP = 14, BOTTOM = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneOffset.UTC);

    private ScoreChart() {}

    static String svg(List<Point> points) {
        var svg = new StringBuilder();
        svg.append("<svg class=\"score-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"score-chart-title\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"score-chart-title\">Mean score per mock interview, oldest first</title>");
        int plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = TOP + plotH * (1 - pct / 100.0);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(n(y))
                    .append("\" y2=\"").append(n(y)).append("\"/>");
            svg.append("<text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(n(y + 4)).append("\" text-anchor=\"end\">")
                    .append(pct).append("%</text>");
        }
        if (points.isEmpty()) {
            svg.append("<text class=\"axis\" x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\">No finished interview with a typed answer yet</text>");
            return svg.append("</svg>").toString();
        }
        var path = new StringBuilder();
        var dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = LEFT + (points.size() == 1 ? plotW / 2.0 : plotW * i / (double) (points.size() - 1));
            double y = TOP + plotH * (1 - p.score());
            path.append(i == 0 ? "M" : " L").append(n(x)).append(' ').append(n(y));
            dots.append("<circle class=\"dot\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"4\"><title>Interview ")
                    .append(p.session()).append(", ").append(DAY.format(p.at())).append(": ").append(Math.round(p.score() * 100))
                    .append("%</title></circle>");
            if (points.size() <= 12 || i % Math.ceilDiv(points.size(), 12) == 0) {
                svg.append("<text class=\"axis\" x=\"").append(n(x)).append("\" y=\"").append(HEIGHT - 10).append("\" text-anchor=\"middle\">")
                        .append(DAY.format(p.at())).append("</text>");
            }
        }
        svg.append("<path class=\"line\" d=\"").append(path).append("\"/>").append(dots);
        return svg.append("</svg>").toString();
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
