package prepdeck.ingest.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Markdown made from a note in another format, with, for each of its lines, where that line came from in the
 * original (a 1-based line; for a Word document, a paragraph number), and the problems met on the way.
 *
 * @param lines    the Markdown, line by line
 * @param origin   {@code origin[i]} is the original line (or paragraph) of {@code lines.get(i)}
 * @param problems what could not be read as written; the conversion went on past each
 */
public record MarkdownText(List<String> lines, int[] origin, List<Problem> problems) {
    public MarkdownText {
        lines = List.copyOf(lines);
        Objects.requireNonNull(origin);
        problems = List.copyOf(problems);
        if (origin.length != lines.size()) throw new IllegalArgumentException("one origin per line: " + origin.length + " for " + lines.size());
    }

    /** Something in the original that was read in a lesser way; {@code line} is where it is in the original. */
    public record Problem(int line, String message) {}

    public String text() {
        return String.join("\n", lines) + "\n";
    }

    /** Builds Markdown line by line, each line with its origin. */
    static final class Builder {
        private final List<String> lines = new ArrayList<>();
        private final List<Integer> origin = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        void line(String text, int from) {
            // a converted line never spans lines: each keeps its own origin
            for (String part : text.split("\r\n|\r|\n", -1)) {
                lines.add(part);
                origin.add(Math.max(1, from));
            }
        }

        /** A blank line, unless the Markdown is empty or already ends in one. */
        void blank(int from) {
            if (!lines.isEmpty() && !lines.getLast().isBlank()) line("", from);
        }

        void problem(int line, String message) {
            problems.add(new Problem(Math.max(1, line), message));
        }

        int size() {
            return lines.size();
        }

        MarkdownText build() {
            return new MarkdownText(lines, origin.stream().mapToInt(Integer::intValue).toArray(), problems);
        }
    }
}
