package prepdeck.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import prepdeck.knowledge.Diagnostic;
import prepdeck.knowledge.ParsedSource;

/**
 * Caps how deeply lists and block quotes nest before a file is parsed, so that no reader and no page that
 * renders a card has to descend thousands of levels (a 6 KB line of {@code - - - …} is 3,000 nested lists).
 *
 * <p>Only list markers ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) and quote markers ({@code >})
 * open nested blocks, and each level needs its marker or at least two columns of indentation, so a line's depth is
 * at most its markers plus half its leading white space. A line over {@link #MAX_LEVELS} keeps its first levels;
 * the rest of it stays as text (its first marker escaped with a backslash, the surplus indentation dropped). Lines
 * without a marker are never touched. The file's bytes and hash are otherwise kept; the file gets one diagnostic
 * naming its first flattened line and how many there were. In a notebook ({@code .ipynb} JSON, a cell's lines each
 * a string on a line of its own) the strings' text is limited the same way.
 */
final class DepthLimit {
    /** Deeper than any outline people write, shallow enough for every recursive reader and renderer. */
    static final int MAX_LEVELS = 32;

    /** The file as the parser should see it, and what was changed. */
    record Limited(SourceFile file, List<Diagnostic> diagnostics) {}

    private DepthLimit() {}

    static Limited apply(SourceFile file) {
        byte[] bytes = file.bytes();
        Charset charset = charsetOf(bytes);
        String text = new String(bytes, charset);
        boolean json = looksLikeJson(text); // a notebook: each line of a cell is a JSON string on a line of its own
        StringBuilder out = null; // made at the first line to change
        int firstLine = 0, flattened = 0, line = 0;
        int i = 0, n = text.length();
        while (i < n) {
            line++;
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
            int next = end;
            if (end < n) next = text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            String limited = json ? limitJsonString(text, i, end) : null;
            if (limited == null) limited = limit(text, i, end, "\\");
            if (limited != null) {
                if (out == null) out = new StringBuilder(text.length() + 64).append(text, 0, i);
                out.append(limited).append(text, end, next);
                if (flattened++ == 0) firstLine = line;
            } else if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        if (flattened == 0) return new Limited(file, List.of());
        String more = flattened == 1 ? "" : " (%,d lines from here on)".formatted(flattened);
        var diagnostic = Diagnostic.at(file.relativePath(), firstLine,
                "lists or quotes nested deeper than %d levels; flattened to %d levels, the rest kept as text%s"
                        .formatted(MAX_LEVELS, MAX_LEVELS, more));
        // a UTF-16 BOM was decoded as U+FEFF and is written back as it was
        byte[] rewritten = out.toString().getBytes(charset);
        return new Limited(new SourceFile(file.relativePath(), file.file(), rewritten, file.sha256()), List.of(diagnostic));
    }

    /** The result of parsing the limited file, with the limit's diagnostics first. */
    static ParseResult withDiagnostics(ParseResult result, List<Diagnostic> diagnostics) {
        return switch (result) {
            case ParseResult.Rejected r -> r;
            case ParseResult.Parsed p -> {
                ParsedSource s = p.source();
                var all = new ArrayList<>(diagnostics);
                all.addAll(s.diagnostics());
                yield new ParseResult.Parsed(new ParsedSource(s.path(), s.contentHash(), s.format(), s.language(), s.topics(), s.cards(), all));
            }
        };
    }

    /**
     * The line {@code text[start, end)} cut to {@link #MAX_LEVELS}, or null when it is within the limit (or opens
     * nothing). Linear in the line's length.
     */
    static String limit(String text, int start, int end) {
        return limit(text, start, end, "\\");
    }

    /** A JSON line {@code "…",}: the string's text is limited, its escape written as JSON writes a backslash. */
    private static String limitJsonString(String text, int start, int end) {
        int quote = start;
        while (quote < end && (text.charAt(quote) == ' ' || text.charAt(quote) == '\t')) quote++;
        if (quote >= end || text.charAt(quote) != '"') return null;
        String limited = limit(text, quote + 1, end, "\\\\");
        return limited == null ? null : text.substring(start, quote + 1) + limited;
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') return true;
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\uFEFF' && c != '\u00EF' && c != '\u00BB' && c != '\u00BF') return false;
        }
        return false;
    }

    private static String limit(String text, int start, int end, String escape) {
        int markers = 0, spaces = 0, col = 0;
        int cut = -1; // where the first level over the limit begins
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int width;
            boolean marker;
            if (c == ' ') {
                width = 1;
                marker = false;
            } else if (c == '\t') {
                width = 4 - col % 4;
                marker = false;
            } else if (c == '>') {
                width = 1;
                marker = true;
            } else if ((c == '-' || c == '*' || c == '+') && endsMarker(text, i + 1, end)) {
                width = 1;
                marker = true;
            } else {
                int d = i;
                while (d < end && d - i < 9 && text.charAt(d) >= '0' && text.charAt(d) <= '9') d++;
                if (d > i && d < end && (text.charAt(d) == '.' || text.charAt(d) == ')') && endsMarker(text, d + 1, end)) {
                    width = d + 1 - i;
                    marker = true;
                } else {
                    break;
                }
            }
            int levels = marker ? markers + 1 + spaces / 2 : markers + (spaces + width) / 2;
            if (cut < 0 && levels > MAX_LEVELS) cut = i;
            if (marker) markers++;
            else spaces += width;
            col += width;
            i += marker ? width : 1;
        }
        if (cut < 0 || markers == 0) return null;
        int rest = cut;
        while (rest < end && (text.charAt(rest) == ' ' || text.charAt(rest) == '\t')) rest++;
        var line = new StringBuilder(end - start + 2).append(text, start, cut);
        if (rest < end) {
            char c = text.charAt(rest);
            if (c == '>' || c == '-' || c == '*' || c == '+') {
                line.append(escape).append(text, rest, end);
            } else { // an ordered marker: escape its '.' or ')'
                int d = rest;
                while (d < end && text.charAt(d) >= '0' && text.charAt(d) <= '9') d++;
                line.append(text, rest, d);
                if (d < end && (text.charAt(d) == '.' || text.charAt(d) == ')')) line.append(escape);
                line.append(text, d, end);
            }
        }
        return line.toString();
    }

    private static boolean endsMarker(String text, int i, int end) {
        return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t';
    }

    /** Markers are ASCII: Latin-1 keeps every other byte as it is; only UTF-16 (with its BOM) needs decoding. */
    private static Charset charsetOf(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        return StandardCharsets.ISO_8859_1;
    }
}
