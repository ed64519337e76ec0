package prepdeck.web.markdown;

/**
 * A linear look at Markdown text, before it is parsed, for nesting that would make the parser slow (its cost grows
 * with depth × length for nested lists and link brackets): the list and quote markers opening a line plus half its
 * indentation (each level needs a marker or two columns), how many link brackets stand open at once, and runs of
 * emphasis delimiters ({@code *}, {@code _}) longer than two a level.
 */
final class TextDepth {
    private TextDepth() {}

    static boolean exceeds(String text, int max) {
        int n = text.length();
        int brackets = 0, run = 0;
        char runOf = 0;
        boolean lineStart = true;
        for (int i = 0; i < n; i++) {
            if (lineStart) {
                i = afterPrefix(text, i, max);
                if (i < 0) return true;
                lineStart = false;
                if (i >= n) break;
            }
            char c = text.charAt(i);
            // a run of emphasis delimiters nests one level per pair, and the library takes long over a long one
            run = c == runOf ? run + 1 : 1;
            runOf = c;
            if ((c == '*' || c == '_') && run > 2 * max) return true;
            switch (c) {
                case '\n', '\r' -> lineStart = true;
                case '\\' -> i++; // an escaped character opens nothing
                case '[' -> {
                    if (++brackets > max) return true;
                }
                case ']' -> brackets = Math.max(0, brackets - 1);
                default -> { }
            }
        }
        return false;
    }

    /** Where the line's container prefix ends, or -1 when it opens more than {@code max} levels. */
    private static int afterPrefix(String text, int i, int max) {
        int n = text.length(), markers = 0, columns = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4;
            } else if (c == '>' || ((c == '-' || c == '*' || c == '+') && endsMarker(text, i + 1))) {
                markers++;
            } else if (c >= '0' && c <= '9') {
                int d = i;
                while (d < n && d - i < 9 && text.charAt(d) >= '0' && text.charAt(d) <= '9') d++;
                if (d < n && (text.charAt(d) == '.' || text.charAt(d) == ')') && endsMarker(text, d + 1)) {
                    markers++;
                    i = d;
                } else {
                    return i;
                }
            } else {
                return i;
            }
            if (markers > 0 && markers + columns / 2 > max) return -1;
            i++;
        }
        return i;
    }

    private static boolean endsMarker(String text, int i) {
        return i >= text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }
}
