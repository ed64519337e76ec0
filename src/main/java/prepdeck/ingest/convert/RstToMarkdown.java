package prepdeck.ingest.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * reStructuredText as people write notes in it, turned into Markdown: underlined (and overlined) headings,
 * {@code .. code::} directives and {@code ::} literal blocks as fenced code, bullet and enumerated lists,
 * admonitions ({@code .. note::}) as quotes with a bold title, images, and inline markup (``literal``,
 * {@code `text <url>`_}, roles). No maintained reStructuredText reader exists for Java, so this is a small
 * converter for that subset; other directives keep their text, and {@code .. toctree::}, {@code .. meta::},
 * comments and link targets are left out. A sentence ending in "::" loses one colon, as docutils prints it.
 */
public final class RstToMarkdown {
    private static final Pattern DIRECTIVE = Pattern.compile("^(\\s*)\\.\\.\\s+([\\w.+:-]+?)::(?:\\s+(.*))?$");
    private static final Pattern ATX = Pattern.compile("^#{1,6}\\s+\\S.*");
    private static final Pattern EXPLICIT = Pattern.compile("^(\\s*)\\.\\.(?:\\s.*)?$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([-*+\u2022\u2023\u2043])(\\s+)(\\S.*)$");
    private static final Pattern ENUMERATED = Pattern.compile("^(\\s*)(\\(?(\\d{1,4}|#|[a-zA-Z])[.)])(\\s+)(\\S.*)$");
    private static final Pattern ADORNMENT = Pattern.compile("^([!-/:-@\\[-`{-~])\\1{2,}\\s*$");
    private static final Pattern OPTION = Pattern.compile("^\\s*:[\\w -]+:.*$");
    private static final Pattern GRID_TABLE = Pattern.compile("^\\s*\\+[-=+]+\\+\\s*$");
    private static final Pattern SIMPLE_TABLE = Pattern.compile("^\\s*=+( +=+)+\\s*$");
    private static final Pattern LITERAL = Pattern.compile("``(.+?)``");
    private static final Pattern ROLE = Pattern.compile(":([\\w.+-]+(?::[\\w.+-]+)*):`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("`([^`<]*?)\\s*<([^>`]+)>`__?");
    private static final Pattern NAMED_REFERENCE = Pattern.compile("`([^`]+)`__?");
    private static final Pattern INTERPRETED = Pattern.compile("`([^`]+)`");
    private static final Pattern FOOTNOTE = Pattern.compile("\\s?\\[(?:#[\\w-]*|\\*|\\d+|[A-Za-z][\\w.-]*)]_");
    /** Directives whose content is not note text. */
    private static final List<String> SKIPPED = List.of("toctree", "meta", "contents", "index", "raw", "include", "highlight",
            "sectnum", "tabularcolumns", "literalinclude", "target-notes", "header", "footer", "autosummary", "automodule",
            "autoclass", "autofunction", "default-role", "role", "title", "only-html-comment");
    private static final List<String> CODE = List.of("code", "code-block", "sourcecode", "ipython", "doctest", "testcode", "parsed-literal", "math");
    private static final List<String> ADMONITIONS = List.of("note", "warning", "tip", "important", "hint", "caution", "attention",
            "danger", "error", "seealso", "todo", "admonition", "versionadded", "versionchanged", "deprecated", "topic", "sidebar", "rubric");
    /** Nesting deeper than this (quotes in lists in directives …) is kept as plain text: no input can exhaust the stack. */
    private static final int MAX_DEPTH = 12;

    private final MarkdownText.Builder out = new MarkdownText.Builder();
    /** Heading styles in order of first use: the first one seen is level 1 ("=" underline, "#" overline and underline, …). */
    private final List<String> styles = new ArrayList<>();

    private RstToMarkdown() {}

    /** Whether text reads as reStructuredText rather than Markdown or prose: directives or "::" literal blocks, with headings. */
    public static boolean looksLikeRst(List<String> lines) {
        // directives and literal blocks both need a line that opens with ".." or ends with "::"
        if (lines.stream().noneMatch(l -> l.stripLeading().startsWith("..") || l.stripTrailing().endsWith("::"))) return false;
        int directives = 0, literals = 0, underlined = 0, atx = 0, fences = 0, markdownLinks = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) fences++;
            else if (ATX.matcher(line).matches()) atx++;
            if (line.contains("](")) markdownLinks++;
            if (DIRECTIVE.matcher(line).matches()) directives++;
            if (line.stripTrailing().endsWith("::") && nextNonBlankIndented(lines, i)) literals++;
            if (i + 1 < lines.size() && isUnderline(line, lines.get(i + 1)) && (i == 0 || lines.get(i - 1).isBlank())) underlined++;
        }
        if (fences > 0 || atx >= 2 || markdownLinks > 2) return false;
        return directives + literals >= 2 || (directives + literals >= 1 && underlined >= 1);
    }

    /** Converts a whole document. Never throws on odd input; what it cannot place stays as text. */
    public static MarkdownText convert(List<String> lines) {
        var converter = new RstToMarkdown();
        int[] origin = new int[lines.size()];
        for (int i = 0; i < origin.length; i++) origin[i] = i + 1;
        converter.block(lines, origin, 0, converter.out);
        return converter.out.build();
    }

    private void block(List<String> lines, int[] origin, int depth, MarkdownText.Builder b) {
        int n = lines.size();
        int i = 0;
        int autoNumber = 0; // "#." items are numbered in turn
        while (i < n) {
            String line = lines.get(i);
            int at = origin[i];
            if (!line.isBlank() && !ENUMERATED.matcher(line).matches()) autoNumber = 0;
            if (line.isBlank()) {
                b.blank(at);
                i++;
                continue;
            }
            int indent = indentOf(line);
            if (depth >= MAX_DEPTH) {
                b.line(inline(line.strip()), at);
                i++;
                continue;
            }
            Matcher directive = DIRECTIVE.matcher(line);
            if (directive.matches()) {
                int end = blockEnd(lines, i + 1, indent);
                directive(directive.group(2).toLowerCase(Locale.ROOT), directive.group(3) == null ? "" : directive.group(3).strip(),
                        lines.subList(i + 1, end), Arrays.copyOfRange(origin, i + 1, end), at, depth, b);
                i = end;
                continue;
            }
            if (EXPLICIT.matcher(line).matches()) { // a comment, a link target, a footnote, a substitution definition
                i = blockEnd(lines, i + 1, indent);
                continue;
            }
            if (indent == 0 && ADORNMENT.matcher(line).matches() && i + 2 < n && !lines.get(i + 1).isBlank()
                    && lines.get(i + 2).strip().equals(line.strip())) {
                heading("o" + line.charAt(0), lines.get(i + 1).strip(), origin[i + 1], b);
                i += 3;
                continue;
            }
            if (indent == 0 && i + 1 < n && isUnderline(line, lines.get(i + 1))) {
                heading("u" + lines.get(i + 1).charAt(0), line.strip(), at, b);
                i += 2;
                continue;
            }
            if (ADORNMENT.matcher(line).matches() && line.strip().length() >= 4) { // a transition
                b.blank(at);
                i++;
                continue;
            }
            if (GRID_TABLE.matcher(line).matches() || SIMPLE_TABLE.matcher(line).matches()) {
                i = table(lines, origin, i, b);
                continue;
            }
            Matcher item = BULLET.matcher(line);
            Matcher number = ENUMERATED.matcher(line);
            boolean bullet = item.matches();
            if (bullet || number.matches() && !number.group(3).matches("[a-zA-Z]") ) {
                if (!bullet && number.group(3).equals("#")) autoNumber++;
                i = listItem(lines, origin, i, bullet ? item : number, bullet, autoNumber, depth, b);
                continue;
            }
            if (indent > 0) { // an indented block outside a list is a block quote
                int end = blockEnd(lines, i, 0);
                var inner = new MarkdownText.Builder();
                block(dedent(lines.subList(i, end)), Arrays.copyOfRange(origin, i, end), depth + 1, inner);
                prefixed(inner, "> ", "> ", b);
                b.blank(origin[end - 1]);
                i = end;
                continue;
            }
            i = paragraph(lines, origin, i, depth, b);
        }
    }

    private int paragraph(List<String> lines, int[] origin, int start, int depth, MarkdownText.Builder b) {
        int n = lines.size();
        int indent = indentOf(lines.get(start));
        int i = start;
        while (i < n && !lines.get(i).isBlank() && indentOf(lines.get(i)) == indent) {
            if (i > start && (DIRECTIVE.matcher(lines.get(i)).matches() || BULLET.matcher(lines.get(i)).matches() && lines.get(i - 1).isBlank())) break;
            i++;
        }
        if (i == start) i = start + 1;
        boolean literal = false;
        for (int k = start; k < i; k++) {
            String text = lines.get(k).strip();
            if (k == i - 1 && text.endsWith("::")) {
                literal = true;
                if (text.equals("::")) continue;
                text = text.endsWith(" ::") ? text.substring(0, text.length() - 3).stripTrailing() : text.substring(0, text.length() - 1);
            }
            b.line(inline(text), origin[k]);
        }
        if (i < n && !lines.get(i).isBlank() && indentOf(lines.get(i)) > indent && !literal) {
            // a definition list: the term, then its definition below it
            int end = blockEnd(lines, i, indent);
            b.blank(origin[i]);
            block(dedent(lines.subList(i, end)), Arrays.copyOfRange(origin, i, end), depth + 1, b);
            return end;
        }
        if (literal) {
            int j = i;
            while (j < n && lines.get(j).isBlank()) j++;
            if (j < n && indentOf(lines.get(j)) > indent) {
                int end = blockEnd(lines, j, indent);
                b.blank(origin[j]);
                fenced("", dedent(lines.subList(j, end)), Arrays.copyOfRange(origin, j, end), origin[j], b);
                return end;
            }
        }
        return i;
    }

    private int listItem(List<String> lines, int[] origin, int start, Matcher m, boolean bullet, int autoNumber, int depth, MarkdownText.Builder b) {
        int indent = m.group(1).length();
        String marker = m.group(2);
        String spaces = bullet ? m.group(3) : m.group(4);
        String rest = bullet ? m.group(4) : m.group(5);
        int contentColumn = indent + marker.length() + spaces.length();
        int end = start + 1;
        int last = start + 1;
        while (end < lines.size()) {
            String l = lines.get(end);
            if (l.isBlank()) { end++; continue; }
            if (indentOf(l) >= contentColumn) { end++; last = end; continue; }
            break;
        }
        var body = new ArrayList<String>();
        body.add(rest);
        for (int k = start + 1; k < last; k++) {
            String l = lines.get(k);
            body.add(l.isBlank() ? "" : l.substring(Math.min(contentColumn, indentOf(l))));
        }
        var inner = new MarkdownText.Builder();
        block(body, Arrays.copyOfRange(origin, start, last), depth + 1, inner);
        String out = bullet ? "-" : marker.startsWith("(") ? marker.substring(1, marker.length() - 1) + "." : marker.replace(')', '.');
        if (out.startsWith("#")) out = Math.max(1, autoNumber) + ".";
        if (!bullet && !out.matches("\\d+\\.")) out = "-";
        String pad = " ".repeat(out.length() + 1);
        prefixed(inner, out + " ", pad, b);
        return last;
    }

    private void directive(String name, String argument, List<String> body, int[] origin, int at, int depth, MarkdownText.Builder b) {
        if (SKIPPED.contains(name) || name.startsWith("auto")) return;
        int firstContent = 0;
        while (firstContent < body.size() && (body.get(firstContent).isBlank() || OPTION.matcher(body.get(firstContent)).matches())) firstContent++;
        List<String> content = dedent(body.subList(firstContent, body.size()));
        int[] contentOrigin = Arrays.copyOfRange(origin, firstContent, body.size());
        b.blank(at);
        if (CODE.contains(name)) {
            String language = name.equals("math") ? "latex" : argument.split("\\s+")[0];
            fenced(language.matches("[\\w+#.-]*") ? language : "", content, contentOrigin, at, b);
            b.blank(at);
        } else if (name.equals("image") || name.equals("figure")) {
            b.line("![](" + argument.replace(" ", "%20") + ")", at);
            if (!content.isEmpty()) {
                b.blank(at);
                block(content, contentOrigin, depth + 1, b);
            }
        } else if (ADMONITIONS.contains(name)) {
            String title = name.equals("admonition") || name.equals("topic") || name.equals("sidebar") || name.equals("rubric")
                    ? argument : name.equals("seealso") ? "See also" : capitalised(name);
            var inner = new MarkdownText.Builder();
            if (!title.isEmpty()) inner.line("**" + inline(title) + "**", at);
            if (!argument.isEmpty() && !title.equals(argument)) {
                inner.blank(at);
                inner.line(inline(argument), at);
            }
            if (!content.isEmpty()) {
                inner.blank(at);
                block(content, contentOrigin, depth + 1, inner);
            }
            prefixed(inner, "> ", "> ", b);
        } else { // another directive: its words stay, its name goes
            if (!argument.isEmpty()) b.line(inline(argument), at);
            if (!content.isEmpty()) {
                b.blank(at);
                block(content, contentOrigin, depth + 1, b);
            }
        }
        b.blank(at);
    }

    private int table(List<String> lines, int[] origin, int start, MarkdownText.Builder b) {
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank()) end++;
        fenced("text", lines.subList(start, end), Arrays.copyOfRange(origin, start, end), origin[start], b);
        return end;
    }

    private void heading(String style, String title, int at, MarkdownText.Builder b) {
        if (!styles.contains(style)) styles.add(style);
        int level = Math.min(6, styles.indexOf(style) + 1);
        b.blank(at);
        b.line("#".repeat(level) + " " + inline(title), at);
        b.blank(at);
    }

    private static void fenced(String language, List<String> code, int[] origin, int at, MarkdownText.Builder b) {
        int trailing = code.size();
        while (trailing > 0 && code.get(trailing - 1).isBlank()) trailing--;
        String fence = code.stream().anyMatch(l -> l.strip().startsWith("```")) ? "~~~~" : "```";
        b.line(fence + language, at);
        for (int k = 0; k < trailing; k++) b.line(code.get(k), origin[k]);
        b.line(fence, trailing > 0 ? origin[trailing - 1] : at);
        b.blank(trailing > 0 ? origin[trailing - 1] : at);
    }

    private static void prefixed(MarkdownText.Builder inner, String first, String rest, MarkdownText.Builder b) {
        var built = inner.build();
        int end = built.lines().size();
        while (end > 0 && built.lines().get(end - 1).isBlank()) end--;
        for (int k = 0; k < end; k++) {
            String l = built.lines().get(k);
            String prefix = k == 0 ? first : rest;
            b.line(l.isBlank() ? prefix.stripTrailing() : prefix + l, built.origin()[k]);
        }
    }

    /** Inline markup in Markdown terms; ``literals`` are kept whole and not looked into. */
    static String inline(String text) {
        if (text.length() > 20_000) return text; // no note has such a line; its markup is left as it is, in linear time
        var result = new StringBuilder();
        Matcher literal = LITERAL.matcher(text);
        int from = 0;
        while (literal.find()) {
            result.append(inlineOutsideLiterals(text.substring(from, literal.start())));
            String code = literal.group(1);
            result.append(code.contains("`") ? "`` " + code + " ``" : "`" + code + "`");
            from = literal.end();
        }
        result.append(inlineOutsideLiterals(text.substring(from)));
        return result.toString();
    }

    private static String inlineOutsideLiterals(String text) {
        if (text.indexOf('`') < 0 && text.indexOf(']') < 0) return text;
        String s = replace(ROLE, text, m -> {
            String role = m.group(1);
            String content = m.group(2);
            Matcher titled = Pattern.compile("^(.*?)\\s*<([^>]+)>$").matcher(content);
            String shown = titled.matches() ? (titled.group(1).isBlank() ? titled.group(2) : titled.group(1)) : content;
            return switch (role) {
                case "ref", "doc", "term", "any", "numref", "abbr", "dfn", "emphasis" -> shown;
                case "strong" -> "**" + shown + "**";
                default -> "`" + shown + "`";
            };
        });
        s = replace(LINK, s, m -> {
            String label = m.group(1).strip();
            String target = m.group(2).strip();
            boolean url = target.contains("://") || target.startsWith("mailto:") || target.startsWith("www.");
            if (!url) return label.isEmpty() ? target : label;
            return "[" + (label.isEmpty() ? target : label) + "](" + target + ")";
        });
        s = replace(NAMED_REFERENCE, s, m -> m.group(1));
        s = replace(INTERPRETED, s, m -> "`" + m.group(1) + "`");
        return FOOTNOTE.matcher(s).replaceAll("");
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        var sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isUnderline(String text, String under) {
        if (text.isBlank() || indentOf(text) > 0 || !ADORNMENT.matcher(under).matches() || ADORNMENT.matcher(text).matches()) return false;
        if (BULLET.matcher(text).matches() || EXPLICIT.matcher(text).matches()) return false;
        int width = under.strip().length();
        return width >= Math.min(text.strip().length(), 4) && width + 2 >= text.strip().length() / 2;
    }

    private static boolean nextNonBlankIndented(List<String> lines, int i) {
        int indent = indentOf(lines.get(i));
        for (int j = i + 1; j < lines.size(); j++) {
            if (lines.get(j).isBlank()) continue;
            return indentOf(lines.get(j)) > indent;
        }
        return false;
    }

    /** The index after the last non-blank line, from {@code from}, indented deeper than {@code indent}. */
    private static int blockEnd(List<String> lines, int from, int indent) {
        int last = from;
        for (int k = from; k < lines.size(); k++) {
            String l = lines.get(k);
            if (l.isBlank()) continue;
            if (indentOf(l) > indent) last = k + 1;
            else break;
        }
        return Math.max(last, from);
    }

    private static List<String> dedent(List<String> lines) {
        int min = Integer.MAX_VALUE;
        for (String l : lines) if (!l.isBlank()) min = Math.min(min, indentOf(l));
        if (min == Integer.MAX_VALUE || min == 0) return lines.stream().map(l -> l.isBlank() ? "" : l).toList();
        int cut = min;
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(cut)).toList();
    }

    private static int indentOf(String line) {
        int k = 0;
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) k++;
        return k;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
