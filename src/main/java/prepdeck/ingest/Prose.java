package prepdeck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.TopicPath;

/**
 * Finds cards inside running text, whatever the file's format: definitions ("Term — это …"),
 * lead-in lists ("Достоинства процессов:" and the lines under it), cheat-sheet lines
 * ("- Description: `command`", "“git init” - ініціалізація"), the Obsidian spaced-repetition syntax
 * ({@code Q::A}, {@code Q:::A}, "?" blocks, {@code ==cloze==}), and links.
 */
final class Prose {
    static final Pattern LINK = Pattern.compile("https?://[^\\s)>\\]\"'`“”]+");
    private static final Pattern DEFINITION = Pattern.compile(
            "^(?:[-*+]\\s+|\\d+[.)]\\s*)?(?<term>[^\\s—–:?!,;][^—–:?!;]{0,70}?)\\s+(?:—|–|-{1,2})\\s+(?:(?<verb>это|є|це|is)\\s+)?(?<def>\\S.*)$");
    private static final Pattern ENGLISH_IS = Pattern.compile("^(?:[-*+]\\s+)?(?<term>[A-Z][\\w`()\\-]*(?:\\s+[\\w`()\\-]+){0,3})\\s+is\\s+(?<def>(?:a|an|the)\\s+.+)$");
    private static final Pattern CHEAT_DASH = Pattern.compile("^\\s*[-*+]\\s+(?<desc>[^`:]{2,120}?):\\s*`(?<cmd>[^`]+)`(?<more>(?:\\s+(?:або|или|or|,)\\s+`[^`]+`)*)\\s*$");
    private static final Pattern CHEAT_QUOTED = Pattern.compile("^\\s*[“\"„](?<cmd>.+)[”\"“]\\s+[-–—]\\s+(?<desc>\\S.*)$");
    private static final Pattern FENCED_CHEAT_END = Pattern.compile("^(?<last>.*?)```\\s+[-–—]\\s+(?<desc>\\S.*)$");
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`");
    private static final Pattern CLOZE = Pattern.compile("==([^=\\n]+)==");
    private static final Pattern EMOJI = Pattern.compile(":[a-z_+-]{2,30}:$");
    private static final java.util.Set<String> NOT_A_TERM_START = java.util.Set.of(
            "цей", "ця", "ці", "це", "этот", "эта", "эти", "это", "этим", "ви", "вы", "мы", "ми", "ты", "ти", "я", "он", "она", "они",
            "він", "вона", "вони", "інший", "інша", "другий", "друга", "наступний", "другой", "следующий", "але", "но", "однак", "однако",
            "также", "також", "и", "і", "а", "так", "тому", "поэтому", "там", "тут", "здесь", "когда", "коли", "если", "якщо",
            "this", "that", "these", "it", "we", "you", "they", "but", "and", "so", "here", "there",
            "глава", "chapter", "section", "part", "часть", "розділ", "частина", "step", "шаг", "крок", "урок", "lesson", "пункт",
            "if", "when", "while", "for", "then", "else", "assume", "note", "otherwise", "each", "every", "all", "some", "one");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•]|\\d+[.)])\\s*");

    private final Draft draft;
    private final boolean linesAreParagraphs;

    /**
     * @param linesAreParagraphs true for plain text and course notes, where every line stands alone; false for
     *                           Markdown, where a paragraph runs until a blank line
     */
    Prose(Draft draft, boolean linesAreParagraphs) {
        this.draft = draft;
        this.linesAreParagraphs = linesAreParagraphs;
    }

    /**
     * Extracts cards from {@code lines} (the first at line {@code firstLine}) into {@code topic}. Links outside
     * any card are handed to the draft (when {@code looseLinks}; not where a section card already holds them),
     * which attaches them to the nearest card of the same topic.
     */
    void extract(int firstLine, List<String> lines, TopicPath topic, boolean looseLinks) {
        TopicPath commandTopic = topic;
        TopicPath sheetTopic = topic;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = EMOJI.matcher(raw.strip()).replaceAll("").strip();
            int lineNo = firstLine + i;
            if (line.isEmpty()) continue;
            boolean paragraphStart = linesAreParagraphs || i == 0 || lines.get(i - 1).isBlank() || LIST_ITEM.matcher(raw).lookingAt();
            int consumed;
            if ((consumed = explicitBlock(lines, i, firstLine, topic)) > 0) { i += consumed - 1; continue; }
            if (explicitInline(line, lineNo, topic)) continue;
            if (cloze(line, lineNo, topic)) continue;
            if (command(line, lineNo, commandTopic, sheetTopic)) continue;
            if ((consumed = fencedCommand(lines, i, firstLine, commandTopic)) > 0) { i += consumed - 1; continue; }
            if (line.endsWith(":") && !LIST_ITEM.matcher(raw).lookingAt() || line.endsWith(":") && linesAreParagraphs) {
                int items = leadIn(lines, i, firstLine, topic);
                if (items < 0) {
                    // a lead-in over cheat-sheet lines names a group of commands: a sub-topic, not a card
                    commandTopic = sheetTopic.child(clean(line.substring(0, line.length() - 1)));
                    continue;
                }
                if (items > 0) { i += items; commandTopic = sheetTopic = topic; continue; }
            }
            if (titleOfSheet(lines, i)) {
                sheetTopic = commandTopic = topic.child(clean(line));
                continue;
            }
            commandTopic = sheetTopic = topic;
            if (paragraphStart && definition(lines, i, firstLine, topic)) continue;
            var m = LINK.matcher(line);
            while (looseLinks && m.find()) draft.loose(new Reference.Link(trimUrl(m.group()), lineNo), topic);
        }
    }

    static List<Reference> links(int firstLine, List<String> lines) {
        var out = new ArrayList<Reference>();
        for (int i = 0; i < lines.size(); i++) {
            var m = LINK.matcher(lines.get(i));
            while (m.find()) out.add(new Reference.Link(trimUrl(m.group()), firstLine + i));
        }
        return out;
    }

    private static String trimUrl(String url) {
        String u = url;
        while (!u.isEmpty() && ".,;:!?".indexOf(u.charAt(u.length() - 1)) >= 0) u = u.substring(0, u.length() - 1);
        return u;
    }

    /** A short title line ("Шпаргалки по Docker") right above cheat-sheet lines or a lead-in to them. */
    private static boolean titleOfSheet(List<String> lines, int i) {
        String line = lines.get(i).strip();
        if (line.split("\\s+").length > 8 || ".:;!?,".indexOf(line.charAt(line.length() - 1)) >= 0) return false;
        int k = i + 1;
        while (k < lines.size() && lines.get(k).isBlank()) k++;
        if (k == lines.size()) return false;
        String next = lines.get(k).strip();
        if (CHEAT_DASH.matcher(next).matches() || CHEAT_QUOTED.matcher(next).matches()) return true;
        return next.endsWith(":") && k + 1 < lines.size()
                && (CHEAT_DASH.matcher(lines.get(k + 1).strip()).matches() || CHEAT_QUOTED.matcher(lines.get(k + 1).strip()).matches());
    }

    // --- definitions -------------------------------------------------------------------------------------------

    private boolean definition(List<String> lines, int i, int firstLine, TopicPath topic) {
        String line = lines.get(i).strip();
        Matcher m = DEFINITION.matcher(line);
        boolean dash = m.matches();
        if (!dash) {
            m = ENGLISH_IS.matcher(line);
            if (!m.matches()) return false;
        }
        boolean bold = m.group("term").strip().startsWith("**");
        String term = clean(m.group("term"));
        String def = m.group("def").strip();
        if (!plausibleTerm(term, bold) || def.length() < 3) return false;
        var answer = new StringBuilder(capitalize(def));
        if (!linesAreParagraphs) {
            for (int k = i + 1; k < lines.size() && !lines.get(k).isBlank() && !LIST_ITEM.matcher(lines.get(k)).lookingAt(); k++) {
                answer.append('\n').append(lines.get(k).strip());
            }
        }
        Language lang = LanguageGuess.of(line, draft.fileLanguage);
        String prompt = switch (lang) {
            case RU -> "Что такое " + term + "?";
            case UK -> "Що таке " + term + "?";
            case EN -> "What is " + lowerArticle(term) + "?";
        };
        draft.card(prompt, answer.toString(), CardKind.DEFINITION, topic, firstLine + i, OptionalInt.empty(), List.of(),
                links(firstLine + i, List.of(lines.get(i))));
        return true;
    }

    /** A term is a short name, not the first half of a sentence that happens to contain a dash. */
    private static boolean plausibleTerm(String term, boolean bold) {
        if (term.isEmpty() || term.length() > 60) return false;
        String[] words = term.replaceAll("\\([^)]*\\)", "").strip().split("\\s+");
        if (words.length > 4) return false;
        if (NOT_A_TERM_START.contains(words[0].toLowerCase(java.util.Locale.ROOT))) return false;
        if (!bold && words.length >= 3 && Character.isLowerCase(term.codePointAt(0))) return false;
        if (term.endsWith(",") || term.contains(", ")) return false;
        char first = term.charAt(0);
        return Character.isLetter(first) || first == '_' || first == '.' || first == '@';
    }

    // --- lead-in lists -----------------------------------------------------------------------------------------

    /**
     * A short line ending in ":" and the lines under it. Returns the number of item lines consumed,
     * 0 when it is no lead-in, and -1 when the items are cheat-sheet commands.
     */
    private int leadIn(List<String> lines, int i, int firstLine, TopicPath topic) {
        String head = lines.get(i).strip();
        String title = clean(head.substring(0, head.length() - 1));
        int words = title.split("\\s+").length;
        if (title.isEmpty() || words > 16 || title.length() > 140) return 0;
        var items = new ArrayList<String>();
        int commands = 0;
        int k = i + 1;
        for (; k < lines.size(); k++) {
            String item = lines.get(k).strip();
            if (item.isEmpty() || FormatDetector.FENCE.matcher(item).matches() || items.size() >= 15) break;
            if (linesAreParagraphs && (item.length() > 220 || item.split("\\s+").length > 20 || LINK.matcher(item).lookingAt())) break;
            if (item.endsWith(":") && !LIST_ITEM.matcher(item).lookingAt() && item.split("\\s+").length <= 16) break;
            if (CHEAT_DASH.matcher(item).matches() || CHEAT_QUOTED.matcher(item).matches()) commands++;
            items.add(item);
        }
        if (items.isEmpty()) return 0;
        if (commands * 2 > items.size()) return -1;
        // a picture or a link under "Wikipedia's animation:" is nothing to recall
        if (items.stream().allMatch(it -> LIST_ITEM.matcher(it).replaceFirst("").strip().matches("!?\\[[^\\]]*\\]\\([^)]*\\)"))) return 0;
        var answer = new StringBuilder();
        for (String item : items) {
            String text = LIST_ITEM.matcher(item).replaceFirst("");
            answer.append("- ").append(text).append('\n');
        }
        draft.card(title, answer.toString(), CardKind.LIST, topic, firstLine + i, OptionalInt.empty(), List.of(),
                links(firstLine + i, lines.subList(i, k)));
        return items.size();
    }

    // --- cheat sheets ------------------------------------------------------------------------------------------

    private boolean command(String line, int lineNo, TopicPath topic, TopicPath sheet) {
        Matcher m = CHEAT_DASH.matcher(line);
        if (m.matches()) {
            String more = m.group("more") == null ? "" : m.group("more");
            draft.card(clean(m.group("desc")), "`" + m.group("cmd").strip() + "`" + more, CardKind.COMMAND, topic, lineNo);
            return true;
        }
        m = CHEAT_QUOTED.matcher(line);
        if (m.matches()) {
            draft.card(clean(m.group("desc")), "`" + m.group("cmd").strip() + "`", CardKind.COMMAND, sheet, lineNo);
            return true;
        }
        return false;
    }

    /** "```git fetch --all" … "git reset --hard origin/master``` - description": several commands, one description. */
    private int fencedCommand(List<String> lines, int i, int firstLine, TopicPath topic) {
        String open = lines.get(i).strip();
        if (!open.startsWith("```") || open.length() <= 3 || FormatDetector.FENCE.matcher(open).matches()) return 0;
        var commands = new ArrayList<String>();
        commands.add(open.substring(3).strip());
        for (int k = i + 1; k < lines.size() && k < i + 20; k++) {
            Matcher end = FENCED_CHEAT_END.matcher(lines.get(k).strip());
            if (end.matches()) {
                if (!end.group("last").isBlank()) commands.add(end.group("last").strip());
                draft.card(clean(end.group("desc")), "```bash\n" + String.join("\n", commands) + "\n```", CardKind.COMMAND, topic, firstLine + i);
                return k - i + 1;
            }
            if (lines.get(k).isBlank()) return 0;
            commands.add(lines.get(k).strip());
        }
        return 0;
    }

    // --- Obsidian spaced-repetition syntax -----------------------------------------------------------------------

    private boolean explicitInline(String line, int lineNo, TopicPath topic) {
        if (line.contains("`") || LINK.matcher(line).find()) return false;
        int triple = line.indexOf(":::");
        // a quoted separator (‘the ":::" separator’) is text about the syntax, not a card
        if (triple > 0 && quoted(line, triple, 3) || line.indexOf("::") > 0 && quoted(line, line.indexOf("::"), 2)) return false;
        if (triple > 0 && triple + 3 < line.length()) {
            String q = line.substring(0, triple).strip(), a = line.substring(triple + 3).strip();
            if (q.isEmpty() || a.isEmpty()) return false;
            draft.card(q, a, CardKind.QUESTION, topic, lineNo);
            draft.card(a, q, CardKind.QUESTION, topic, lineNo);
            return true;
        }
        int dbl = line.indexOf("::");
        // "std::list", "Foo::bar" are names, not a question and its answer
        if (dbl > 0 && dbl + 2 < line.length() && Character.isLetterOrDigit(line.charAt(dbl - 1)) && Character.isLowerCase(line.charAt(dbl + 2))) return false;
        if (dbl > 0 && dbl + 2 < line.length() && line.indexOf("::", dbl + 2) < 0) {
            String q = line.substring(0, dbl), a = line.substring(dbl + 2);
            boolean spaced = q.endsWith(" ") || a.startsWith(" ") || q.strip().contains(" ");
            // "::" also ends sentences and opens reStructuredText directives (".. code:: python")
            if (!spaced || q.isBlank() || a.isBlank() || q.strip().startsWith("..")) return false;
            draft.card(LIST_ITEM.matcher(q.strip()).replaceFirst(""), a.strip(), CardKind.QUESTION, topic, lineNo);
            return true;
        }
        return false;
    }

    private static boolean quoted(String line, int at, int length) {
        String quotes = "\"'“”«»‘’";
        return at > 0 && at + length < line.length() && quotes.indexOf(line.charAt(at - 1)) >= 0 && quotes.indexOf(line.charAt(at + length)) >= 0;
    }

    /** Lines, a line holding only "?" (or "??" for both ways), lines; the block ends at a blank line. */
    private int explicitBlock(List<String> lines, int i, int firstLine, TopicPath topic) {
        if (i > 0 && !lines.get(i - 1).isBlank()) return 0;
        int sep = -1;
        int k = i;
        for (; k < lines.size() && !lines.get(k).isBlank(); k++) {
            String s = lines.get(k).strip();
            if ((s.equals("?") || s.equals("??")) && sep < 0) sep = k;
        }
        if (sep <= i || sep >= k - 1) return 0;
        String q = String.join("\n", lines.subList(i, sep)).strip();
        String a = String.join("\n", lines.subList(sep + 1, k)).strip();
        draft.card(q, a, CardKind.QUESTION, topic, firstLine + i);
        if (lines.get(sep).strip().equals("??")) draft.card(a, q, CardKind.QUESTION, topic, firstLine + sep + 1);
        return k - i;
    }

    private boolean cloze(String line, int lineNo, TopicPath topic) {
        // a table row or "==" inside inline code is an example of the syntax, not a deletion
        if (line.startsWith("|")) return false;
        String probe = java.util.regex.Pattern.compile("`[^`]*`").matcher(line).replaceAll(c -> " ".repeat(c.group().length()));
        Matcher m = CLOZE.matcher(probe);
        var deletions = new ArrayList<int[]>();
        while (m.find()) deletions.add(new int[] {m.start(), m.end()});
        if (deletions.isEmpty()) return false;
        String text = LIST_ITEM.matcher(line).replaceFirst("");
        int shift = line.length() - text.length();
        for (int[] d : deletions) {
            var prompt = new StringBuilder();
            var answer = new StringBuilder();
            int pos = 0;
            for (int[] other : deletions) {
                int s = other[0] - shift, e = other[1] - shift;
                prompt.append(text, pos, s);
                answer.append(text, pos, s);
                String inner = text.substring(s + 2, e - 2);
                prompt.append(other == d ? "[…]" : inner);
                answer.append(other == d ? "**" + inner + "**" : inner);
                pos = e;
            }
            prompt.append(text.substring(pos));
            answer.append(text.substring(pos));
            draft.card(prompt.toString(), answer.toString(), CardKind.CLOZE, topic, lineNo);
        }
        return true;
    }

    // --- text helpers ------------------------------------------------------------------------------------------

    /** Strips Markdown emphasis and code marks and surrounding punctuation from a title or term. */
    static String clean(String s) {
        String t = MARKUP.matcher(s).replaceAll("").strip();
        while (!t.isEmpty() && ":-–—".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    /** "An iterator" reads "What is an iterator?". */
    private static String lowerArticle(String term) {
        for (String article : List.of("A ", "An ", "The ")) {
            if (term.startsWith(article)) return article.toLowerCase(java.util.Locale.ROOT) + term.substring(article.length());
        }
        return term;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
