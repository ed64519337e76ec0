package prepdeck.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a reader skips: navigation links, anchors, badges, heading marks, placeholders for answers not yet written. */
final class Noise {
    static final int MAX_ANSWER = 20_000;
    private static final String NAV_WORDS = "(?:⬆️?|↑|⇧|🔝|back to top|back to contents|go to top|to top|top|return up|return|up|наверх|вверх|назад|к оглавлению|к содержанию|в начало|до змісту|на початок|нагору|вгору|зміст|оглавление|содержание|contents|table of contents|toc)";
    private static final Pattern NAV_LINK = Pattern.compile(
            "\\[\\s*(?:\\*\\*|__|\\*|_)?\\s*(?:\\[)?(?:⬆️?|↑|⇧|🔝)?\\s*" + NAV_WORDS + "?\\s*(?:⬆️?|↑|⇧|🔝)?\\s*(?:\\])?(?:\\*\\*|__|\\*|_)?\\s*\\]\\(#[^)]*\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAV_HTML = Pattern.compile(
            "<a\\s+href=\"#[^\"]*\"\\s*>\\s*(?:<[^>]+>\\s*)*(?:\\[)?\\s*" + NAV_WORDS + "\\s*(?:\\])?\\s*(?:</[^>]+>\\s*)*</a>", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"[^\"]*\"\\s*>\\s*</a>|<a\\s+(?:name|id)=\"[^\"]*\"\\s*/>|<div\\s+id=\"[^\"]*\"\\s*>\\s*</div>|\\{#[\\w-]+\\}", Pattern.CASE_INSENSITIVE);
    private static final Pattern BADGE = Pattern.compile("\\[!\\[[^\\]]*\\]\\([^)]*\\)\\]\\([^)]*\\)|!\\[[^\\]]*\\]\\(https?://(?:img\\.shields\\.io|badge\\.fury\\.io|badgen\\.net|travis-ci|github\\.com/[^)]*/badge)[^)]*\\)");
    private static final Pattern HEADING_MARK = Pattern.compile("^(\\s{0,3})#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern HTML_WRAP = Pattern.compile("</?(?:p|br|div|span|details|b|strong|em|i)\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUMMARY = Pattern.compile("<summary>.*?</summary>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> PLACEHOLDERS = Set.copyOf(java.util.List.of(
            "answer here", "your answer here", "answer", "todo", "tbd", "tba", "to do", "…", "...", "?", "-", "—", "wip",
            "ответ", "ответ здесь", "тут ответ", "здесь ответ", "відповідь", "відповідь тут", "тут відповідь", "answer:", "ответ:", "відповідь:",
            "a:", "о:", "coming soon", "скоро", "пусто", "n/a", "none yet", "fill in", "заполнить", "дописать", "дописати"));

    private Noise() {}

    /** Strips navigation links, anchors and badges from Markdown text, and turns heading lines into bold lines. */
    static String clean(String markdown) {
        var out = new StringBuilder();
        boolean fence = false;
        for (String line : markdown.split("\n", -1)) {
            String s = line.strip();
            if (s.startsWith("```") || s.startsWith("~~~")) {
                fence = !fence;
                out.append(line).append('\n');
                continue;
            }
            if (fence) {
                out.append(line).append('\n');
                continue;
            }
            String l = NAV_LINK.matcher(line).replaceAll("");
            l = NAV_HTML.matcher(l).replaceAll("");
            l = ANCHOR.matcher(l).replaceAll("");
            l = BADGE.matcher(l).replaceAll("");
            var h = HEADING_MARK.matcher(l);
            if (h.matches()) l = h.group(1) + "**" + h.group(2).replace("**", "") + "**";
            if (!l.equals(line) && l.replaceAll("[\\s|•·,;*_-]", "").isEmpty()) continue;
            out.append(l).append('\n');
        }
        return collapseBlankLines(out.toString()).strip();
    }

