package prepdeck.ingest.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an Obsidian vault's notes that plain Markdown does not know, rewritten line for line (the
 * line count never changes, so every line keeps its number): YAML front matter is metadata, not note text,
 * and is blanked (its {@code tags} are returned); {@code [[target|alias]]} reads as its alias and
 * {@code [[target]]} as its target; {@code ![[image.png]]} becomes an image reference; a callout
 * {@code > [!note] Title} becomes a quote headed by its bold title. Fenced code is left alone.
 */
public final class ObsidianMarkdown {
    // bounded lengths: a line of a million "[[" costs linear time, not quadratic
    private static final Pattern EMBED = Pattern.compile("!\\[\\[([^\\[\\]|\\n]{1,300})(?:\\|[^\\[\\]\\n]{0,300})?]]");
    private static final Pattern WIKILINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,300})(?:\\|([^\\[\\]\\n]{1,300}))?]]");
    private static final Pattern CALLOUT = Pattern.compile("^(\\s*(?:>\\s*)+)\\[!([\\w-]+)]([+-]?)\\s*(.*)$");
    private static final Pattern FRONT_KEY = Pattern.compile("^[\\w.-]+\\s*:.*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+)");
    private static final Pattern FILE = Pattern.compile("(?i).*\\.(png|jpe?g|gif|svg|webp|bmp|avif|pdf|mp3|mp4|webm|mov|wav|ogg|excalidraw)$");

    /** The rewritten lines (as many as given) and the tags the front matter named. */
    public record Result(List<String> lines, List<String> tags, boolean changed) {}

    private ObsidianMarkdown() {}

    public static Result rewrite(List<String> lines) {
        var out = new ArrayList<>(lines);
        var tags = new ArrayList<String>();
        boolean changed = false;
        int start = 0;
        int end = frontMatterEnd(lines);
        if (end > 0) {
            tags.addAll(tags(lines.subList(1, end)));
            for (int i = 0; i <= end; i++) out.set(i, "");
            start = end + 1;
            changed = true;
        }
        String fence = null;
        for (int i = start; i < out.size(); i++) {
            String line = out.get(i);
            int lead = 0;
            while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) lead++;
            boolean fenceLike = line.startsWith("```", lead) || line.startsWith("~~~", lead);
            Matcher f = fenceLike ? FENCE.matcher(line) : null;
            if (f != null && f.lookingAt()) {
                String marker = f.group(1);
                if (fence == null) fence = marker;
                else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) fence = null;
                continue;
            }
            if (fence != null || !line.contains("[[") && !line.contains("[!")) continue;
            String rewritten = rewriteLine(line);
            if (!rewritten.equals(line)) {
                out.set(i, rewritten);
                changed = true;
            }
        }
        return new Result(out, tags, changed);
    }

    private static String rewriteLine(String line) {
        String s = line;
        Matcher callout = CALLOUT.matcher(s);
        if (callout.matches()) {
            String title = callout.group(4).strip();
            if (title.isEmpty()) title = capitalised(callout.group(2).toLowerCase(Locale.ROOT).replace('-', ' '));
            s = callout.group(1) + "**" + title + "**";
        }
        // `code spans` are left alone: [[1, 2]] in code is a list, not a link
        String[] parts = s.split("`", -1);
        for (int k = 0; k < parts.length; k += 2) parts[k] = links(parts[k]);
        return String.join("`", parts);
    }

    private static String links(String text) {
        String s = replace(EMBED, text, m -> {
            String target = m.group(1).strip();
            String name = target.contains("/") ? target.substring(target.lastIndexOf('/') + 1) : target;
            if (FILE.matcher(target).matches()) return "![" + name + "](" + target.replace(" ", "%20") + ")";
            return shown(target); // an embedded note reads as its name
        });
        s = replace(WIKILINK, s, m -> m.group(2) != null && !m.group(2).isBlank() ? m.group(2).strip() : shown(m.group(1)));
        return s;
    }

    /** "Note#Heading" reads as "Note › Heading"; a block reference (#^id) and ".md" are dropped. */
    private static String shown(String target) {
        String t = target.strip().replaceAll("#\\^[\\w-]+$", "");
        if (t.toLowerCase(Locale.ROOT).endsWith(".md")) t = t.substring(0, t.length() - 3);
        if (t.startsWith("#")) t = t.substring(1);
        return t.replace("#", " › ");
    }

    /** The index of the closing "---" of front matter that opens the file, or -1. */
    private static int frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) return -1;
        for (int i = 1; i < Math.min(lines.size(), 200); i++) {
            String l = lines.get(i);
            if (l.strip().equals("---") || l.strip().equals("...")) return i > 1 ? i : -1;
            if (!l.isBlank() && !FRONT_KEY.matcher(l).matches() && !l.startsWith(" ") && !l.startsWith("\t") && !l.startsWith("-")) return -1;
        }
        return -1;
    }

    private static List<String> tags(List<String> front) {
        var tags = new ArrayList<String>();
        boolean inTags = false;
        for (String l : front) {
            if (FRONT_KEY.matcher(l).matches()) {
                inTags = l.startsWith("tags:") || l.startsWith("tag:");
                if (inTags) {
                    String value = l.substring(l.indexOf(':') + 1).strip().replaceAll("^\\[|]$", "");
                    for (String t : value.split("[,\\s]+")) if (!t.isBlank()) tags.add(t.strip().replaceAll("^[\"'#]+|[\"']+$", ""));
                }
            } else if (inTags && l.strip().startsWith("-")) {
                String t = l.strip().substring(1).strip().replaceAll("^[\"'#]+|[\"']+$", "");
                if (!t.isEmpty()) tags.add(t);
            }
        }
        return tags;
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        var sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        m.appendTail(sb);
        return sb.toString();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
