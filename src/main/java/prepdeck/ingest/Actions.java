package prepdeck.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import prepdeck.knowledge.Language;

/**
 * Headings that are an action or a clause rather than a name, which "Tell me about …" would turn into nonsense
 * ("Tell me about Writes simple unit tests", "Расскажите про скачать код", "Расскажите про перед тем как вы начнете").
 * An infinitive is asked how ("Как скачать код приложения?"); an English order or a skill ("Print directory content",
 * "Writes simple unit tests") is asked how when its answer shows how (code or steps), else stays as written, as does a
 * clause (a subject pronoun, "то, что …"), a phrase cut at a preposition ("… based on:"), an arrow or a quotation.
 */
final class Actions {
    /**
     * English verbs that open orders and skills in notes ("Use …", "Print …", "Writes …"). A word here that is also a
     * noun ("Test", "Set", "Print") is an order only before an object ({@link #OBJECT_OPENERS}) or in lower case.
     */
    private static final Set<String> VERBS = Set.of(
            "add", "apply", "avoid", "build", "calculate", "call", "catch", "change", "check", "choose", "clean", "close",
            "compute", "configure", "connect", "consider", "convert", "copy", "count", "create", "debug", "declare",
            "declutter", "delete", "deploy", "detect", "determine", "display", "do", "document", "download", "draw",
            "ensure", "extend", "extract", "fetch", "find", "fix", "flatten", "follow", "generate", "get", "handle",
            "implement", "import", "improve", "initialize", "insert", "install", "invert", "iterate", "join", "keep",
            "know", "learn", "list", "load", "make", "manage", "measure", "merge", "mock", "monitor", "move", "open",
            "parse", "pass", "practice", "prefer", "prepare", "print", "profile", "raise", "read", "refactor", "remove",
            "rename", "replace", "return", "reverse", "rotate", "run", "save", "search", "send", "separate", "set",
            "show", "solve", "sort", "split", "start", "stop", "store", "structure", "swap", "take", "test", "think",
            "track", "try", "understand", "update", "upload", "use", "utilize", "validate", "verify", "write");
    /** Verbs that are seldom the first word of a name: an order even before a word not in {@link #OBJECT_OPENERS}. */
    private static final Set<String> VERBS_ONLY = Set.of(
            "avoid", "calculate", "choose", "configure", "consider", "convert", "create", "declare", "declutter",
            "delete", "determine", "download", "ensure", "fetch", "find", "get", "implement", "improve", "initialize",
            "install", "invert", "iterate", "keep", "know", "learn", "make", "prefer", "prepare", "remove", "rename",
            "reverse", "solve", "swap", "think", "understand", "use", "utilize", "validate", "verify", "write");
    /** Words that open a verb's object or manner: "Test your code", "Learn how to …", "Writes simple unit tests". */
    private static final Set<String> OBJECT_OPENERS = Set.of(
            "a", "an", "the", "your", "my", "our", "their", "its", "this", "that", "these", "those", "it", "them",
            "all", "each", "every", "any", "some", "how", "what", "when", "why", "where", "existing", "simple", "new",
            "multiple", "one", "two", "up", "out", "with", "to", "efficiently", "properly", "correctly");
    /** "Use cases", "Test cases", "Run time": the verb is a noun's first half. */
    private static final Set<String> NOUN_HEADS = Set.of("case", "cases", "time", "suite", "suites", "coverage", "driven", "of", "and", "&", "vs", "or");
    /** A subject pronoun makes a clause ("Перед тем как вы начнете", "What we look for"). */
    private static final Pattern SUBJECT = Pattern.compile("(?iu)(?:^|[\\s,(])(?:я|мы|вы|ты|он|она|они|ми|ви|ти|він|вона|вони|we|you|he|she|they)(?=[\\s,.!?)]|$)");
    /** "то, что не охватывает …", "things that …": a relative clause. */
    private static final Pattern RELATIVE = Pattern.compile("(?iu),\\s*(?:что|который|которая|которые|где|когда|що|який|яка|які|коли|which|that|who)\\s");
    /** A phrase cut at a preposition or a conjunction ("Acquisition of knowledge based on:"). */
    private static final Pattern CUT = Pattern.compile("(?u).*\\s(?:on|of|to|for|with|in|by|about|and|or|the|в|на|о|об|про|для|с|и|или|у|з|і|та|або)\\s*:?$");
    private static final Pattern ARROW_OR_QUOTE = Pattern.compile("->|→|=>|^[\"«“„'].*");
    /** A Russian or Ukrainian infinitive: "Скачать", "Установить", "Завантажити", "Налаштувати". */
    private static final Pattern INFINITIVE = Pattern.compile("(?iu)^\\p{IsCyrillic}{3,}(?:ать|ять|ить|еть|уть|ыть|ться|чь|ати|яти|ити|іти|ути|тися)$");
    /** Nouns that end like an infinitive. */
    private static final Set<String> NOT_INFINITIVES = Set.of("память", "сеть", "путь", "печать", "мать", "кровать", "благодать",
            "стать", "знать", "нить", "суть", "ртуть", "жуть", "муть", "зять", "пять", "девять", "десять", "двадцать", "тридцать",
            "результати", "формати", "дати", "цитати", "кімнати", "автомати", "ліміти", "кредити", "маршрути", "атрибути", "інститути", "депозити");
    private static final Pattern FENCE = Pattern.compile("(?m)^\\s*```");
    private static final Pattern STEP = Pattern.compile("(?m)^\\s*(?:\\d+[.)]|\\$)\\s");

