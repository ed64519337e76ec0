package prepdeck.ingest.convert;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * An HTML page (saved from the web, or a Notion or Google Docs export) turned into Markdown with jsoup:
 * headings, paragraphs, lists, quotes, code, tables and {@code <details>} keep their shape; scripts, styles,
 * navigation and forms are left out. Each Markdown line keeps the line of the HTML it came from. jsoup
 * repairs malformed markup the way a browser does; the first thing it had to repair is reported.
 */
public final class HtmlToMarkdown {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "nav", "footer", "head", "svg",
            "button", "form", "iframe", "select", "input", "textarea", "canvas", "object", "embed", "audio", "video", "map", "title");
    private static final Set<String> CODE = Set.of("code", "kbd", "samp", "tt", "var");
    private static final Pattern LANGUAGE = Pattern.compile("(?:^|\\s)(?:language|lang|highlight-source|brush:?)-?([\\w+#-]+)");
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f\\x0B]+");
    private static final Pattern CSS_RULE = Pattern.compile("\\.([\\w-]{1,64})\\s*\\{([^}]{0,2000})}");
    private static final Pattern END_TAG = Pattern.compile("EndTag token \\[</?([\\w:-]+)");
    /** Elements nested deeper than this are read as their plain text: no page can exhaust the stack. */
    private static final int MAX_DEPTH = 48;
    private static final int MAX_ERRORS = 16;

    /** CSS classes that make text bold, italic or monospace: Google Docs marks emphasis and code only so. */
    private final java.util.Map<String, String> classMarks;

    private HtmlToMarkdown(java.util.Map<String, String> classMarks) {
        this.classMarks = classMarks;
    }

    private static java.util.Map<String, String> classMarks(org.jsoup.nodes.Document document) {
        var marks = new java.util.HashMap<String, String>();
        for (Element style : document.select("style")) {
            Matcher rule = CSS_RULE.matcher(style.data());
            while (rule.find()) {
                String body = rule.group(2).toLowerCase(Locale.ROOT).replace(" ", "");
                String mark = body.matches("(?s).*font-family:[^;]*(courier|consolas|mono|menlo).*") ? "`"
                        : body.contains("font-weight:700") || body.contains("font-weight:bold") ? "**"
                        : body.contains("font-style:italic") ? "*" : null;
                if (mark != null) marks.put(rule.group(1), mark);
            }
        }
        return marks;
    }

    /** Whether text is an HTML page rather than Markdown that uses a few tags: a doctype or {@code <html>}, or markup on most lines. */
    public static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        if (head.startsWith("\uFEFF")) head = head.substring(1).stripLeading();
        String start = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml") && start.contains("<html")) return true;
        if (!start.startsWith("<") || start.startsWith("<details") || start.startsWith("<!--")) return false;
        int nonBlank = 0, tagged = 0;
        boolean blockTag = false;
        for (String line : text.lines().limit(2000).toList()) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (l.startsWith("```") || l.startsWith("~~~") || l.matches("#{1,6}\\s.*")) return false;
            nonBlank++;
            if (l.startsWith("<")) tagged++;
            String lower = l.toLowerCase(Locale.ROOT);
            if (lower.contains("</p>") || lower.contains("</div>") || lower.contains("</li>") || lower.matches(".*</h[1-6]>.*")) blockTag = true;
        }
        return blockTag && tagged * 10 >= nonBlank * 6;
    }

    /** Converts a page. Never throws; what it cannot place stays as text. */
    public static MarkdownText convert(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(MAX_ERRORS).setTrackPosition(true);
        var document = Jsoup.parse(html, "", parser);
        var out = new MarkdownText.Builder();
        var errors = parser.getErrors();
        if (!errors.isEmpty()) {
            ParseError first = errors.getFirst();
            int line = lineAt(html, first.getPosition());
            out.problem(line, "malformed HTML (" + (errors.size() >= MAX_ERRORS ? "at least " : "") + errors.size()
                    + (errors.size() == 1 ? " place" : " places") + " to repair; the first: " + describe(first) + "); read the way a browser reads it");
        }
        Element root = document.body();
        Element main = document.selectFirst("main, article, [role=main]");
        if (main != null) root = main;
        // a Notion or saved page keeps its title outside <main>: it names the page's topic
        Element title = document.selectFirst("h1");
        var converter = new HtmlToMarkdown(classMarks(document));
        if (main != null && title != null && !main.equals(title) && !title.parents().contains(main)) {
            out.line("# " + converter.inline(title, 0).replace('\n', ' ').strip(), lineOf(title, 1));
            out.blank(lineOf(title, 1));
        }
        converter.blocks(root, 0, out, lineOf(root, 1));
        return out.build();
    }

    private void blocks(Element parent, int depth, MarkdownText.Builder b, int parentLine) {
        blocks(parent.childNodes(), depth, b, parentLine);
    }

    private void blocks(List<Node> nodes, int depth, MarkdownText.Builder b, int parentLine) {
        var paragraph = new StringBuilder();
        int[] paragraphLine = {parentLine};
        for (Node node : nodes) {
            int line = lineOf(node, parentLine);
            if (node instanceof TextNode t) {
                if (paragraph.isEmpty() || paragraph.toString().isBlank()) paragraphLine[0] = line;
                paragraph.append(collapse(t.getWholeText()));
                continue;
            }
            if (!(node instanceof Element e)) continue;
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || e.hasClass("icon") || e.hasAttr("hidden") || "display:none".equals(e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT))) continue;
            if (tag.equals("br")) {
                paragraph.append('\n');
                continue;
            }
            if (isInline(e)) {
                if (paragraph.isEmpty() || paragraph.toString().isBlank()) paragraphLine[0] = line;
                paragraph.append(styled(e, tag, depth + 1));
                continue;
            }
            flush(paragraph, paragraphLine[0], b);
            if (depth >= MAX_DEPTH) {
                b.line(collapse(e.text()).strip(), line);
                b.blank(line);
                continue;
            }
            block(e, tag, depth, b, line);
        }
        flush(paragraph, paragraphLine[0], b);
    }

    private void block(Element e, String tag, int depth, MarkdownText.Builder b, int line) {
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = inline(e, depth + 1).replace('\n', ' ').strip();
                if (text.isEmpty()) return;
                b.blank(line);
                b.line("#".repeat(tag.charAt(1) - '0') + " " + text, line);
                b.blank(line);
            }
            case "pre" -> {
                Element code = e.selectFirst("code");
                String language = language(e.className() + " " + (code == null ? "" : code.className()) + " " + (e.parent() == null ? "" : e.parent().className()));
                String text = e.wholeText();
                if (text.startsWith("\n")) text = text.substring(1);
                List<String> codeLines = text.stripTrailing().lines().toList();
                String fence = codeLines.stream().anyMatch(l -> l.strip().startsWith("```")) ? "~~~~" : "```";
                b.blank(line);
                b.line(fence + language, line);
                for (int k = 0; k < codeLines.size(); k++) b.line(codeLines.get(k), line + k);
                b.line(fence, line + Math.max(0, codeLines.size() - 1));
                b.blank(line);
            }
            case "ul", "ol", "menu", "dir" -> {
                int number = tag.equals("ol") ? parseStart(e.attr("start")) : 0;
                b.blank(line);
                for (Element item : e.children()) {
                    int itemLine = lineOf(item, line);
                    var inner = new MarkdownText.Builder();
                    if (item.normalName().equals("li")) blocks(item, depth + 1, inner, itemLine);
                    else if (item.normalName().equals("ul") || item.normalName().equals("ol")) block(item, item.normalName(), depth + 1, inner, itemLine);
                    else blocks(item, depth + 1, inner, itemLine);
                    String marker = tag.equals("ol") ? (number++) + ". " : "- ";
                    if (inner.size() == 0) continue;
                    prefixed(inner, item.normalName().equals("li") ? marker : "  ", " ".repeat(marker.length()), b);
                }
                b.blank(line);
            }
            case "blockquote" -> {
                var inner = new MarkdownText.Builder();
                blocks(e, depth + 1, inner, line);
                b.blank(line);
                prefixed(inner, "> ", "> ", b);
                b.blank(line);
            }
            case "details" -> {
                Element summary = e.selectFirst("> summary");
                b.blank(line);
                b.line("<details>", line);
                if (summary != null) b.line("<summary>" + inline(summary, depth + 1).replace('\n', ' ').strip() + "</summary>", lineOf(summary, line));
                b.blank(line);
                blocks(e.childNodes().stream().filter(child -> child != summary).toList(), depth + 1, b, line);
                b.blank(line);
                b.line("</details>", line);
                b.blank(line);
            }
            case "table" -> table(e, depth, b, line);
            case "hr" -> b.blank(line);
            case "img" -> {
                b.blank(line);
                b.line(image(e), line);
                b.blank(line);
            }
            case "dt" -> {
                b.blank(line);
                b.line("**" + inline(e, depth + 1).replace('\n', ' ').strip() + "**", line);
            }
            case "p" -> {
                b.blank(line);
                blocks(e, depth + 1, b, line);
                b.blank(line);
            }
            default -> blocks(e, depth + 1, b, line);
        }
    }

    private void table(Element table, int depth, MarkdownText.Builder b, int line) {
        var rows = table.select("tr");
        if (rows.isEmpty()) return;
        int columns = 0;
        for (Element row : rows) columns = Math.max(columns, row.select("> th, > td").size());
        if (columns == 0) return;
        b.blank(line);
        boolean first = true;
        for (Element row : rows) {
            var cells = row.select("> th, > td");
            var text = new StringBuilder("|");
            for (int c = 0; c < columns; c++) {
                String cell = c < cells.size() ? inline(cells.get(c), depth + 1).replace('\n', ' ').strip().replace("|", "\\|") : "";
                text.append(' ').append(cell).append(" |");
            }
            b.line(text.toString(), lineOf(row, line));
            if (first) {
                b.line("|" + " --- |".repeat(columns), lineOf(row, line));
                first = false;
            }
        }
        b.blank(line);
    }

    /** An element's inline content as Markdown; blocks inside it are read as text. */
    private String inline(Element e, int depth) {
        if (depth >= MAX_DEPTH) return collapse(e.text());
        var sb = new StringBuilder();
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                sb.append(collapse(t.getWholeText()));
            } else if (node instanceof Element child) {
                String tag = child.normalName();
                if (SKIPPED.contains(tag) || child.hasClass("icon")) continue;
                if (tag.equals("br")) {
                    sb.append('\n');
                    continue;
                }
                sb.append(styled(child, tag, depth));
            }
        }
        return sb.toString();
    }

    private String styled(Element e, String tag, int depth) {
        if (tag.equals("img")) return image(e);
        if (CODE.contains(tag)) {
            String code = e.text();
            return code.isBlank() ? code : code.contains("`") ? "`` " + code + " ``" : "`" + code + "`";
        }
        String inner = inline(e, depth + 1);
        if (inner.isBlank()) return inner;
        String lead = inner.substring(0, inner.length() - inner.stripLeading().length());
        String trail = inner.substring(inner.stripTrailing().length());
        String core = inner.strip();
        return switch (tag) {
            case "strong", "b" -> lead + "**" + core + "**" + trail;
            case "em", "i", "cite", "dfn" -> lead + "*" + core + "*" + trail;
            case "s", "del", "strike" -> lead + "~~" + core + "~~" + trail;
            case "a" -> {
                String href = link(e.attr("href"));
                yield href.isEmpty() || href.equals(core) ? inner : lead + "[" + core + "](" + href + ")" + trail;
            }
            default -> {
                String mark = classMark(e);
                if (mark == null) yield isInline(e) ? inner : " " + inner.strip() + " ";
                yield mark.equals("`") ? lead + (core.contains("`") ? "`` " + core + " ``" : "`" + core + "`") + trail : lead + mark + core + mark + trail;
            }
        };
    }

    private String classMark(Element e) {
        if (classMarks.isEmpty() || !e.hasAttr("class")) return null;
        String found = null;
        for (String c : e.classNames()) {
            String mark = classMarks.get(c);
            if ("`".equals(mark)) return mark;
            if (mark != null && found == null) found = mark;
        }
        return found;
    }

    private static String image(Element img) {
        String src = img.attr("src").strip();
        if (src.isEmpty() || src.startsWith("data:")) return img.attr("alt").strip();
        return "![" + img.attr("alt").strip().replace("]", "") + "](" + src.replace(" ", "%20").replace(")", "%29") + ")";
    }

    /** A link's target; Google Docs wraps every link in a redirect, which is unwrapped. */
    private static String link(String href) {
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#") || h.toLowerCase(Locale.ROOT).startsWith("javascript:")) return "";
        if (h.startsWith("https://www.google.com/url?")) {
            for (String part : h.substring(h.indexOf('?') + 1).split("&")) {
                if (part.startsWith("q=")) {
                    try {
                        return URLDecoder.decode(part.substring(2), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException e) {
                        return h;
                    }
                }
            }
        }
        return h.replace(" ", "%20").replace(")", "%29");
    }

    private static void flush(StringBuilder paragraph, int line, MarkdownText.Builder b) {
        if (paragraph.toString().isBlank()) {
            paragraph.setLength(0);
            return;
        }
        for (String l : paragraph.toString().split("\n")) {
            String s = l.strip();
            if (!s.isEmpty()) b.line(s, line);
        }
        b.blank(line);
        paragraph.setLength(0);
    }

    private static void prefixed(MarkdownText.Builder inner, String first, String rest, MarkdownText.Builder b) {
        var built = inner.build();
        int start = 0, end = built.lines().size();
        while (start < end && built.lines().get(start).isBlank()) start++;
        while (end > start && built.lines().get(end - 1).isBlank()) end--;
        for (int k = start; k < end; k++) {
            String l = built.lines().get(k);
            String prefix = k == start ? first : rest;
            b.line(l.isBlank() ? prefix.stripTrailing() : prefix + l, built.origin()[k]);
        }
    }

    private static boolean isInline(Element e) {
        String tag = e.normalName();
        if (tag.equals("img")) return true;
        return e.tag().isInline() && !Set.of("p", "div", "li", "ul", "ol", "table", "pre", "blockquote", "details", "hr", "dl", "dt", "dd").contains(tag)
                && e.select("p, div, ul, ol, table, pre, blockquote, h1, h2, h3, h4, h5, h6, details").isEmpty();
    }

    private static String language(String classes) {
        Matcher m = LANGUAGE.matcher(classes);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static int parseStart(String start) {
        try {
            int n = Integer.parseInt(start.strip());
            return n >= 0 && n < 1_000_000 ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ");
    }

    private static int lineOf(Node node, int fallback) {
        var range = node.sourceRange();
        int line = range.isTracked() ? range.start().lineNumber() : -1;
        return line >= 1 ? line : fallback;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static String describe(ParseError error) {
        String message = error.getErrorMessage();
        Matcher endTag = END_TAG.matcher(message);
        if (message.contains("EndTag") && endTag.find()) return "a closing tag </" + endTag.group(1) + "> with nothing open to close";
        if (message.contains("EOF")) return "the file ends inside a tag, a comment or an open element";
        if (message.toLowerCase(Locale.ROOT).contains("unclosed") || message.contains("not closed")) return "an element that is never closed";
        if (message.contains("StartTag")) return "a tag where it cannot stand";
        if (message.contains("character reference") || message.contains("entity")) return "a malformed character reference (&…;)";
        return "markup a browser has to guess at";
    }
}
