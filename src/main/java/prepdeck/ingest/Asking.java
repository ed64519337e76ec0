package prepdeck.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Language;

/**
 * Turns a card's title into a question an interviewer could ask, in the card's language, without adding a fact: a
 * bare heading with content ("Итераторы", "Sets") is asked "Расскажите про итераторы" / "Tell me about sets"; a
 * section that is one expression and its output is asked "What does `len({1,1,2})` return?"; a heading that already
 * asks ("Многопоточность: Что это") gets its question mark; a lead-in list is asked to be listed; a cheat-sheet line is
 * asked for its command. Definitions and cloze deletions are questions already.
 */
final class Asking {
    /** Words a question opens with (not requests: "Explain X" is asked as written). */
    private static final Set<String> QUESTION_WORDS = Set.of(
            "what", "why", "how", "when", "which", "who", "where", "is", "are", "can", "does", "do", "should",
            "что", "чем", "как", "какой", "какая", "какое", "какие", "зачем", "почему", "где", "когда", "кто", "сколько", "нужен", "нужна", "нужно",
            "що", "чим", "як", "який", "яка", "яке", "які", "навіщо", "чому", "де", "коли", "хто", "скільки", "чи", "потрібен", "потрібно");
    /** Words a request or a question opens with: such a prompt is asked as written. */
    private static final Set<String> REQUESTS = Set.of(
            "explain", "describe", "tell", "name", "list", "give", "compare", "define", "write", "implement",
            "объясните", "объясни", "расскажите", "расскажи", "опишите", "опиши", "назовите", "перечислите", "приведите", "сравните", "напишите",
            "поясніть", "поясни", "розкажіть", "розкажи", "опишіть", "назвіть", "перелічіть", "наведіть", "порівняйте", "напишіть");
    /** "Немного о …", "Про …", "About …": the heading already says what to tell about. */
    private static final Pattern ABOUT = Pattern.compile("(?iu)^(?:немного|неомного|немножко|коротко|трохи|коротко|кратко)?\\s*(?:о|об|про|about)\\s+\\S.*");
    private static final Pattern ON_FROM = Pattern.compile("(?iu)^(?:в|во|у|на|при|для|in|on|with|for|using)\\s+\\S");
    /** Plural nouns in -а/-я that are the same after "про" ("достоинства", "значения", "завдання", and plurals in -ья: "деревья"). */
    private static final Pattern SAME_IN_ACCUSATIVE = Pattern.compile("(?iu).*(?:ства|цтва|ения|ания|ятия|тия|ння|ття|вья|рья|лья|зья|чья)$");
    private static final Pattern VERSION = Pattern.compile("^v?\\d+(?:\\.\\d+)*\\+?$");
    /** A section that is one line of code in a fence and, optionally, its output in another. */
    private static final Pattern ONE_EXPRESSION = Pattern.compile("^```[\\w+-]*\\n(?<code>[^\\n`]{1,80})\\n```(?:\\s*```[\\w-]*\\n(?<out>[^`]{1,200}?)\\n```)?\\s*$");
    private static final Pattern STATEMENT = Pattern.compile("^\\s*(?:import|from|def|class|for|while|if|with|try|return|print\\s*\\(|\\w+\\s*=[^=])");
    private static final Pattern VERB_UK_RU = Pattern.compile("(?iu)^\\p{IsCyrillic}+(?:ює|ає|яє|ить|ать|ет|ит|ут|ют|ять)$");