    private Actions() {}

    /**
     * The question for a heading that is an action or a clause, or {@code null} when it is a name ("Sets",
     * "Итераторы", "Handling production incidents") to be told about.
     */
    static String asked(String title, String answer, Language language) {
        String t = title.strip();
        String[] words = t.split("\\s+");
        if (ARROW_OR_QUOTE.matcher(t).find() || RELATIVE.matcher(t).find() || words.length > 1 && CUT.matcher(t).matches()) return t;
        if (SUBJECT.matcher(t).find()) return t;
        String first = words[0].toLowerCase(Locale.ROOT);
        if (words.length > 1 && INFINITIVE.matcher(first).matches() && !NOT_INFINITIVES.contains(first)) {
            String rest = lowerFirst(t);
            boolean uk = language == Language.UK || first.endsWith("ти") || first.endsWith("тися");
            return (uk ? "Як " : "Как ") + stripEnd(rest) + "?";
        }
        if (words.length < 2 || Character.UnicodeBlock.of(t.charAt(0)) == Character.UnicodeBlock.CYRILLIC) return null;
        String base = baseForm(first);
        if (base == null) return null;
        String next = words[1].toLowerCase(Locale.ROOT);
        if (NOUN_HEADS.contains(next)) return null;
        boolean thirdPerson = !base.equals(first);
        // "print directory content" over def print_directory_contents(): the code does what the heading says
        boolean named = Pattern.compile("(?i)\\b" + Pattern.quote(base) + "_?" + Pattern.quote(next.substring(0, Math.min(4, next.length())))).matcher(answer).find();
        boolean order = OBJECT_OPENERS.contains(next) || VERBS_ONLY.contains(base) && !thirdPerson || named;
        if (!order) return null;
        if (!showsHow(answer)) return t;
        String object = t.substring(words[0].length()).strip();
        return "How do you " + base + " " + stripEnd(object) + "?";
    }

    /** An answer that shows how: code, or numbered steps or shell commands. */
    private static boolean showsHow(String answer) {
        String a = answer.strip();
        if (a.isEmpty()) return false;
        return FENCE.matcher(a).find() && a.startsWith("```") || STEP.matcher(a).lookingAt();
    }

    /** The verb a heading's first word is a form of ("Writes" → write, "Tries" → try), or {@code null}. */
    static String baseForm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (VERBS.contains(w)) return w;
        if (w.endsWith("ies") && VERBS.contains(w.substring(0, w.length() - 3) + "y")) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("es") && VERBS.contains(w.substring(0, w.length() - 2))) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && VERBS.contains(w.substring(0, w.length() - 1))) return w.substring(0, w.length() - 1);
        return null;
    }

    private static String stripEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".:;,!".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return s;
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) return s;
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
