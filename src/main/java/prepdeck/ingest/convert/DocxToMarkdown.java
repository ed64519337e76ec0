package prepdeck.ingest.convert;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (.docx) turned into Markdown with Apache POI: heading styles become headings, numbered and
 * bulleted paragraphs become lists, bold and italic runs keep their emphasis, monospace paragraphs become code,
 * quotes become quotes, tables become Markdown tables. A docx has no lines: each Markdown line remembers the
 * paragraph it came from (paragraphs counted from 1 through the whole document, table cells included).
 */
public final class DocxToMarkdown {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] MAIN_PART = "word/document".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern HEADING = Pattern.compile("^(?:heading|заголовок|заголовок|überschrift|titre|título)\\s*(\\d)$|^(title|название|назва|subtitle)$");
    private static final Pattern MONOSPACE = Pattern.compile("(?i).*(courier|consolas|mono|menlo|monaco|code).*");

    /** Thrown for a file that is a zip claiming to be a Word document but cannot be opened as one. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private final XWPFDocument document;
    private final MarkdownText.Builder out = new MarkdownText.Builder();
    private final Map<String, Integer> counters = new HashMap<>();
    private int paragraph;

    private DocxToMarkdown(XWPFDocument document) {
        this.document = document;
    }

    /** Whether the bytes begin as a zip archive does (a .docx is one). */
    public static boolean isZip(byte[] bytes) {
        if (bytes.length < 4) return false;
        for (int i = 0; i < 4; i++) if (bytes[i] != ZIP[i]) return false;
        return true;
    }

    /** The sentence for a file that is not, or no longer, a Word document it claims to be. */
    public static final String DAMAGED = "looks like a Word document (.docx) but cannot be opened: it is truncated or damaged; open it in Word or LibreOffice and save it again";

    /** A zip archive with a {@code word/document.xml} part: what Word, LibreOffice and Google Docs write. */
    public static boolean isDocx(byte[] bytes) {
        if (bytes.length < 4) return false;
        for (int i = 0; i < 4; i++) if (bytes[i] != ZIP[i]) return false;
        outer:
        for (int i = 0; i + MAIN_PART.length <= bytes.length; i++) {
            for (int k = 0; k < MAIN_PART.length; k++) if (bytes[i + k] != MAIN_PART[k]) continue outer;
            return true;
        }
        return false;
    }

    /** Converts a document; {@link Unreadable} says in plain words why it could not be opened. */
    public static MarkdownText convert(byte[] bytes) throws Unreadable {
        try (var document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var converter = new DocxToMarkdown(document);
            converter.body(document.getBodyElements());
            return converter.out.build();
        } catch (Exception | StackOverflowError e) { // POI's exceptions vary with the damage; none of them is for a user's eyes
            throw new Unreadable(DAMAGED);
        }
    }

    private void body(List<IBodyElement> elements) {
        var code = new ArrayList<String>();
        int codeStart = 1;
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                paragraph++;
                if (isCode(p)) {
                    if (code.isEmpty()) codeStart = paragraph;
                    code.add(p.getText().replace("\t", "    "));
                    continue;
                }
                flushCode(code, codeStart);
                paragraph(p);
            } else if (element instanceof XWPFTable t) {
                flushCode(code, codeStart);
                table(t);
            }
        }
        flushCode(code, codeStart);
    }

    private void paragraph(XWPFParagraph p) {
        int at = paragraph;
        String text = runs(p).strip();
        if (text.isEmpty()) {
            out.blank(at);
            return;
        }
        String style = styleName(p);
        Matcher heading = HEADING.matcher(style);
        if (heading.matches()) {
            int level = heading.group(1) != null ? Math.max(1, Math.min(6, Integer.parseInt(heading.group(1)))) : 1;
            out.blank(at);
            out.line("#".repeat(level) + " " + text.replace('\n', ' '), at);
            out.blank(at);
            return;
        }
        BigInteger numId = p.getNumID();
        if (numId != null) {
            int level = p.getNumIlvl() == null ? 0 : Math.max(0, Math.min(8, p.getNumIlvl().intValue()));
            String format = Objects.requireNonNullElse(p.getNumFmt(), "bullet");
            String marker;
            if (format.equals("bullet") || format.equals("none")) {
                marker = "- ";
            } else {
                String key = numId + ":" + level;
                int n = counters.merge(key, 1, Integer::sum);
                // a deeper level restarts when its parent moves on
                for (int deeper = level + 1; deeper <= 8; deeper++) counters.remove(numId + ":" + deeper);
                marker = n + ". ";
            }
            String indent = "   ".repeat(level);
            String pad = indent + " ".repeat(marker.length());
            var lines = text.split("\n");
            out.line(indent + marker + lines[0].strip(), at);
            for (int k = 1; k < lines.length; k++) if (!lines[k].isBlank()) out.line(pad + lines[k].strip(), at);
            return;
        }
        out.blank(at);
        boolean quote = style.contains("quote") || style.contains("цитата");
        for (String line : text.split("\n")) if (!line.isBlank()) out.line((quote ? "> " : "") + line.strip(), at);
        out.blank(at);
    }

    private void table(XWPFTable table) {
        var rows = table.getRows();
        int columns = 0;
        for (XWPFTableRow row : rows) columns = Math.max(columns, row.getTableCells().size());
        if (columns == 0) return;
        out.blank(paragraph + 1);
        boolean first = true;
        for (XWPFTableRow row : rows) {
            int at = paragraph + 1;
            var line = new StringBuilder("|");
            List<XWPFTableCell> cells = row.getTableCells();
            for (int c = 0; c < columns; c++) {
                String cell = "";
                if (c < cells.size()) {
                    var parts = new ArrayList<String>();
                    for (XWPFParagraph p : cells.get(c).getParagraphs()) {
                        paragraph++;
                        String t = runs(p).replace('\n', ' ').strip();
                        if (!t.isEmpty()) parts.add(t);
                    }
                    cell = String.join(" ", parts).replace("|", "\\|");
                }
                line.append(' ').append(cell).append(" |");
            }
            out.line(line.toString(), at);
            if (first) {
                out.line("|" + " --- |".repeat(columns), at);
                first = false;
            }
        }
        out.blank(paragraph);
    }

    /** A paragraph's runs as Markdown, neighbouring runs of one style joined under one mark. */
    private String runs(XWPFParagraph p) {
        var sb = new StringBuilder();
        String style = "";
        var pending = new StringBuilder();
        String url = null;
        for (IRunElement element : p.getIRuns()) {
            if (!(element instanceof XWPFRun run)) continue;
            String text = run.text();
            if (text == null || text.isEmpty()) continue;
            String runUrl = null;
            if (run instanceof XWPFHyperlinkRun link) {
                XWPFHyperlink target = link.getHyperlink(document);
                runUrl = target == null ? null : target.getURL();
            }
            String runStyle = (run.isBold() ? "**" : "") + (run.isItalic() ? "*" : "") + (isMonospace(run) ? "`" : "");
            if (!runStyle.equals(style) || !Objects.equals(runUrl, url)) {
                sb.append(mark(pending.toString(), style, url));
                pending.setLength(0);
                style = runStyle;
                url = runUrl;
            }
            pending.append(text);
        }
        sb.append(mark(pending.toString(), style, url));
        return sb.toString();
    }

    private static String mark(String text, String style, String url) {
        if (text.isBlank()) return text;
        String lead = text.substring(0, text.length() - text.stripLeading().length());
        String trail = text.substring(text.stripTrailing().length());
        String core = text.strip();
        if (style.contains("`")) core = "`" + core + "`";
        else if (!style.isEmpty() && !core.contains("\n")) core = style + core + new StringBuilder(style).reverse();
        if (url != null && !url.isBlank()) core = "[" + core + "](" + url.strip().replace(" ", "%20").replace(")", "%29") + ")";
        return lead + core + trail;
    }

    private boolean isCode(XWPFParagraph p) {
        String style = styleName(p);
        if (style.contains("code") || style.contains("preformatted") || style.contains("source")) return true;
        var runs = p.getRuns();
        if (runs.isEmpty() || p.getText().isBlank()) return false;
        for (XWPFRun run : runs) if (!run.text().isBlank() && !isMonospace(run)) return false;
        return true;
    }

    private static boolean isMonospace(XWPFRun run) {
        String font = run.getFontFamily();
        return font != null && MONOSPACE.matcher(font).matches();
    }

    private String styleName(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) return "";
        String name = id;
        var styles = document.getStyles();
        if (styles != null) {
            XWPFStyle style = styles.getStyle(id);
            if (style != null && style.getName() != null) name = style.getName();
        }
        String lower = name.toLowerCase(Locale.ROOT).strip();
        // "Heading1" as an id, "heading 1" as a name: both read as "heading 1"
        return lower.replaceAll("^(heading|заголовок)(\\d)$", "$1 $2");
    }

    private void flushCode(List<String> code, int start) {
        if (code.isEmpty()) return;
        out.blank(start);
        String fence = code.stream().anyMatch(l -> l.strip().startsWith("```")) ? "~~~~" : "```";
        out.line(fence, start);
        for (int k = 0; k < code.size(); k++) out.line(code.get(k), start + k);
        out.line(fence, start + code.size() - 1);
        out.blank(start + code.size() - 1);
        code.clear();
    }
}