    /** "Объяснение в один абзац", "One Paragraph Explainer": a best-practice page's reason for its rule. */
    private static final String EXPLAINER_WORDS = "one[- ]paragraph explainer|объяснение в (?:один|одном) абзаце?|пояснення в (?:один|одному) абзац[іу]?";
    /** Headings that name a part of any subject: they need the subject ("Hash table: time complexity"). */
    private static final Pattern GENERIC = Pattern.compile("(?iu)(?:introduction|intro|overview|basics|summary|conclusion|notes|examples?|"
            + "implementations?|(?:time |space )?complexity|techniques|corner cases|(?:learning |further )?resources|recommended \\w+(?: \\w+)?|"
            + "введение|обзор|основы|примеры|итоги|заметки|сложность|реализация|вступ|огляд|основи|приклади|підсумки|складність|реалізація|"
            + EXPLAINER_WORDS + ")");
    private static final Pattern EXPLAINER = Pattern.compile("(?iu)" + EXPLAINER_WORDS);
    /** The generic headings that introduce the subject itself: "Hash table: Introduction" asks about hash tables. */
    private static final Pattern INTRO = Pattern.compile("(?iu)introduction|intro|overview|введение|обзор|вступ|огляд|" + EXPLAINER_WORDS);
    /** "Пример кода – использование обещаний", "Code example - anti pattern", "Антипаттерн. Обработка ошибок в callback-стиле". */
    private static final Pattern EXAMPLE = Pattern.compile(
            "(?iu)(?<kind>примеры? кода|приклади? коду|code examples?|example code|анти-?паттерн|анти-?патерн|anti-?pattern)\\s*(?:[-–—:.]\\s*(?<what>\\S.*))?");
    /** A best practice's imperative ("Используйте …", "Розрізняйте …"): its infinitive after "стоит"/"варто". */
    private static final Pattern IMPERATIVE = Pattern.compile("(?u)^(?<not>[Нн]е\\s+)?(?<verb>\\p{IsCyrillic}+?)(?<end>уйте|айте|яйте|ейте)(?<rest>\\s.+)$");
    private static final Pattern IMPERATIVE_EN = Pattern.compile("^(?:Do not |Don't |Never )?(?:Use|Prefer|Avoid|Distinguish|Handle|Validate|Log|Catch|Test|Document|Limit|Keep|Separate|Throw|Fail|Exit|Discover|Monitor|Encapsulate)\\s.+");

    /** "Unique chars: Code: In-Place": the code of an approach named before it. */
    private static final Pattern CODE_OF = Pattern.compile("(?iu)(?:(.+?):\\s+)?(?:code|код|реализация|реалізація)\\s*:\\s+(\\S.{0,80})");

    private Asking() {}

    /** Is the heading a part of any subject ("Introduction", "Time complexity") rather than a subject? */
    static boolean generic(String title) {
        return GENERIC.matcher(title.strip()).matches();
    }

    /** A topic of design patterns: "Creational Design Patterns", "Паттерны проектирования". */
    private static final Pattern PATTERNS_TOPIC = Pattern.compile("(?iu).*(?:\\bpatterns?\\b|паттерн|патерн).*");
    /**
     * A pattern named, perhaps with the author's reminder: "Prototype - Copy and Deepcopy", "Behavioral Design Patterns:
     * Iterator (iter, next)", "Template Method".
     */
    private static final Pattern PATTERN_NAME = Pattern.compile("^(?:[^:]{2,80}:\\s+)?(?<name>\\p{Lu}[\\p{L}\\d]*(?:\\s\\p{Lu}[\\p{L}\\d]*)?(?:\\s(?:Method|Pattern|of Responsibility))?)"
            + "(?:\\s+[-–—]\\s+(?<hint>\\S.{0,80})|\\s+\\((?<bracketed>[^()]{1,60})\\))?$");

    /** As {@link #ask(String, String, CardKind, Language)}, for a card in {@code topic}: a pattern's name is asked as a pattern. */
    static String ask(String prompt, String answer, CardKind kind, Language language, prepdeck.knowledge.TopicPath topic) {
        if (kind == CardKind.QUESTION && topic.titles().stream().anyMatch(t -> PATTERNS_TOPIC.matcher(t).matches())) {
            var m = PATTERN_NAME.matcher(prompt.strip());
            if (m.matches() && !answer.isBlank()) {
                String name = m.group("name");
                String hint = m.group("hint") != null ? m.group("hint").strip() : m.group("bracketed") != null ? m.group("bracketed").strip() : "";
                if (hint.isEmpty()) {
                    return switch (language) {
                        case RU -> "Что делает паттерн " + name + "?";
                        case UK -> "Що робить патерн " + name + "?";
                        case EN -> "What does the " + name + " pattern do?";
                    };
                }
                return switch (language) {
                    case RU -> "Что делает паттерн " + name + "? (" + hint + ")";
                    case UK -> "Що робить патерн " + name + "? (" + hint + ")";
                    case EN -> "What does the " + name + " pattern do? (" + hint + ")";
                };
            }
        }
        return ask(prompt, answer, kind, language);
    }

