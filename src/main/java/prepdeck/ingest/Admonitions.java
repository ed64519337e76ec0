package prepdeck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MkDocs admonitions ({@code !!! note "Title"} over lines indented four spaces; {@code ???} when collapsible) read as
 * quotes headed by their bold title, line for line, so that their text is text and not an indented code block. Nested
 * admonitions nest the quotes. Lines inside code fences are left alone.
 */
final class Admonitions {
    private static final Pattern MARKER = Pattern.compile("^(?<indent> *)(?:!!!|\\?\\?\\?\\+?)\\s+(?<type>[\\w-]+)(?:\\s+\"(?<title>[^\"]*)\")?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    private Admonitions() {}

    /** The lines with each admonition as a quote; the same list when there is none. */
    static List<String> rewrite(List<String> lines) {
        if (lines.stream().noneMatch(l -> MARKER.matcher(l).matches())) return lines;
        var out = new ArrayList<String>(lines.size());
        var indents = new ArrayList<Integer>(); // the content indent of each open admonition, outermost first
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                // a blank line belongs to the admonitions the next line still stands in
                int next = i + 1;
                while (next < lines.size() && lines.get(next).isBlank()) next++;
                int depth = indents.size();
                if (fence == null) {
                    int nextIndent = next < lines.size() ? indentOf(lines.get(next)) : 0;
                    while (depth > 0 && nextIndent < indents.get(depth - 1)) depth--;
                }
                out.add("> ".repeat(depth).strip());
                continue;
            }
            int indent = indentOf(line);
            if (fence == null) {
                while (!indents.isEmpty() && indent < indents.getLast()) indents.removeLast();
            }
            int cut = indents.isEmpty() ? 0 : Math.min(indent, indents.getLast());
            String text = line.substring(cut);
            var m = fence == null ? MARKER.matcher(text) : null;
            if (m != null && m.matches()) {
                String title = m.group("title");
                if (title == null) title = capitalised(m.group("type"));
                out.add(quote(indents.size() + 1, title.isBlank() ? "" : "**" + title.strip() + "**").stripTrailing());
                indents.add(cut + m.group("indent").length() + 4);
                continue;
            }
            var f = FENCE.matcher(text);
            if (f.lookingAt()) fence = fence == null ? f.group(1) : (text.strip().startsWith(fence) ? null : fence);
            out.add(quote(indents.size(), text));
        }
        return out;
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') indent++;
        return indent;
    }

    private static String quote(int depth, String text) {
        return depth == 0 ? text : "> ".repeat(depth) + text;
    }

    private static String capitalised(String type) {
        String t = type.replace('-', ' ');
        return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1).toLowerCase(Locale.ROOT);
    }
}
