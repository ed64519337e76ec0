package prepdeck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a notebook cell exported to text ("In [15]:", the code, a blank line, what it printed)
 * into its code and its recorded output. The export keeps no marker between the two, so the
 * split is made by what Python code looks like.
 */
final class NotebookCells {
    private static final Pattern STATEMENT = Pattern.compile(
            "^(#|@|(import|from|def|class|if|elif|else|for|while|with|try|except|finally|return|yield|raise|pass|assert|del|global|nonlocal|async|await|print|lambda|break|continue)\\b)");
    private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Za-z_][\\w.]*(\\[[^\\]]*\\])*\\s*(\\+|-|\\*|/|//|%|\\*\\*|&|\\||\\^)?=[^=].*");
    private static final Pattern CALL = Pattern.compile("^[A-Za-z_][\\w.]*\\s*\\(.*\\)\\s*(#.*)?$");
    private static final Pattern NAME = Pattern.compile("^[a-z_][\\w.]*$");
    private static final Pattern LITERAL = Pattern.compile("^(True|False|None|-?\\d[\\d_.e+-]*|'.*'|\".*\"|b'.*'|\\[.*\\]|\\{.*\\}|\\(.*\\)|<.*>)$");

    private NotebookCells() {}

    /**
     * Reads the cell whose "In [n]:" line is at {@code start} and adds its code and output to {@code body}.
     * Returns the index of the cell's last line, so that Markdown after the output is read by the caller.
     */
    static int cell(List<String> lines, int start, List<Block> body) {
        int end = start + 1;
        while (end < lines.size() && !FormatDetector.NOTEBOOK_CELL.matcher(lines.get(end)).matches()) end++;
        // paragraphs of the cell: [from, to) line index ranges separated by blank lines
        var paragraphs = new ArrayList<int[]>();
        for (int i = start + 1; i < end; ) {
            if (lines.get(i).isBlank()) { i++; continue; }
            int j = i;
            while (j < end && !lines.get(j).isBlank()) j++;
            paragraphs.add(new int[] {i, j});
            i = j;
        }
        if (paragraphs.isEmpty()) return end - 1;
        int p = 1;
        while (p < paragraphs.size() && isCode(lines, paragraphs.get(p))) p++;
        int codeEnd = paragraphs.get(p - 1)[1];
        int o = p;
        while (o < paragraphs.size() && !isProse(lines, paragraphs.get(o))) o++;
        String code = Outline.dedent(lines.subList(start + 1, codeEnd));
        Optional<String> output = o > p
                ? Optional.of(String.join("\n", lines.subList(paragraphs.get(p)[0], paragraphs.get(o - 1)[1])).stripTrailing())
                : Optional.empty();
        body.add(new Block.Code(start + 2, "python", code, output, true));
        // what follows the output is Markdown again: the caller reads it (headings included) from here
        return o < paragraphs.size() ? paragraphs.get(o)[0] - 1 : end - 1;
    }

    private static boolean isCode(List<String> lines, int[] paragraph) {
        if (isHeading(lines, paragraph)) return false;
        for (int i = paragraph[0]; i < paragraph[1]; i++) {
            String l = lines.get(i);
            if (Character.isWhitespace(l.charAt(0))) continue;
            String s = l.strip();
            if (LITERAL.matcher(s).matches()) return false;
            if (!(STATEMENT.matcher(s).find() || ASSIGNMENT.matcher(s).matches() || CALL.matcher(s).matches() || NAME.matcher(s).matches())) return false;
        }
        return true;
    }

    /** "## Title", or "# Title" standing alone: a comment in code is followed by the code it explains. */
    private static boolean isHeading(List<String> lines, int[] paragraph) {
        String first = lines.get(paragraph[0]);
        return FormatDetector.ATX_HEADING.matcher(first).matches() && (first.startsWith("##") || paragraph[1] - paragraph[0] == 1);
    }

    /** Markdown text after the output: a heading, markup, or a sentence of several words in a natural language. */
    private static boolean isProse(List<String> lines, int[] paragraph) {
        String first = lines.get(paragraph[0]).strip();
        if (isHeading(lines, paragraph)) return true;
        if (first.startsWith("<br") || first.startsWith("- ") || first.startsWith("![")) return true;
        int words = first.split("\\s+").length;
        boolean cyrillic = first.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        return cyrillic && words >= 5;
    }
}