    /** The question for a card of {@code kind} titled {@code prompt} with {@code answer}, in {@code language}. */
    static String ask(String prompt, String answer, CardKind kind, Language language) {
        String p = prompt.strip();
        if (p.isEmpty() || p.contains("\n")) return prompt;
        return switch (kind) {
            case SECTION -> section(p, answer, language);
            case QUESTION -> question(p, answer, language);
            case LIST -> asks(p) ? withMark(p) : list(p, answer, language);
            case COMMAND -> asks(p) ? withMark(p) : command(p, language);
            default -> prompt;
        };
    }

    private static String question(String p, String answer, Language language) {
        if (asks(p)) return withMark(p);
        int colon = p.lastIndexOf(": ");
        if (colon > 0 && asks(p.substring(colon + 2))) return p.substring(0, colon) + ": " + lowerFirst(withMark(p.substring(colon + 2).strip()));
        // a short name before the colon is a heading over the question; a longer one is a sentence that lists
        // ("Глобальний контекст виконання створює дві речі: …")
        if (colon > 0 && !p.endsWith(":") && p.substring(0, colon).strip().split("\\s+").length <= 4) {
            // "Soft Skills: Conflict resolution": the heading above names the field, the bare topic is asked
            String parent = p.substring(0, colon).strip(), child = p.substring(colon + 2).strip();
            if (sentence(parent)) return question(child, answer, language);
            if (child.split("\\s+").length <= 5 && !statement(child)) {
                String asked = tellAbout(child, answer, language);
                return parent + ": " + lowerFirst(asked);
            }
            return p;
        }
        // a question list's bare topic ("threading", "утиная типизация") is what the interviewer asked about
        String bare = p.endsWith(":") ? p.substring(0, p.length() - 1).strip() : p;
        if (bare.isEmpty() || bare.split("\\s+").length > 5 || statement(bare)) return p; // a statement is asked as written
        return tellAbout(bare, answer, language);
    }

    /** A statement, a remark or a pattern's one-line summary ("Singlton - антипаттерн"): asked as written. */
    private static boolean statement(String t) {
        return t.matches(".*[.!;—–]\\s.*|.*\\s-\\s.*|.*[.!]$") || t.matches("(?iu).*\\s(?:это|є|це|is|are)\\s.*");
    }

    /** A parent heading that is a sentence ("Best practices are … skills. while True: …") names no field to ask in. */
    private static boolean sentence(String parent) {
        return parent.matches(".*[.!?]\\s.*") || parent.contains("()") || parent.split("\\s+").length > 8;
    }