    private static final Pattern PROMPT_LINK = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern PROMPT_TAG = Pattern.compile("</?(?:details|summary|p|br|a|div|img|b|i|em|strong|span|sup|sub|code)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    /** A prompt without Markdown markup (links keep their text; inline code keeps its backticks). */
    private static final Pattern DUNDER = Pattern.compile("__[A-Za-z][A-Za-z0-9_]*?__(?![A-Za-z0-9])");

    /** Drops bold marks made of underscores, keeping Python's dunder names ("__slots__") as they are. */
    private static String stripBoldUnderscores(String text) {
        var out = new StringBuilder();
        var m = DUNDER.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text.substring(last, m.start()).replace("__", "")).append(m.group());
            last = m.end();
        }
        return out.append(text.substring(last).replace("__", "")).toString();
    }

    /** GitHub's emoji short codes (":bar_chart: Python Interview Assistant"): a picture, not words to ask. */
    private static final Pattern EMOJI_CODE = Pattern.compile("(?<![\\w:]):[a-z][a-z0-9_+-]*:(?![\\w:])\\s*");

    static String plainPrompt(String prompt) {
        var out = new StringBuilder();
        String[] parts = prompt.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) out.append('`');
            boolean code = i % 2 == 1 && i < parts.length - 1;
            if (code) { out.append(parts[i]); continue; }
            String t = PROMPT_LINK.matcher(parts[i]).replaceAll(m -> m.group(1) == null ? "" : java.util.regex.Matcher.quoteReplacement(m.group(1)));
            t = PROMPT_TAG.matcher(t).replaceAll("");
            t = EMOJI_CODE.matcher(t).replaceAll("");
            t = t.replace("**", "");
            // __slots__, __init__: a Python name, not bold; any other __ is a bold mark
            t = stripBoldUnderscores(t);
            if (i == 0) t = t.replaceFirst("^\\s*#{1,6}\\s+", "");
            out.append(t);
        }
        return out.toString().strip();
    }

    /** The inside of a {@code <details>} block without its tags and summary. */
    static String detailsBody(String html) {
        String t = SUMMARY.matcher(html).replaceFirst("");
        t = HTML_WRAP.matcher(t).replaceAll("");
        var out = new StringBuilder();
        for (String line : t.split("\n", -1)) out.append(line.strip().isEmpty() ? "" : line).append('\n');
        return Outline.dedent(java.util.Arrays.asList(out.toString().split("\n", -1)));
    }

    /** An answer that only says an answer is still to be written. */
    static boolean placeholder(String answer) {
        String a = answer.strip().replaceAll("[*_`>#]", "").strip().toLowerCase(Locale.ROOT);
        if (a.isEmpty()) return true;
        if (a.startsWith("#")) a = a.replaceFirst("^#+\\s*", "");
        a = a.replaceAll("^(?:todo|fixme)\\s*[:!.-]?\\s*", "todo ").strip();
        return PLACEHOLDERS.contains(a) || a.equals("todo") || a.matches("todo\\s+(?:add|write|answer|fill|implement)?[\\w ]{0,30}")
                || a.matches("\\.{2,}|…+|\\?+");
    }

    /** Cuts an answer longer than {@link #MAX_ANSWER} at a paragraph boundary; returns it unchanged otherwise. */
    static String capped(String answer) {
        if (answer.length() <= MAX_ANSWER) return answer;
        int cut = answer.lastIndexOf("\n\n", MAX_ANSWER - 2);
        if (cut < MAX_ANSWER / 2) cut = answer.lastIndexOf('\n', MAX_ANSWER - 2);
        if (cut < MAX_ANSWER / 2) cut = MAX_ANSWER - 2;
        String head = answer.substring(0, cut);
        // a fence cut open would swallow the rest of the page
        if (head.split("```", -1).length % 2 == 0) head += "\n```";
        return head + "\n…";
    }

    private static String collapseBlankLines(String s) {
        return s.replaceAll("\n{3,}", "\n\n");
    }

    private static final Pattern LINKED = Pattern.compile("\\[[^\\]]*\\]\\([^)]*\\)|https?://");
    private static final Pattern CHECKBOX = Pattern.compile("^\\s*[-*+]\\s+\\[[ xX]\\]");

    /**
     * A study plan's checklist: most of its lines are links or ticked-off items ("- [ ] [Arrays (video)](…)"), which is a
     * reading list to work through, not something to recall.
     */
    static boolean checklistOfLinks(String answer) {
        int lines = 0, linked = 0, boxes = 0;
        for (String l : answer.split("\n")) {
            if (l.isBlank()) continue;
            lines++;
            if (LINKED.matcher(l).find()) linked++;
            if (CHECKBOX.matcher(l).find()) boxes++;
        }
        return lines >= 4 && boxes * 4 >= lines && linked * 2 >= lines;
    }
}
