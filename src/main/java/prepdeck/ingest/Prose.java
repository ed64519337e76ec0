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
            "if", "when", "while", "for", "then", "else", "assume", "note", "otherwise", "each", "every", "all", "some", "one",
            "только", "лише", "тільки", "only");
    /** "Насправді, Alembic — …": a word that opens the sentence, not the term. */
    private static final Pattern DISCOURSE = Pattern.compile("(?iu)^(?:насправді|фактично|по суті|на самом деле|фактически|по сути|actually|in fact|basically|in short),\\s+(?=\\p{Lu})");
    /** "Міграції, за своєю суттю," — a term and an aside between commas. */
    /** A quotation's marks before a lead-in: "> …Существует три основных направления:". */
    private static final Pattern QUOTED = Pattern.compile("^(?:>\\s*)+(?:…|\\.\\.\\.)?\\s*");
    private static final Pattern ASIDE = Pattern.compile("(?u)^([^,]{2,60}),\\s+(?:за|по|в|у|як|как|in|by|as)\\s[^,]{2,30},?$");
    /** What follows a dash in a remark or a property, not a definition. */
    private static final Pattern REMARK = Pattern.compile(
            "(?iu)^(?:важливо|важно|important|круто|cool|необхідно|необходимо|обов'язково|обов’язково|обязательно|треба|надо|нужно|потрібно|must|легко|складно|сложно|важко|добре|хорошо|погано|плохо|за замовчуванням|по умолчанию|by default|тоже|теж|also)(?![\\p{L}])");
    private static final Pattern JUST = Pattern.compile("(?iu)^(?:просто|всего лишь|лише|just|simply)\\s+(?=\\S+\\s)");
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of(
            "в", "во", "на", "по", "за", "у", "з", "із", "зі", "для", "при", "с", "со", "от", "від", "до", "из", "о", "об", "про", "под", "під",
            "без", "in", "on", "at", "by", "for", "with", "from", "of", "to", "without", "using");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•]|\\d+[.)])\\s*");

    private final Draft draft;
    private final boolean linesAreParagraphs;
    /** The section being read ("Unique chars, Algorithm 1: Sets and Length Comparison"), or "": names a lead-in with no subject. */
    private String section = "";

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
    /** Names the section whose text is read next ("" for none): a lead-in such as "Complexity:" is asked with it. */
    void within(String sectionName) {
        this.section = sectionName == null ? "" : sectionName.strip();
    }

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
            if (linesAreParagraphs && passage(lines, i, firstLine, topic)) continue;
            if (paragraphStart && definition(lines, i, firstLine, topic)) continue;
            if (linesAreParagraphs && sentences(lines, i, firstLine, topic)) continue;
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

    /** A term and what it is, read from a line that defines it; null when the line only uses a dash. */
    /** {@code term} for "X — это Y"; {@code called} instead for "X называется Y" (the term in the case it is written in). */
    record Defined(String term, String definition, String called) {
        Defined(String term, String definition) {
            this(term, definition, null);
        }

        String prompt(Language lang) {
            if (called == null) return whatIs(term, lang);
            return switch (lang) {
                case RU -> "Что называется " + called + "?";
                case UK -> "Що називається " + called + "?";
                case EN -> "What is called " + called + "?";
            };
        }
    }

    /** "**линеаризацией класса** называется список …", "Процесом називається …" at the start of a line. */
    private static final Pattern NAMED_FIRST = Pattern.compile(
            "(?u)^(?:[-*+]\\s+)?(?<term>\\*\\*[^*]{2,60}\\*\\*|[\\p{L}][\\p{L}\\-]*(?:\\s+[\\p{L}][\\p{L}\\-]*)?)\\s+(?:называется|називається|is called)\\s+(?<def>\\S.{2,})$");

    static Defined defines(String text) {
        String line = DISCOURSE.matcher(text.strip()).replaceFirst("");
        Matcher first = NAMED_FIRST.matcher(line);
        if (first.matches() && Character.isLowerCase(first.group("def").codePointAt(0)) && (first.group("term").startsWith("**")
                || !NOT_A_TERM_START.contains(first.group("term").split("\\s+")[0].toLowerCase(java.util.Locale.ROOT))
                && !first.group("term").toLowerCase(java.util.Locale.ROOT).matches("(?:так|таки|такі|такой|такий|такая|така|such|it|this|that|which|what|который|котор|який|яка)\\S*(?:\\s.*)?"))) {
            // "**линеаризацией класса** называется список …": asked with the term as written ("Что называется …?")
            return new Defined(null, capitalize(first.group("def").strip()), clean(first.group("term")));
        }
        Matcher m = DEFINITION.matcher(line);
        boolean dash = m.matches();
        if (!dash) {
            m = ENGLISH_IS.matcher(line);
            if (!m.matches()) return null;
        }
        String rawTerm = m.group("term").strip();
        // "Міграції, за своєю суттю, — це …": the term without its aside
        var aside = ASIDE.matcher(rawTerm);
        if (aside.matches()) rawTerm = aside.group(1);
        boolean bold = rawTerm.startsWith("**");
        String term = clean(rawTerm);
        String def = m.group("def").strip();
        if (!plausibleTerm(term, bold) || def.length() < 3) return null;
        // "SOLID - це важливо, 100% запитають": a remark about X, not what X is; "X — по умолчанию Y" is a property
        if (REMARK.matcher(def).lookingAt()) return null;
        // "Страницы 1048 - 1140" is a range; "C - используя структуры", "C++ - без встроенных типов" say how, not what
        String firstOfDef = def.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        if (Character.isDigit(def.charAt(0)) && Character.isDigit(term.charAt(term.length() - 1))) return null;
        if (PREPOSITIONS.contains(firstOfDef) || firstOfDef.matches("\\p{IsCyrillic}+(?:уя|юя|ючи|учи|вши)")) return null;
        def = def.replaceFirst("\\s*(?:\\*\\*|__)$", "");
        def = JUST.matcher(def).replaceFirst("");
        return new Defined(term, capitalize(def));
    }

    static String whatIs(String term, Language lang) {
        return switch (lang) {
            case RU -> "Что такое " + Asking.lowerIfCommon(term) + "?";
            case UK -> "Що таке " + Asking.lowerIfCommon(term) + "?";
            case EN -> "What is " + lowerArticle(term) + "?";
        };
    }

    private boolean definition(List<String> lines, int i, int firstLine, TopicPath topic) {
        String line = lines.get(i).strip();
        Defined d = defines(line);
        if (d == null) return false;
        var answer = new StringBuilder(d.definition());
        int k = i + 1;
        if (!linesAreParagraphs) {
            for (; k < lines.size() && !lines.get(k).isBlank() && !LIST_ITEM.matcher(lines.get(k)).lookingAt(); k++) {
                answer.append('\n').append(lines.get(k).strip());
            }
        }
        if (answer.toString().strip().endsWith(":")) {
            // "… Она может:" leads into the list below it: the list is part of the answer, not left hanging
            int item = k;
            while (item < lines.size() && lines.get(item).isBlank() && item < k + 2) item++;
            var list = new StringBuilder();
            for (; item < lines.size() && LIST_ITEM.matcher(lines.get(item)).lookingAt() && item < k + 17; item++) {
                list.append("\n- ").append(LIST_ITEM.matcher(lines.get(item).strip()).replaceFirst(""));
            }
            if (list.isEmpty()) return false; // a lead-in with nothing after it defines nothing
            answer.append('\n').append(list);
        }
        Language lang = LanguageGuess.of(line, draft.fileLanguage);
        draft.card(d.prompt(lang), answer.toString(), CardKind.DEFINITION, topic, firstLine + i, OptionalInt.empty(), List.of(),
                links(firstLine + i, List.of(lines.get(i))));
        return true;
    }

    // --- course prose: one line is a paragraph of several sentences ---------------------------------------------

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}«\"])|(?<=[a-zа-яіїєґ)]\\.)(?=\\p{Lu}\\p{Ll})");
    /** "Завдання, які …, називаються IO-bound завданнями." */
    private static final Pattern CALLED = Pattern.compile(
            "(?iu)^(?<desc>.{6,240}?),?\\s+(?<verb>називаються|називається|называются|называется|is called|are called|is known as|are known as)\\s+(?<term>[^.,;:]{2,60}?)[.;]?$");
    /** "Другий примітив синхронізації — це семафори.": the name comes last. */
    private static final Pattern NAMED_LAST = Pattern.compile("(?u)^(?<desc>.{8,200}?),?\\s+(?:—|–|-)\\s+(?:це|это|is)\\s+(?<name>[^.]{2,90}?)\\.?$");
    private static final Pattern CATEGORY = Pattern.compile(
            "(?iu)(?:^|\\s)(?:примітив|механізм|технологі|підхід|інструмент|спосіб|метод|протокол|патерн|паттерн|примитив|механизм|технологи|подход|инструмент|способ|протокол|primitive|mechanism|technology|approach|tool|pattern|protocol)\\p{L}*");
    private static final Pattern ORDINAL = Pattern.compile(
            "(?iu)^(?:другий|інший|останній|ще один|перший|третій|наступний|другой|иной|последний|ещё один|еще один|первый|третий|следующий|another|the last|the second|the first|the next|є|есть|there are|there is)\\s+");
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?iu)^(?:такі|такий|така|таке|цей|ця|ці|це|такие|такой|такая|такое|этот|эта|эти|such|this|these)\\s");
    private static final Pattern FOLLOWS_UP = Pattern.compile("(?iu)^(?:він|вона|воно|вони|он|она|оно|они|it|they|методи|методы|methods)\\s");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][\\w.]*[\\w]|[A-Za-z]");
    private static final Pattern CODE_NAME = Pattern.compile("(?<![\\w.])[A-Za-z_][\\w]*(?:\\.[A-Za-z_]\\w*)*(?![\\w])");
    private static final Pattern COMPARES = Pattern.compile(
            "(?iu)відмінн|відрізня|на відміну|отличи|отлича|в отличие|difference|differs|unlike|аналогом|(?<![\\p{L}])(?:швидший|швидше|повільніший|повільніше|быстрее|медленнее|faster|slower|більше [^,.]{1,40},? ніж|больше [^,.]{1,40},? чем|more [^,.]{1,40} than)(?![\\p{L}])");
    private static final Pattern PAIR = Pattern.compile("(?<a>[A-Za-z_][\\w.]*)\\s+(?:та|і|и|and|or|або|или|vs\\.?)\\s+(?<b>[A-Za-z_][\\w.]*)");
    private static final java.util.Set<String> NOT_COMPARED = java.util.Set.of("python", "java", "javascript", "c", "api", "orm", "sql", "http", "url", "the", "a");
    private static final Pattern EXAMPLE_AFTER = Pattern.compile("(?iu)^(?:наприклад|например|for example|e\\.g\\.)");

    /**
     * A short title line ("Міграція баз даних за допомогою Alembic") over a passage of prose: the passage is a card
     * asked about its title. The lines stay to be read for definitions too.
     */
    private boolean passage(List<String> lines, int i, int firstLine, TopicPath topic) {
        String title = lines.get(i).strip();
        if (i > 0 && !lines.get(i - 1).isBlank()) return false;
        String[] words = title.split("\\s+");
        if (words.length > 8 || words.length < 2 || !Character.isUpperCase(title.codePointAt(0)) || ".:;!?,—–-)".indexOf(title.charAt(title.length() - 1)) >= 0
                || LINK.matcher(title).find() || title.contains("`") || title.contains("=") || title.contains("(")) return false;
        var body = new ArrayList<String>();
        for (int k = i + 1; k < lines.size() && !lines.get(k).isBlank() && body.size() < 12; k++) body.add(lines.get(k).strip());
        if (body.size() < 2 || body.getFirst().length() < 60 || body.getFirst().endsWith(":")) return false;
        draft.card(title, String.join("\n\n", body), CardKind.SECTION, topic, firstLine + i, OptionalInt.empty(), List.of(),
                links(firstLine + i + 1, body));
        return true;
    }

    /** Cards from the sentences of a prose line: named terms, definitions after the first sentence, comparisons. */
    private boolean sentences(List<String> lines, int i, int firstLine, TopicPath topic) {
        String line = lines.get(i).strip();
        String[] parts = SENTENCE_END.split(line);
        Language lang = LanguageGuess.of(line, draft.fileLanguage);
        int lineNo = firstLine + i;
        for (int s = 0; s < parts.length; s++) {
            String sentence = parts[s].strip();
            String rest = String.join(" ", java.util.Arrays.asList(parts).subList(s + 1, parts.length)).strip();
            Matcher called = CALLED.matcher(sentence);
            if (called.matches()) {
                String term = called.group("term").strip();
                var answer = new StringBuilder();
                if (BACK_REFERENCE.matcher(called.group("desc")).lookingAt() && i > 0 && !lines.get(i - 1).isBlank()) {
                    answer.append(lines.get(i - 1).strip()).append(' ');
                }
                answer.append(capitalize(sentence)).append(rest.isEmpty() ? "" : " " + rest);
                String prompt = switch (lang) {
                    case RU -> "Что называют " + term + "?";
                    case UK -> "Що називають " + term + "?";
                    case EN -> "What is called " + lowerArticle(term) + "?";
                };
                draft.card(prompt, answer.toString(), CardKind.DEFINITION, topic, lineNo, OptionalInt.empty(), List.of(), links(lineNo, List.of(line)));
                return true;
            }
            Matcher named = NAMED_LAST.matcher(sentence);
            if (named.matches() && CATEGORY.matcher(named.group("desc")).find()) {
                String name = named.group("name").split("\\s+(?:або|или|or)\\s+")[0].strip();
                String bare = name.replaceAll("\\([^)]*\\)", "").strip();
                Matcher latin = LATIN.matcher(bare);
                String term = null;
                if (name.matches(".*\\([^)]*[A-Za-z][^)]*\\)") && bare.split("\\s+").length <= 3) {
                    term = name; // "цикл подій (Event loop)"
                } else if (!name.contains("(") && latin.find()) {
                    int from = latin.start(), to = latin.end();
                    while (latin.find()) to = latin.end();
                    if (bare.substring(to).isBlank()) term = bare.substring(from, to); // "потокобезпечний прапорець класу Event"
                } else if (!name.contains("(") && bare.split("\\s+").length == 1) {
                    term = bare; // "семафори"
                }
                if (term != null && term.split("\\s+").length <= 5) {
                    String desc = named.group("desc").strip();
                    var answer = new StringBuilder();
                    if (BACK_REFERENCE.matcher(desc).lookingAt() && i > 0 && !lines.get(i - 1).isBlank()) {
                        answer.append(lines.get(i - 1).strip()).append(' ').append(sentence);
                    } else {
                        answer.append(capitalize(ORDINAL.matcher(desc).replaceFirst("")).replaceFirst(",\\s*$", ""));
                        // "… — це потокобезпечний прапорець класу Event": what the name part says is part of the answer
                        answer.append(name.equals(term) ? "." : ": " + name + ".");
                    }
                    if (!rest.isEmpty()) answer.append(' ').append(rest);
                    String stem = term.toLowerCase(java.util.Locale.ROOT).substring(0, Math.min(5, term.length()));
                    int k = i + 1;
                    for (; k < lines.size() && k <= i + 2 && !lines.get(k).isBlank(); k++) {
                        String next = lines.get(k).strip();
                        if (!next.toLowerCase(java.util.Locale.ROOT).startsWith(stem) && !FOLLOWS_UP.matcher(next).lookingAt()) break;
                        answer.append("\n\n").append(next);
                    }
                    draft.card(whatIs(term, lang), answer.toString(), CardKind.DEFINITION, topic, lineNo, OptionalInt.empty(), List.of(),
                            links(lineNo, lines.subList(i, k)));
                    return true;
                }
            }
            if (s > 0) {
                Defined d = defines(sentence);
                if (d != null && d.term() != null && LATIN.matcher(d.term()).find()) {
                    String answer = d.definition() + (rest.isEmpty() ? "" : " " + rest);
                    draft.card(d.prompt(lang), answer, CardKind.DEFINITION, topic, lineNo, OptionalInt.empty(), List.of(), links(lineNo, List.of(line)));
                    return true;
                }
            }
        }
        if (comparison(line, lineNo, lang, topic)) return true;
        // "Відношення багато до багатьох. Наприклад, …": a short name and an explanation of it
        if (parts.length >= 3 && EXAMPLE_AFTER.matcher(parts[1].strip()).lookingAt()) {
            String name = parts[0].strip().replaceFirst("[.]$", "");
            if (name.split("\\s+").length <= 6 && !name.contains(",") && Character.isUpperCase(name.codePointAt(0))) {
                String answer = String.join(" ", java.util.Arrays.asList(parts).subList(1, parts.length)).strip();
                draft.card(name, answer, CardKind.SECTION, topic, lineNo, OptionalInt.empty(), List.of(), links(lineNo, List.of(line)));
                return true;
            }
        }
        return false;
    }

    /** "A … швидший …, B …", "backref є аналогом back_populates. Відмінність у тому …": what tells two names apart. */
    private boolean comparison(String line, int lineNo, Language lang, TopicPath topic) {
        String[] parts = SENTENCE_END.split(line);
        for (int s = 0; s < parts.length; s++) {
            if (!COMPARES.matcher(parts[s]).find()) continue;
            // the names compared stand in the sentence that compares them (and may be introduced in the one before)
            var here = names(parts[s]);
            if (here.isEmpty()) continue;
            String scope = (s > 0 ? parts[s - 1] + " " : "") + parts[s];
            String a = null, b = null;
            Matcher pair = PAIR.matcher(scope);
            while (pair.find()) {
                String x = pair.group("a").replaceFirst("\\.$", ""), y = pair.group("b").replaceFirst("\\.$", "");
                if (compared(x) && compared(y) && !x.equals(y) && (here.contains(x) || here.contains(y))) { a = x; b = y; break; }
            }
            if (a == null) {
                if (here.size() < 2) continue;
                a = here.get(0);
                b = here.get(1);
            }
            String prompt = switch (lang) {
                case RU -> "Чем отличаются " + a + " и " + b + "?";
                case UK -> "Чим відрізняються " + a + " і " + b + "?";
                case EN -> "What is the difference between " + a + " and " + b + "?";
            };
            draft.card(prompt, line, CardKind.DEFINITION, topic, lineNo, OptionalInt.empty(), List.of(), links(lineNo, List.of(line)));
            return true;
        }
        return false;
    }

    private static List<String> names(String sentence) {
        Matcher m = CODE_NAME.matcher(sentence);
        var seen = new ArrayList<String>();
        while (m.find()) {
            String n = m.group().replaceFirst("\\.$", "");
            if (compared(n) && !seen.contains(n)) seen.add(n);
        }
        return seen;
    }

    private static boolean compared(String name) {
        return name.length() >= 2 && !NOT_COMPARED.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.matches("\\d.*");
    }

    /** A term is a short name, not the first half of a sentence that happens to contain a dash. */
    private static boolean plausibleTerm(String term, boolean bold) {
        if (term.isEmpty() || term.length() > 60) return false;
        String[] words = term.replaceAll("\\([^)]*\\)", "").strip().split("\\s+");
        if (words.length > 4) return false;
        if (NOT_A_TERM_START.contains(words[0].toLowerCase(java.util.Locale.ROOT))) return false;
        // "В PostgreSQL по умолчанию — …" opens with a preposition: a circumstance, not a name
        if (PREPOSITIONS.contains(words[0].toLowerCase(java.util.Locale.ROOT))) return false;
        if (!bold && words.length >= 3 && Character.isLowerCase(term.codePointAt(0))) return false;
        if (term.endsWith(",") || term.contains(", ")) return false;
        // "DFS (depth-first search - поиск в глубину)": a dash inside brackets ends no term
        if (term.chars().filter(c -> c == '(').count() != term.chars().filter(c -> c == ')').count()) return false;
        char first = term.charAt(0);
        return Character.isLetter(first) || first == '_' || first == '.' || first == '@';
    }

    // --- lead-in lists -----------------------------------------------------------------------------------------

    /**
     * A short line ending in ":" and the lines under it. Returns the number of item lines consumed,
     * 0 when it is no lead-in, and -1 when the items are cheat-sheet commands.
     */
    private int leadIn(List<String> lines, int i, int firstLine, TopicPath topic) {
        String head = QUOTED.matcher(lines.get(i).strip()).replaceFirst("");
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
        // one sentence under a colon goes on from it ("…touch the ??:" then "To include blank lines, see below."): no list
        if (items.size() == 1 && (items.getFirst().matches(".*[.!]$") || items.getFirst().split("\\s+").length > 8)) return 0;
        // a picture or a link under "Wikipedia's animation:" is nothing to recall
        if (items.stream().allMatch(it -> LIST_ITEM.matcher(it).replaceFirst("").strip().matches("!?\\[[^\\]]*\\]\\([^)]*\\)"))) return 0;
        var answer = new StringBuilder();
        for (String item : items) {
            String text = LIST_ITEM.matcher(item).replaceFirst("");
            answer.append("- ").append(text).append('\n');
        }
        // "Complexity:", "Steps:" name no subject of their own: the section they stand in does
        if (words <= 2 && !section.isEmpty() && !section.toLowerCase(java.util.Locale.ROOT).contains(title.toLowerCase(java.util.Locale.ROOT))) {
            title = title + " — " + section;
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
            draft.written(q, a, CardKind.QUESTION, topic, lineNo);
            draft.written(a, q, CardKind.QUESTION, topic, lineNo);
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
            draft.written(LIST_ITEM.matcher(q.strip()).replaceFirst(""), a.strip(), CardKind.QUESTION, topic, lineNo);
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
        draft.written(q, a, CardKind.QUESTION, topic, firstLine + i);
        if (lines.get(sep).strip().equals("??")) draft.written(a, q, CardKind.QUESTION, topic, firstLine + sep + 1);
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