    private static String section(String p, String answer, Language language) {
        if (asks(p)) return withMark(p);
        var codeOf = CODE_OF.matcher(p);
        if (codeOf.matches() && answer.strip().startsWith("```")) {
            // "Unique chars: Code: In-Place" over the code: the section is the code of that approach
            String parent = codeOf.group(1) == null ? "" : codeOf.group(1).strip() + ": ";
            String what = codeOf.group(2).strip();
            return parent + switch (language) {
                case RU -> "напишите код: " + what;
                case UK -> "напишіть код: " + what;
                case EN -> "write the code for " + what;
            };
        }
        if (namesOnly(answer)) {
            // "Security Patterns" over "- OAuth 2.0 … - JWT … - Zero Trust": a list of names to recall
            int colon = p.lastIndexOf(": ");
            String parent = colon > 0 ? p.substring(0, colon + 2) : "";
            String what = colon > 0 ? p.substring(colon + 2).strip() : p;
            if (!asks(what) && !sentence(what) && (language != Language.EN || what.matches(".*[a-z]s"))) {
                String named = switch (language) {
                    case RU -> "Перечислите: " + lowerIfCommon(what, answer);
                    case UK -> "Перелічіть: " + lowerIfCommon(what, answer);
                    case EN -> "Name the " + what;
                };
                return parent + (parent.isEmpty() ? named : lowerFirst(named));
            }
        }
        var one = ONE_EXPRESSION.matcher(answer.strip());
        if (one.matches() && !STATEMENT.matcher(one.group("code")).lookingAt()) {
            String code = "`" + one.group("code").strip() + "`";
            return switch (language) {
                case RU -> "Что вернёт " + code + "?";
                case UK -> "Що поверне " + code + "?";
                case EN -> "What does " + code + " return?";
            };
        }
        int colon = p.lastIndexOf(": ");
        if (colon > 0) {
            String parent = p.substring(0, colon).strip(), child = p.substring(colon + 2).strip();
            if (sentence(parent)) return section(child, answer, language);
            if (asks(child)) return parent + ": " + lowerFirst(withMark(child));
            if (EXPLAINER.matcher(child).matches() && !parent.contains(": ")) {
                String why = why(parent, language);
                if (why != null) return why;
            }
            var example = EXAMPLE.matcher(child);
            if (example.matches() && answer.contains("```")) return parent + ": " + example(example.group("kind"), example.group("what"), language);
            if (INTRO.matcher(child).matches() && !parent.contains(": ")) return tellAbout(parent, answer, language);
            // "MRO в Питоне: 2.0", "Транзакции: В Django" read on as one name
            if (VERSION.matcher(child).matches() || ON_FROM.matcher(child).lookingAt()) return tellAbout(parent + " " + lowerFirst(child), answer, language);
            return parent + ": " + lowerFirst(tellAbout(child, answer, language));
        }
        return tellAbout(p, answer, language);
    }

    /**
     * "Почему стоит использовать только встроенный объект Error?" for the rule "Используйте только встроенный объект
     * Error"; null when the title is not a rule in the imperative whose infinitive is certain.
     */
    static String why(String rule, Language language) {
        String t = rule.strip().replaceFirst("[.!]$", "");
        if (language == Language.EN) {
            if (!IMPERATIVE_EN.matcher(t).matches()) return null;
            return "Why " + lowerFirst(t) + "?";
        }
        var m = IMPERATIVE.matcher(t);
        if (!m.matches()) return null;
        String verb = m.group("verb"), end = m.group("end");
        String infinitive = switch (end) {
            case "уйте" -> verb + (language == Language.UK ? "увати" : "овать");
            case "айте" -> verb + (language == Language.UK ? "ати" : "ать");
            case "яйте" -> verb + (language == Language.UK ? "яти" : "ять");
            default -> verb + (language == Language.UK ? "іти" : "еть");
        };
        String not = m.group("not") == null ? "" : "не ";
        String phrase = not + infinitive.toLowerCase(Locale.ROOT) + m.group("rest");
        return (language == Language.UK ? "Чому варто " : "Почему стоит ") + phrase + "?";
    }

    /** "покажите пример кода — использование обещаний", "show an anti-pattern: …". */
    private static String example(String kind, String what, Language language) {
        boolean anti = kind.toLowerCase(Locale.ROOT).contains("анти") || kind.toLowerCase(Locale.ROOT).contains("anti");
        String asked = switch (language) {
            case RU -> anti ? "покажите антипаттерн" : "покажите пример кода";
            case UK -> anti ? "покажіть антипатерн" : "покажіть приклад коду";
            case EN -> anti ? "show the anti-pattern" : "show a code example";
        };
        return what == null || what.isBlank() ? asked : asked + " — " + lowerFirst(what.strip());
    }

    private static final Pattern NAME_ITEM = Pattern.compile("^\\s*[-*+]\\s+(?:[^.:;!?]|\\.(?=\\d)){1,60}$");

