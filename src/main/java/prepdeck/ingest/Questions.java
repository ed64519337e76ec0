package prepdeck.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What reads as a question or an interviewer's prompt, in Russian, Ukrainian or English. */
final class Questions {
    /** "Q:", "**Q:**", "Вопрос:", "Питання:", "Question:" at the start of a line. */
    static final Pattern Q_MARK = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)?(?:Q|Question|В|Вопрос|Питання|Запитання)\\s*:\\s*(?:\\*\\*|__)?\\s*(?:\\*\\*|__)?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "A:", "**A:**", "Ответ:", "Відповідь:", "Answer:". */
    static final Pattern A_MARK = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)?(?:A|Answer|О|Ответ|Відповідь)\\s*:\\s*(?:\\*\\*|__)?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An answer marker in the middle of a line: "Q: … A: …". */
    static final Pattern INLINE_A = Pattern.compile("\\s(?:\\*\\*|__)?(?:A|Answer|Ответ|Відповідь)\\s*:(?:\\*\\*|__)?\\s+");
    /** "12. ", "12.Text", "12) " before a heading's or an item's text. */
    static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d{1,4}(?:\\.\\d{1,3})*[.)]\\s*(?=\\S)");
    private static final Pattern PROBLEM = Pattern.compile("^(?:Problem|Task|Задача|Завдання)\\s*:\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words a question or an interviewer's request opens with. */
    private static final Set<String> OPENERS = Set.copyOf(java.util.List.of(
            "what", "what's", "whats", "why", "how", "when", "which", "who", "whom", "whose", "where", "is", "are", "was", "were", "can", "could",
            "do", "does", "did", "should", "would", "will", "have", "has", "explain", "describe", "define", "differentiate", "compare",
            "tell", "name", "list", "give", "talk", "imagine", "discuss", "distinguish",
            "что", "чем", "чём", "как", "какой", "какая", "какое", "какие", "каким", "зачем", "почему", "где", "когда", "кто", "сколько",
            "для", "в", "объясни", "объясните", "расскажи", "расскажите", "опиши", "опишите", "назови", "назовите", "приведи", "приведите",
            "перечисли", "перечислите", "сравни", "сравните", "можно", "нужно", "есть", "является", "чем", "каков", "какова",
            "що", "як", "який", "яка", "яке", "які", "навіщо", "чому", "де", "коли", "хто", "скільки", "поясни", "поясніть",
            "розкажи", "розкажіть", "опиши", "опишіть", "назви", "назвіть", "наведи", "наведіть", "перелічи", "порівняй", "порівняйте", "чи"));
    /** What a {@code <summary>} says when it only hides an answer. */
    private static final Pattern ANSWER_LABEL = Pattern.compile(
            "^(?:answer|ответ|відповідь|solution|решение|рішення|show|show answer|click|click to expand|toggle|спойлер|показать|показати|hint|подсказка|підказка|explanation|пояснение|пояснення)(?!\\p{L}).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Titles and lead-ins that announce questions. */
    private static final Pattern ABOUT_QUESTIONS = Pattern.compile("questions\\b|q&a|\\bfaq\\b|вопрос(?:ы|ов)|питання|запитання", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern INTERVIEW = Pattern.compile("question|q&a|interview|вопрос|собеседован|питанн|запитанн|співбесід", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Questions() {}

    /** A strong marker: "Q: …", "Problem: …" make a prompt whatever the text after them. */
    static boolean marked(String title) {
        return Q_MARK.matcher(title).lookingAt() || PROBLEM.matcher(title).lookingAt();
    }

    /** The prompt without "Q:", "Problem:" or a leading number. */
    static String bare(String title) {
        String t = title.strip();
        var q = Q_MARK.matcher(t);
        if (q.lookingAt()) t = t.substring(q.end());
        var p = PROBLEM.matcher(t);
        if (p.lookingAt()) t = t.substring(p.end());
        var n = LEADING_NUMBER.matcher(t);
        if (n.lookingAt()) t = t.substring(n.end());
        return t.strip();
    }

    static boolean endsWithQuestionMark(String text) {
        String t = text.strip();
        while (!t.isEmpty() && ")*_`\"'»”".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
        return t.endsWith("?") || t.endsWith("？");
    }

    /** Ends with "?" or opens with a question word or an interviewer's request. */
    static boolean like(String text) {
        String t = bare(text);
        if (t.isEmpty()) return false;
        if (endsWithQuestionMark(t)) return true;
        return opensLikeOne(t);
    }

    static boolean opensLikeOne(String text) {
        String t = bare(text);
        int end = 0;
        while (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '\'' || t.charAt(end) == '’')) end++;
        if (end == 0) return false;
        String first = t.substring(0, end).toLowerCase(Locale.ROOT).replace('’', '\'');
        if (!OPENERS.contains(first)) return false;
        // "В Python …" or "Is" alone are not questions: a question word is followed by more words
        return t.split("\\s+").length >= 3 && !first.equals("в") && !first.equals("для") || t.split("\\s+").length >= 3 && (first.equals("в") || first.equals("для")) && t.contains("?");
    }

    static boolean answerLabel(String summary) {
        String s = summary.strip();
        return s.isEmpty() || ANSWER_LABEL.matcher(s).matches();
    }

    static boolean announcesQuestions(String text) {
        return ABOUT_QUESTIONS.matcher(text).find();
    }

    static boolean aboutInterviews(String text) {
        return INTERVIEW.matcher(text).find();
    }
}
