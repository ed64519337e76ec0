package prepdeck.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import prepdeck.knowledge.SourceFormat;

/** Recognises a file's format from its content alone; the seeds are all ".txt". */
final class FormatDetector {
    static final Pattern NOTEBOOK_CELL = Pattern.compile("^In \\[[\\d ]*\\]:\\s*$");
    static final Pattern MODULE_MARKER = Pattern.compile("^M(\\d{1,2})(?:\\s+(\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}))?\\s*$");
    static final Pattern VIDEO_MARKER = Pattern.compile("^video\\s+\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern ATX_HEADING = Pattern.compile("^(#{1,6})\\s+(\\S.*?)\\s*#*\\s*$");
    static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+)\\s*([\\w+#.-]*)\\s*$");

    private FormatDetector() {}

    private static final Pattern MARKDOWN_NAME = Pattern.compile("(?i).*\\.(?:md|markdown|mdx|mkd)$");
    /** Markdown that a plain note would not hold: Q/A marks, details blocks, table rules. */
    private static final Pattern MARKDOWN_SIGN = Pattern.compile("^\\s*(?:\\*\\*Q[:.]|<details|<summary|\\|?\\s*:?-{3,}:?\\s*\\|)", Pattern.CASE_INSENSITIVE);

    static SourceFormat detect(String path, String text, List<String> lines) {
        String head = text.stripLeading();
        if (head.startsWith("{") && head.contains("\"cells\"")) return SourceFormat.IPYNB;
        int cells = 0, modules = 0, videos = 0, headings = 0, fences = 0, signs = 0;
        for (String line : lines) {
            if (NOTEBOOK_CELL.matcher(line).matches()) cells++;
            else if (MODULE_MARKER.matcher(line).matches()) modules++;
            else if (VIDEO_MARKER.matcher(line).matches()) videos++;
            else if (ATX_HEADING.matcher(line).matches()) headings++;
            else if (FENCE.matcher(line).matches()) fences++;
            else if (MARKDOWN_SIGN.matcher(line).find()) signs++;
        }
        if (cells > 0) return SourceFormat.NOTEBOOK_TEXT;
        if (modules >= 2 || modules >= 1 && videos >= 1) return SourceFormat.COURSE_NOTES;
        // a Markdown file is read as one document tree, whatever layouts it mixes
        if (MARKDOWN_NAME.matcher(path).matches() || headings >= 2) return SourceFormat.MARKDOWN;
        if (QuestionList.looksLikeOne(lines)) return SourceFormat.QUESTIONS;
        if (fences >= 2 || signs >= 2) return SourceFormat.MARKDOWN;
        return SourceFormat.PLAIN_TEXT;
    }

    /** How many distinct top-level numbers start lines: a question list has many, ascending. */
    static int ascendingNumbers(List<String> lines) {
        var seen = new HashSet<Integer>();
        int last = 0, ascending = 0;
        for (String line : lines) {
            var m = QuestionList.NUMBER.matcher(line);
            if (!m.lookingAt()) continue;
            int n = Integer.parseInt(m.group(1));
            if (n > last && n <= last + 3 && seen.add(n)) {
                ascending++;
                last = n;
            }
        }
        return ascending;
    }
}
