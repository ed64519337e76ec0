package prepdeck.review.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reference answer's Markdown cut into the pieces key points come from: list items, lines, table
 * cells and the sentences in them, with the spans that were bold or code. Fenced code is left out: a
 * point is something one says, not a listing.
 */
final class Reference {
    /** A span of a unit's text, [start, end). */
    record Span(int start, int end) {
        boolean holds(int at) {
            return at >= start && at < end;
        }
    }

    /**
     * One sentence-sized piece.
     *
     * @param leading the first sentence of its line or list item
     */
    record Unit(String text, int line, boolean leading, List<Span> code, List<Span> bold) {}

    private static final Pattern LIST_MARKER = Pattern.compile(
            "^\\s*(?:#{1,6}\\s+|>\\s*)?(?:[-*+•–—]+|\\d+(?:\\.\\d+)*[.)]|[a-zа-яіє][.)])\\s+");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern TABLE_RULE = Pattern.compile("^[|\\s:-]+$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

    private Reference() {}

    static List<Unit> units(String markdown) {
        var units = new ArrayList<Unit>();
        String[] lines = markdown.split("\\R", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || stripped.isEmpty()) continue;
            if (stripped.startsWith("|")) {
                if (TABLE_RULE.matcher(stripped).matches()) continue;
                for (String cell : stripped.split("\\|")) addSentences(cell, i + 1, units);
                continue;
            }
            if (HEADING.matcher(line).lookingAt()) continue; // a heading names a topic, it claims nothing
            String text = LIST_MARKER.matcher(line).replaceFirst("");
            addSentences(text, i + 1, units);
        }
        return units;
    }

    /** Removes bold markers, backticks and link targets, remembering the spans, then splits into sentences. */
    private static void addSentences(String raw, int line, List<Unit> out) {
        raw = LINK.matcher(raw).replaceAll("$1");
        raw = URL.matcher(raw).replaceAll(""); // an address is where to read, not what to say
        var text = new StringBuilder(raw.length());
        var code = new ArrayList<Span>();
        var bold = new ArrayList<Span>();
        int codeStart = -1, boldStart = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '`') {
                if (codeStart < 0) codeStart = text.length();
                else {
                    code.add(new Span(codeStart, text.length()));
                    codeStart = -1;
                }
            } else if (codeStart < 0 && c == '*' && i + 1 < raw.length() && raw.charAt(i + 1) == '*') {
                i++;
                if (boldStart < 0) boldStart = text.length();
                else {
                    bold.add(new Span(boldStart, text.length()));
                    boldStart = -1;
                }
            } else {
                text.append(c);
            }
        }
        String all = text.toString();
        int from = 0;
        boolean leading = true;
        for (int i = 0; i <= all.length(); i++) {
            boolean end = i == all.length();
            if (!end) {
                char c = all.charAt(i);
                if (!(c == '.' || c == '!' || c == '?' || c == ';')) continue;
                if (i + 1 < all.length() && !Character.isWhitespace(all.charAt(i + 1))) continue;
                if (inside(code, i)) continue;
            }
            String sentence = all.substring(from, i);
            if (!sentence.isBlank()) {
                out.add(new Unit(sentence, line, leading, shift(code, from, i), shift(bold, from, i)));
                leading = false;
            }
            from = i + 1;
        }
    }

    private static boolean inside(List<Span> spans, int at) {
        for (Span s : spans) if (s.holds(at)) return true;
        return false;
    }

    private static List<Span> shift(List<Span> spans, int from, int to) {
        var out = new ArrayList<Span>();
        for (Span s : spans) {
            if (s.end() <= from || s.start() >= to) continue;
            out.add(new Span(Math.max(s.start(), from) - from, Math.min(s.end(), to) - from));
        }
        return out;
    }
}
