package prepdeck.snippets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A "differs" verdict read back as two columns: what the notes say and what the run printed, line against line,
 * the lines that differ marked, so the difference itself can be shown (side by side on the web, its first line in
 * the CLI's DETAIL).
 *
 * @param note  a sentence before the diff (e.g. "the notes show ValueError, but the run raised nothing"), or empty
 * @param rows  the lines, in order; a side with no line there is empty text with {@code missing} set
 */
public record SnippetDiff(String note, List<Row> rows) {
    private static final String HEAD = "--- notes\n+++ run\n";

    public SnippetDiff {
        Objects.requireNonNull(note);
        rows = List.copyOf(rows);
    }

    /**
     * One line of each side.
     *
     * @param label          "line 12" for a comment claim's own line, else empty
     * @param expectedMissing the notes have no line here; {@code actualMissing} the run printed none here
     */
    public record Row(String label, String expected, String actual, boolean differs, boolean expectedMissing, boolean actualMissing) {
    }

    /** The two columns of a verdict's detail, when it holds the diff a "differs" verdict carries. */
    public static Optional<SnippetDiff> of(String detail) {
        int at = detail.indexOf(HEAD);
        if (at < 0) return Optional.empty();
        String note = detail.substring(0, at).strip();
        var rows = new ArrayList<Row>();
        var minus = new ArrayList<String>();
        var plus = new ArrayList<String>();
        String label = "";
        for (String line : detail.substring(at + HEAD.length()).split("\n", -1)) {
            if (line.startsWith("-")) {
                minus.add(line.substring(1));
            } else if (line.startsWith("+")) {
                plus.add(line.substring(1));
            } else {
                label = flush(rows, minus, plus, label);
                if (line.startsWith("@@")) {
                    var m = java.util.regex.Pattern.compile("@@ (line \\d+) @@").matcher(line);
                    label = m.matches() ? m.group(1) : "";
                } else if (line.startsWith(" ")) {
                    rows.add(new Row(label, line.substring(1), line.substring(1), false, false, false));
                    label = "";
                }
            }
        }
        flush(rows, minus, plus, label);
        return Optional.of(new SnippetDiff(note, rows));
    }

    private static String flush(List<Row> rows, List<String> minus, List<String> plus, String label) {
        int n = Math.max(minus.size(), plus.size());
        for (int i = 0; i < n; i++) {
            boolean noExpected = i >= minus.size(), noActual = i >= plus.size();
            rows.add(new Row(i == 0 ? label : "", noExpected ? "" : minus.get(i), noActual ? "" : plus.get(i), true, noExpected, noActual));
        }
        minus.clear();
        plus.clear();
        return n > 0 ? "" : label;
    }

    /** The index of the first row that differs. */
    public OptionalInt firstDifference() {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).differs()) return OptionalInt.of(i);
        return OptionalInt.empty();
    }

    /** "notes: [0, 1, 4] · run: [0, 1, 5]" for the first differing line (a missing side: "(nothing)"). */
    public String firstLine() {
        var i = firstDifference();
        if (i.isEmpty()) return note.isEmpty() ? "differs" : note;
        Row r = rows.get(i.getAsInt());
        String where = r.label().isEmpty() ? "" : r.label() + ": ";
        return where + "notes: " + (r.expectedMissing() ? "(nothing)" : r.expected()) + " · run: " + (r.actualMissing() ? "(nothing)" : r.actual());
    }
}
