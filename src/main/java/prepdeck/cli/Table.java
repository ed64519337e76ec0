package prepdeck.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for people: a header, aligned columns, overlong cells cut with "…". */
final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final int[] maxWidths;

    Table(List<String> header, int... maxWidths) {
        this.header = List.copyOf(header);
        this.maxWidths = maxWidths.length == header.size() ? maxWidths : new int[header.size()];
    }

    Table row(Object... cells) {
        var row = new ArrayList<String>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i] == null ? "" : cells[i].toString().replaceAll("\\s+", " ").strip();
            int max = maxWidths[i];
            if (max > 0 && text.codePointCount(0, text.length()) > max) {
                text = text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
            }
            row.add(text);
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintStream out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) widths[i] = width(header.get(i));
        for (var row : rows) for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], width(row.get(i)));
        printRow(out, header, widths);
        for (var row : rows) printRow(out, row, widths);
    }

    private static void printRow(PrintStream out, List<String> cells, int[] widths) {
        var line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell);
            if (i < cells.size() - 1) line.append(" ".repeat(widths[i] - width(cell) + 2));
        }
        out.println(line.toString().stripTrailing());
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
