package prepdeck.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown document parsed once (CommonMark with GFM tables) and laid out as a tree of headed sections whose
 * bodies are the document's top-level blocks. A {@code <details>} block is one unit, whatever it holds
 * (headings inside it do not end the section). Line numbers are 0-based indexes into {@link #lines}.
 */
final class MarkdownTree {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final Parser INLINE = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern NO_SPACE_NUMBER = Pattern.compile("^(\\s*\\d{1,4}[.)])(?:\\u00A0|\\u2007|\\u202F)*(?=[^\\s\\d.)])");
    private static final Pattern NBSP_NUMBER = Pattern.compile("^(\\s*(?:\\d{1,4}[.)]|[-*+]))[\\u00A0\\u2007\\u202F]+");
    private static final Pattern MDX = Pattern.compile("^(?:import\\s+.+\\s+from\\s+['\"].+['\"];?|export\\s+(?:const|default)\\s.*|<[A-Z]\\w*(?:\\s[^>]*)?/>)\\s*$");
    private static final Pattern TOP_HEADING = Pattern.compile("^#{1,3}\\s+\\S.*");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+)");

    /** A block of the body: a CommonMark node, or a {@code <details>} block with its summary. */
    sealed interface Unit {
        int from();

        int to();
    }

    record Block(Node node, int from, int to) implements Unit {}

    record Details(String summary, String inner, int from, int to) implements Unit {}

    record Section(String title, int level, int line, List<Unit> body, List<Section> children) {
        boolean leaf() {
            return children.isEmpty();
        }
    }

    final List<String> lines;
    final Section root;
    /** The document's title: its front matter's "title:", else its only level-1 heading. */
    final String title;
    /** Its front matter's short name for it ("sidebar_label: Hash table"), else its front matter's title, else "". */
    final String label;

    /** "line:marker" of each code fence that is never closed. */
    final List<String> unclosed;

    private MarkdownTree(List<String> lines, Section root, String title, String label, List<String> unclosed) {
        this.unclosed = unclosed;
        this.label = label;
        this.lines = lines;
        this.root = root;
        this.title = title;
    }

    static MarkdownTree parse(List<String> source) {
        List<String> original = Admonitions.rewrite(source);
        var lines = new ArrayList<String>(original.size());
        String frontTitle = "", frontLabel = "";
        int start = 0;
        if (!original.isEmpty() && original.getFirst().strip().equals("---")) {
            for (int i = 1; i < original.size() && i < 200; i++) {
                if (original.get(i).strip().equals("---") || original.get(i).strip().equals("...")) {
                    for (int k = 1; k < i; k++) {
                        String l = original.get(k);
                        if (l.startsWith("title:")) frontTitle = l.substring(6).strip().replaceAll("^[\"']|[\"']$", "");
                        if (l.startsWith("sidebar_label:")) frontLabel = l.substring(14).strip().replaceAll("^[\"']|[\"']$", "");
                    }
                    for (int k = 0; k <= i; k++) lines.add("");
                    start = i + 1;
                    break;
                }
            }
        }
        boolean fence = false;
        String marker = "";
        for (int i = start; i < original.size(); i++) {
            String l = original.get(i);
            var f = FENCE.matcher(l);
            if (f.lookingAt()) {
                if (!fence) {
                    fence = true;
                    marker = f.group(1);
                } else if (l.strip().startsWith(marker) && l.strip().replace(marker.substring(0, 1), "").isEmpty()) {
                    fence = false;
                }
            } else if (!fence) {
                l = NBSP_NUMBER.matcher(l).replaceFirst("$1 ");
                l = NO_SPACE_NUMBER.matcher(l).replaceFirst("$1 ");
                if (MDX.matcher(l).matches()) l = "";
            }
            lines.add(l);
        }
        Document doc = (Document) PARSER.parse(String.join("\n", lines));
        var unclosed = new ArrayList<String>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof FencedCodeBlock f) || f.getClosingFenceLength() != null) continue;
            // a fence left open ends where its section ends: before the next heading that opens a line after a blank line
            int open = from(n);
            for (int k = open + 2; k < lines.size(); k++) {
                if (lines.get(k - 1).isBlank() && TOP_HEADING.matcher(lines.get(k)).matches()) {
                    lines.set(k - 1, String.valueOf(f.getFenceChar()).repeat(f.getFenceLength()));
                    doc = (Document) PARSER.parse(String.join("\n", lines));
                    break;
                }
            }
            unclosed.add((open + 1) + ":" + String.valueOf(f.getFenceChar()).repeat(f.getFenceLength()));
            break;
        }
        for (Node n = doc.getFirstChild(); n != null; n = next(n, doc)) {
            if (n instanceof FencedCodeBlock f && f.getClosingFenceLength() == null) {
                String at = (from(n) + 1) + ":" + String.valueOf(f.getFenceChar()).repeat(f.getFenceLength());
                if (!unclosed.contains(at)) unclosed.add(at);
            }
        }
        var root = new Section("", 0, 0, new ArrayList<>(), new ArrayList<>());
        var stack = new ArrayDeque<Section>();
        stack.push(root);
        String h1 = null;
        int h1Count = 0;
        int depth = 0, detailsFrom = -1;
        var summary = new StringBuilder();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            int from = from(n), to = to(n);
            String html = n instanceof HtmlBlock h ? h.getLiteral() : "";
            if (depth > 0) {
                depth += count(html, "<details") - count(html, "</details>");
                if (depth <= 0) {
                    depth = 0;
                    stack.peek().body().add(details(lines, detailsFrom, to));
                }
                continue;
            }
            if (n instanceof HtmlBlock && count(html, "<details") > 0 && closed(n, html)) {
                depth = count(html, "<details") - count(html, "</details>");
                detailsFrom = from;
                if (depth <= 0) {
                    depth = 0;
                    stack.peek().body().add(details(lines, from, to));
                }
                continue;
            }
            if (n instanceof Heading h) {
                String text = plain(h);
                if (h.getLevel() == 1) {
                    h1Count++;
                    if (h1 == null) h1 = text;
                }
                while (stack.peek().level() >= h.getLevel()) stack.pop();
                var s = new Section(text, h.getLevel(), from, new ArrayList<>(), new ArrayList<>());
                stack.peek().children().add(s);
                stack.push(s);
                continue;
            }
            stack.peek().body().add(new Block(n, from, to));
        }
        if (depth > 0) stack.peek().body().add(details(lines, detailsFrom, lines.size() - 1));
        String title = !frontTitle.isEmpty() ? frontTitle : h1Count == 1 ? h1 : "";
        return new MarkdownTree(lines, root, title, !frontLabel.isEmpty() ? frontLabel : frontTitle, unclosed);
    }

    private static Node next(Node node, Node root) {
        if (node.getFirstChild() != null) return node.getFirstChild();
        for (Node n = node; n != null && n != root; n = n.getParent()) {
            if (n.getNext() != null) return n.getNext();
        }
        return null;
    }

    /** Whether a {@code <details>} opened here is closed before the next one opens; one never closed is plain HTML. */
    private static boolean closed(Node open, String html) {
        if (count(html, "<details") <= count(html, "</details>")) return true;
        for (Node n = open.getNext(); n != null; n = n.getNext()) {
            if (!(n instanceof HtmlBlock h)) continue;
            if (count(h.getLiteral(), "</details>") > 0) return true;
            if (count(h.getLiteral(), "<details") > 0) return false;
        }
        return false;
    }

    private static Details details(List<String> lines, int from, int to) {
        String html = String.join("\n", lines.subList(from, Math.min(to + 1, lines.size())));
        String lower = html.toLowerCase(Locale.ROOT);
        String summary = "";
        int s = lower.indexOf("<summary");
        int e = lower.indexOf("</summary>");
        if (s >= 0 && e > s) {
            int open = lower.indexOf('>', s);
            summary = plain(html.substring(open + 1, e).replaceAll("<[^>]+>", ""));
        }
        int close = lower.lastIndexOf("</details>");
        int begin = e >= 0 ? e + "</summary>".length() : Math.max(0, lower.indexOf('>', lower.indexOf("<details")) + 1);
        String inner = html.substring(Math.min(begin, html.length()), close > begin ? close : html.length());
        return new Details(summary, Noise.detailsBody(inner), from, to);
    }

    private static int count(String s, String what) {
        int n = 0;
        String l = s.toLowerCase(Locale.ROOT);
        for (int i = l.indexOf(what); i >= 0; i = l.indexOf(what, i + 1)) n++;
        return n;
    }

    static int from(Node n) {
        var spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.getFirst().getLineIndex();
    }

    static int to(Node n) {
        var spans = n.getSourceSpans();
        return spans.isEmpty() ? from(n) : spans.getLast().getLineIndex();
    }

    /** The source lines of {@code from..to}, as written. */
    String source(int from, int to) {
        return String.join("\n", lines.subList(Math.max(0, from), Math.min(lines.size(), to + 1)));
    }

    /** The text of a node without Markdown markup (inline code keeps its backticks; images are dropped). */
    static String plain(Node node) {
        var sb = new StringBuilder();
        appendPlain(node, sb);
        return sb.toString().replaceAll("[ \\t\\u00A0]+", " ").strip();
    }

    /** The text of a line or paragraph of Markdown without its markup. */
    static String plain(String markdown) {
        String t = markdown.strip();
        if (t.isEmpty()) return "";
        Node doc = INLINE.parse(t.replaceAll("^#{1,6}\\s+", ""));
        return withoutTags(plain(doc)).replaceAll("\\s+", " ").strip();
    }

    /** HTML tags (a known element's) left out of text, but not from code spans: "`<div>`" and "&lt;role&gt;" stay. */
    private static final Pattern TAG = Pattern.compile(
            "</?(?:details|summary|p|br|hr|a|div|img|b|i|u|s|em|strong|span|sup|sub|code|kbd|mark|small|del|ins|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|pre|center|font)\\b[^>]{0,200}>",
            Pattern.CASE_INSENSITIVE);

    private static String withoutTags(String text) {
        String[] parts = text.split("`", -1);
        var out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) out.append('`');
            boolean code = i % 2 == 1 && i < parts.length - 1;
            out.append(code ? parts[i] : TAG.matcher(parts[i]).replaceAll(""));
        }
        return out.toString();
    }

    private static void appendPlain(Node node, StringBuilder sb) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            switch (c) {
                case Text t -> sb.append(t.getLiteral());
                case Code code -> sb.append('`').append(code.getLiteral()).append('`');
                case SoftLineBreak s -> sb.append(' ');
                case HardLineBreak h -> sb.append(' ');
                case Image i -> { }
                case org.commonmark.node.StrongEmphasis s when "__".equals(s.getOpeningDelimiter()) && plain(s).matches("\\w+") ->
                        sb.append("__").append(plain(s)).append("__"); // __slots__ is a name, not bold "slots"
                case HtmlInline h -> { }
                case org.commonmark.node.Block b -> {
                    if (!sb.isEmpty()) sb.append(' ');
                    appendPlain(c, sb);
                }
                default -> appendPlain(c, sb);
            }
        }
    }
}
