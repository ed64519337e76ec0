package prepdeck.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Small charts drawn on the server as inline SVG: no script, no library. Each has a {@code <title>} and a
 * {@code <desc>} the SVG is labelled by, labelled axes, and colours from CSS classes (so app.css can follow
 * the light or dark scheme). The viewBox is narrow enough that the text stays readable when the chart is
 * scaled down to a phone's width. Every text is escaped.
 */
final class SvgChart {
    private static final int WIDTH = 480;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 30;
    private static final int BOTTOM = 46;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** One line or one set of bars; {@code css} is its class (series-1, series-2). */
    record Series(String name, String css, List<Double> values) {
        Series {
            Objects.requireNonNull(name);
            Objects.requireNonNull(css);
            values = List.copyOf(values);
        }
    }

    private SvgChart() {
    }

    /** Lines over days, y from 0 to 1 shown as per cent. */
    static String recallLines(String id, String title, String desc, List<LocalDate> days, List<Series> series) {
        return recallLines(id, title, desc, days, series, "Mean predicted recall");
    }

    /** As {@link #recallLines(String, String, String, List, List)}, with another label on the y axis. */
    static String recallLines(String id, String title, String desc, List<LocalDate> days, List<Series> series, String yLabel) {
        var svg = open(id, title, desc);
        yAxis(svg, 1.0, true, yLabel);
        xAxis(svg, days);
        for (Series s : series) {
            if (s.values().isEmpty()) continue;
            var points = new StringBuilder();
            for (int i = 0; i < s.values().size(); i++) {
                if (!points.isEmpty()) points.append(' ');
                points.append(fmt(x(i, days.size()))).append(',').append(fmt(y(s.values().get(i), 1.0)));
            }
            if (s.values().size() == 1) {
                svg.append("<circle class=\"line ").append(esc(s.css())).append("\" cx=\"").append(fmt(x(0, 1))).append("\" cy=\"")
                        .append(fmt(y(s.values().getFirst(), 1.0))).append("\" r=\"3\"/>");
            } else {
                svg.append("<polyline class=\"line ").append(esc(s.css())).append("\" points=\"").append(points).append("\"/>");
            }
        }
        legend(svg, series);
        return svg.append("</svg>").toString();
    }

    /** Bars over days, side by side when there are two series; y from 0 to the largest value. */
    static String countBars(String id, String title, String desc, List<LocalDate> days, List<Series> series, String yLabel) {
        var svg = open(id, title, desc);
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        double top = niceCeiling(max);
        yAxis(svg, top, false, yLabel);
        xAxis(svg, days);
        int n = Math.max(1, days.size());
        double slot = (WIDTH - LEFT - RIGHT) / (double) n;
        double bar = Math.max(1, slot * 0.8 / Math.max(1, series.size()));
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            for (int i = 0; i < s.values().size(); i++) {
                double v = s.values().get(i);
                if (v <= 0) continue;
                double x0 = LEFT + slot * i + slot * 0.1 + bar * k;
                double y0 = y(v, top);
                svg.append("<rect class=\"bar ").append(esc(s.css())).append("\" x=\"").append(fmt(x0)).append("\" y=\"").append(fmt(y0))
                        .append("\" width=\"").append(fmt(bar)).append("\" height=\"").append(fmt(HEIGHT - BOTTOM - y0)).append("\">")
                        .append("<title>").append(esc(DAY.format(days.get(i)) + ": " + (long) v + " " + s.name())).append("</title></rect>");
            }
        }
        legend(svg, series);
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String desc) {
        var svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(esc(id)).append("-title ").append(esc(id)).append("-desc\" id=\"")
                .append(esc(id)).append("\">");
        svg.append("<title id=\"").append(esc(id)).append("-title\">").append(esc(title)).append("</title>");
        svg.append("<desc id=\"").append(esc(id)).append("-desc\">").append(esc(desc)).append("</desc>");
        return svg;
    }

    private static void yAxis(StringBuilder svg, double top, boolean percent, String label) {
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4;
            double yy = y(v, top);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(yy))
                    .append("\" y2=\"").append(fmt(yy)).append("\"/>");
            String text = percent ? Math.round(v * 100) + "%" : fmt(v);
            svg.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(yy + 4)).append("\" text-anchor=\"end\">")
                    .append(esc(text)).append("</text>");
        }
        svg.append("<text class=\"axis-label\" x=\"").append(LEFT).append("\" y=\"").append(TOP - 12).append("\" text-anchor=\"start\">")
                .append(esc(label)).append("</text>");
    }

    /** Days between labelled ticks: the smallest of 1, 2, 3, 7, 14, 28… that labels at most six days, so ticks are evenly spaced. */
    static int tickStep(int days) {
        for (int step : new int[] {1, 2, 3, 7, 14}) {
            if ((days - 1) / step + 1 <= 6) return step;
        }
        int step = 28;
        while ((days - 1) / step + 1 > 6) step *= 2;
        return step;
    }

    private static void xAxis(StringBuilder svg, List<LocalDate> days) {
        int base = HEIGHT - BOTTOM;
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(base)
                .append("\" y2=\"").append(base).append("\"/>");
        int n = days.size();
        if (n == 0) return;
        int step = tickStep(n);
        for (int i = 0; i < n; i += step) {
            // the last label ends at the plot's edge rather than spilling out of the picture
            double at = x(i, n);
            String anchor = at > WIDTH - RIGHT - 24 ? "end" : "middle";
            svg.append("<text class=\"tick\" x=\"").append(fmt(anchor.equals("end") ? WIDTH - 2 : at)).append("\" y=\"").append(base + 16)
                    .append("\" text-anchor=\"").append(anchor).append("\">").append(esc(DAY.format(days.get(i)))).append("</text>");
        }
        svg.append("<text class=\"axis-label\" x=\"").append((LEFT + WIDTH - RIGHT) / 2).append("\" y=\"").append(HEIGHT - 6)
                .append("\" text-anchor=\"middle\">Day</text>");
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        double x = WIDTH - RIGHT;
        for (int k = series.size() - 1; k >= 0; k--) {
            Series s = series.get(k);
            double width = 18 + s.name().length() * 6.6;
            x -= width;
            svg.append("<rect class=\"swatch ").append(esc(s.css())).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(TOP - 22)
                    .append("\" width=\"10\" height=\"10\"/>");
            svg.append("<text class=\"legend\" x=\"").append(fmt(x + 14)).append("\" y=\"").append(TOP - 13).append("\">")
                    .append(esc(s.name())).append("</text>");
            x -= 8;
        }
    }

    private static double x(int i, int n) {
        double span = WIDTH - LEFT - RIGHT;
        return n <= 1 ? LEFT + span / 2 : LEFT + span * i / (n - 1);
    }

    private static double y(double v, double top) {
        double span = HEIGHT - TOP - BOTTOM;
        return HEIGHT - BOTTOM - (top <= 0 ? 0 : span * Math.min(Math.max(v, 0), top) / top);
    }

    /** 1, 2, 5 × 10^k at or above {@code max}, at least 4 so that the four grid steps are whole. */
    static double niceCeiling(double max) {
        if (max <= 4) return 4;
        double p = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[]{1, 2, 4, 5, 10}) if (m * p >= max && (m * p) % 4 == 0) return m * p;
        return Math.ceil(max / 4) * 4;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        var out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
