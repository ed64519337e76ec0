package prepdeck.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A document as a tree of headed sections whose bodies are prose and code blocks. Used for Markdown,
 * notebooks exported to text (whose "In [n]:" cells become code blocks with their output) and plain text.
 */
final class Outline {
    /** A heading and what stands under it; the root has level 0 and no title. */
    record Section(String title, int level, int line, List<Block> body, List<Section> children) {
        boolean hasContent() {
            return body.stream().anyMatch(b -> switch (b) {
                case Block.Code c -> true;
                case Block.Prose p -> p.lines().stream().anyMatch(l -> !l.isBlank());
            });
        }

        boolean emptySubtree() {
            return !hasContent() && children.stream().allMatch(Section::emptySubtree);
        }
    }

    private Outline() {}

    /**
     * @param lines    the file's lines
     * @param cells    whether "In [n]:" lines start notebook cells
     * @param headings whether "# Title" lines are headings (false for plain text, where only the first line may be a title)
     */
    static Section parse(List<String> lines, boolean cells, boolean headings, Draft draft) {
        var root = new Section("", 0, 1, new ArrayList<>(), new ArrayList<>());
        var stack = new ArrayDeque<Section>();
        stack.push(root);
        var prose = new ArrayList<String>();
        int proseStart = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FormatDetector.FENCE.matcher(line);
            Matcher heading = FormatDetector.ATX_HEADING.matcher(line);
            boolean cell = cells && FormatDetector.NOTEBOOK_CELL.matcher(line).matches();
            boolean isHeading = heading.matches() && (headings || i == firstNonBlank(lines));
            if (!fence.matches() && !isHeading && !cell) {
                if (prose.isEmpty()) proseStart = i + 1;
                prose.add(line);
                continue;
            }
            flush(stack.peek(), prose, proseStart);
            if (fence.matches()) {
                i = fencedCode(lines, i, fence.group(1), fence.group(2), stack.peek(), draft);
            } else if (isHeading) {
                int level = heading.group(1).length();
                while (stack.peek().level() >= level) stack.pop();
                var section = new Section(heading.group(2).strip(), level, i + 1, new ArrayList<>(), new ArrayList<>());
                stack.peek().children().add(section);
                stack.push(section);
            } else {
                i = NotebookCells.cell(lines, i, stack.peek().body());
            }
        }
        flush(stack.peek(), prose, proseStart);
        return root;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i;
        return -1;
    }

    private static void flush(Section section, List<String> prose, int start) {
        if (!prose.isEmpty()) {
            section.body().add(new Block.Prose(start, List.copyOf(prose)));
            prose.clear();
        }
    }

    /** Reads a fenced block starting at {@code open}; a fence may be indented (the seeds indent them). Returns the closing line's index. */
    private static int fencedCode(List<String> lines, int open, String marker, String info, Section into, Draft draft) {
        var code = new ArrayList<String>();
        int i = open + 1;
        for (; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (stripped.startsWith(marker) && stripped.chars().allMatch(ch -> ch == marker.charAt(0))) break;
            code.add(lines.get(i));
        }
        if (i == lines.size()) draft.diagnostic(open + 1, "unterminated code block (no closing " + marker + ")");
        String language = normalizeLanguage(info);
        into.body().add(new Block.Code(open + 2 > lines.size() ? open + 1 : open + 2, language, dedent(code), Optional.empty(), true));
        return i;
    }

    static String normalizeLanguage(String info) {
        String l = info.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (l) {
            case "py", "python3", "py3", "ipython", "ipython3" -> "python";
            case "sh", "shell", "console", "zsh" -> "bash";
            default -> l;
        };
    }

    /** Removes the indentation common to all non-blank lines, keeps relative indentation (and so any mistakes in it). */
    static String dedent(List<String> lines) {
        int common = Integer.MAX_VALUE;
        for (String l : lines) {
            if (l.isBlank()) continue;
            int n = 0;
            while (n < l.length() && (l.charAt(n) == ' ' || l.charAt(n) == '\t')) n++;
            common = Math.min(common, n);
        }
        int cut = common == Integer.MAX_VALUE ? 0 : common;
        var out = new StringBuilder();
        int from = 0, to = lines.size();
        while (from < to && lines.get(from).isBlank()) from++;
        while (to > from && lines.get(to - 1).isBlank()) to--;
        for (int k = from; k < to; k++) {
            String l = lines.get(k);
            out.append(l.length() >= cut ? l.substring(cut) : "").append('\n');
        }
        return out.toString().stripTrailing();
    }
}