    /** An answer that is only a bullet list of at least three short names (no sentence, no colon, at most six words each). */
    private static boolean namesOnly(String answer) {
        var lines = answer.strip().lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 3) return false;
        for (String l : lines) {
            if (!NAME_ITEM.matcher(l).matches() || l.strip().split("\\s+").length > 7 || l.contains("`") || l.contains("](")) return false;
        }
        return true;
    }

    private static String list(String p, String answer, Language language) {
        String what = lowerIfCommon(p, answer); // after a colon: no case to change
        return switch (language) {
            case RU -> "Перечислите: " + what;
            case UK -> "Перелічіть: " + what;
            case EN -> "List: " + what;
        };
    }

    private static String command(String p, Language language) {
        String first = p.split("\\s+")[0];
        // "створює файл README.md" reads on from "Яка команда"; a noun phrase ("Вхід у реєстр") follows a colon
        boolean verb = VERB_UK_RU.matcher(first).matches() && Character.isLowerCase(first.charAt(0));
        String what = verb ? p : lowerIfCommon(p);
        return switch (language) {
            case RU -> "Какая команда" + (verb ? " " : ": ") + what + "?";
            case UK -> "Яка команда" + (verb ? " " : ": ") + what + "?";
            case EN -> "Which command: " + what + "?";
        };
    }

    /** "Расскажите про итераторы", "Розкажіть про роботу з файлами", "Tell me about sets". */
    static String tellAbout(String title, String answer, Language language) {
        // a heading that is a sentence, an order or a circumstance ("1. Вы не сможете…", "Выберите один язык",
        // "По языкам программирования") is no name to tell about: it stays as written
        if (!asIs(title).isEmpty()) return title;
        String action = Actions.asked(title, answer, language);
        if (action != null) return action;
        if (ABOUT.matcher(title).matches()) {
            if (language == Language.EN && Character.UnicodeBlock.of(title.charAt(0)) == Character.UnicodeBlock.CYRILLIC) language = Language.RU;
            String t = lowerFirst(title);
            return switch (language) {
                case RU -> "Расскажите " + t;
                case UK -> "Розкажіть " + t;
                case EN -> "Tell me " + t;
            };
        }
        String what = object(title, answer, language);
        return switch (language) {
            case RU -> "Расскажите про " + what;
            case UK -> "Розкажіть про " + what;
            case EN -> "Tell me about " + what;
        };
    }

    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)^(?:\\d+[.)]\\s|(?:я|мы|вы|ты|ви|ми|ти|i|we|you|не|не\\s|по|для|в|во|на|с|со|от|из|до|за|при|без|у|з|із|від|під|над|for|in|on|with|by|from|to|how|why)\\s"
                    + "|\\p{IsCyrillic}+(?:ите|йте|іть|йся|йтесь|итесь|ись|айся)\\s)");

    /** Non-empty when the title is not a name: a sentence, an order, a circumstance. */
    private static String asIs(String title) {
        return NOT_A_NAME.matcher(title + " ").lookingAt() ? title : "";
    }

    /** The title as the object of a request: a common word in lower case, a feminine noun phrase in the accusative. */
    private static String object(String title, String answer, Language language) {
        String t = lowerIfCommon(title, answer);
        return language == Language.EN ? t : accusative(t, language);
    }

    /** Does the prompt already ask (a question mark, a question word, a request)? */
    static boolean asks(String p) {
        if (Questions.endsWithQuestionMark(p)) return true;
        String first = firstWord(Questions.bare(p));
        return QUESTION_WORDS.contains(first) || REQUESTS.contains(first);
    }

    private static String withMark(String p) {
        if (Questions.endsWithQuestionMark(p)) return p;
        String first = firstWord(Questions.bare(p));
        if (!QUESTION_WORDS.contains(first)) return p; // a request ("Explain …") ends as written
        String t = p;
        while (!t.isEmpty() && ".:;,".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
        return t + "?";
    }

    private static String firstWord(String t) {
        int end = 0;
        while (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '\'')) end++;
        return t.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** "Словари" → "словари" ("Что такое словари?"); names ("Git", "ООП", "Redis") stay as written. */
    static String lowerIfCommon(String title) {
        return lowerIfCommon(title, "");
    }

    /**
     * Lower-cases the first word when it is a common word: a Cyrillic word with no other capital ("Словари"), or a
     * Latin one the answer itself writes in lower case ("Sets" over "sets are …"); names ("Redis", "SQL") stay.
     */
    private static String lowerIfCommon(String title, String answer) {
        int end = 0;
        while (end < title.length() && !Character.isWhitespace(title.charAt(end))) end++;
        String word = title.substring(0, end);
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return title;
        if (word.length() == 1 && Character.UnicodeBlock.of(word.charAt(0)) != Character.UnicodeBlock.CYRILLIC) return title;
        for (int i = 1; i < word.length(); i++) if (Character.isUpperCase(word.charAt(i)) || Character.isDigit(word.charAt(i))) return title;
        boolean cyrillic = Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
        String lower = word.toLowerCase(Locale.ROOT);
        // "Unit Test", "Logging and Monitoring": a title in Title Case is a name, not a sentence that opens with a capital
        if (!cyrillic) {
            String[] words = title.substring(end).strip().split("\\s+");
            for (String w : words) {
                if (w.matches("(?i)and|or|&|vs\\.?|a|an|the")) continue;
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) return title;
                break;
            }
            // "Handling production incidents": a gerund is no name
            if (lower.endsWith("ing") && lower.length() > 5) return lower + title.substring(end);
        }
        String letters = lower.replaceAll("[^\\p{L}]", "");
        // "Iterators" over "an iterator is …": the stem written in lower case in the answer
        String stem = letters.length() > 4 && letters.endsWith("s") ? letters.substring(0, letters.length() - 1) : letters;
        if (!cyrillic && (letters.isEmpty() || !Pattern.compile("(?<![\\p{L}])" + Pattern.quote(stem)).matcher(answer).find())) return title;
        return lower + title.substring(end);
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return s;
        if (s.length() > 1 && (Character.isUpperCase(s.charAt(1)) || Character.isDigit(s.charAt(1)))) return s;
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * The accusative after "про" of a noun phrase that opens with feminine words in -а/-я ("утиная типизация" →
     * "утиную типизацию", "основна причина" → "основну причину"); other words are the same in both cases for the
     * inanimate things notes are about. Changes adjectives and then one noun; the words after them stay.
     */
    static String accusative(String phrase, Language language) {
        String[] words = phrase.split(" ", -1);
        // "геш таблиця", "хеш функция": a short word that does not decline names the kind of the noun after it
        if (words.length == 2 && words[0].length() <= 4 && words[0].matches("\\p{IsCyrillic}+") && !words[0].matches("(?iu).*[аяоеиіыуюєї]")
                && words[1].matches("(?u)\\p{IsCyrillic}{3,}[ая]") && !SAME_IN_ACCUSATIVE.matcher(words[1].toLowerCase(Locale.ROOT)).matches()) {
            String w = words[1];
            return words[0] + " " + w.substring(0, w.length() - 1) + (w.endsWith("а") ? "у" : "ю");
        }
        for (int i = 0; i < words.length && i < 3; i++) {
            String w = words[i];
            int end = w.length();
            while (end > 0 && !Character.isLetter(w.charAt(end - 1))) end--;
            String core = w.substring(0, end), tail = w.substring(end);
            if (core.length() < 3 || !core.chars().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC || c == '-' || c == '\'' || c == '’')) break;
            String lower = core.toLowerCase(Locale.ROOT);
            if (SAME_IN_ACCUSATIVE.matcher(lower).matches()) break;
            boolean adjective = language == Language.RU ? lower.endsWith("ая") || lower.endsWith("яя")
                    : lower.matches(".*(?:на|ва|ька|ська|цька|ня)$") && i + 1 < words.length && words[i + 1].matches("\\p{IsCyrillic}+[ая]\\W*");
            if (lower.endsWith("ая") || lower.endsWith("яя")) {
                words[i] = core.substring(0, core.length() - 2) + (lower.endsWith("ая") ? "ую" : "юю") + tail;
            } else if (lower.endsWith("а") || lower.endsWith("я")) {
                words[i] = core.substring(0, core.length() - 1) + (lower.endsWith("а") ? "у" : "ю") + tail;
            } else {
                break;
            }
            if (!tail.isEmpty() || !adjective) break;
        }
        return String.join(" ", words);
    }
}
