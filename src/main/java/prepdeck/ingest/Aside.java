package prepdeck.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text around the questions that is not one: a study plan's talk about itself, its author and its reader, and lists
 * of books, videos and courses. Such a section stays a topic but gives no card.
 */
final class Aside {
    private static final Pattern CHECKBOX = Pattern.compile("^\\s*[-*+]\\s+\\[[ xX]\\]\\s");
    /** The whole heading names a list of resources, with at most one qualifier before it and a subject after it. */
    private static final Pattern RESOURCES = Pattern.compile(
            "(?iu)(?:(?:learning|recommended|further|additional|other|useful|полезные|рекомендуемые|дополнительная|дополнительные|корисні|рекомендовані|додаткова|додаткові|список)\\s+)?"
                    + "(?:resources|books?|reading(?:s| list)?|videos?|video series|courses|links|"
                    + "литература|книги|книг|видео|ресурсы|курсы|ссылки|література|книжки|відео|ресурси|курси|посилання)"
                    + "(?:\\s+(?:on|about|for|по|про|для|о|з|із)\\s+.+)?[.:]?");
    /** "Цитата из блога: …", "Цитата блога: …", "Blog Quote: …": someone else's words supporting the page, not a fact to recall. */
    private static final Pattern QUOTATION = Pattern.compile(
            "(?iu)^(?:цитата\\s+(?:(?:из|з|із)\\s+)?(?:блога|блогу|статьи|статті|документации|документації)|blog\\s+quote|quote\\s+from\\s+(?:a\\s+|the\\s+)?blog)(?![\\p{L}]).*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final java.util.Set<String> FIRST_PERSON = java.util.Set.of(
            "i", "my", "me", "mine", "myself", "i'm", "i've", "i'd", "i'll",
            "я", "мне", "меня", "мной", "мною", "мой", "моя", "моё", "мое", "мои", "моих", "моим", "моей", "моего", "моему", "мою", "моём", "моем",
            "мені", "мене", "мій", "моє", "моїх", "моїм", "моєї", "моєму", "моїй");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)|https?://\\S+");
    private static final Pattern FENCE = Pattern.compile("(?s)```.*?```|`[^`\n]*`|\\b[ie]\\.[eg]\\.");

    private Aside() {}

    /**
     * A study plan: a page that is mostly a checklist to tick off ("- [ ] [Arrays (video)](…)"), at least 20 items
     * and one line in ten. Its sections are the plan's steps; only its question blocks are questions.
     */
    static boolean studyPlan(List<String> lines) {
        int boxes = 0, text = 0;
        for (String l : lines) {
            if (l.isBlank()) continue;
            text++;
            if (CHECKBOX.matcher(l).find()) boxes++;
        }
        return boxes >= 20 && boxes * 10 >= text;
    }

    /** A heading that names a list of resources: "Learning resources", "Список книг", "Видео", "Recommended courses". */
    static boolean resources(String heading) {
        if (heading == null || heading.isBlank() || Questions.endsWithQuestionMark(heading)) return false;
        return RESOURCES.matcher(heading.strip()).matches();
    }

    /** A heading over a quotation from a blog or an article: "Цитата блога: «…»", "Blog Quote: "…"". */
    static boolean quotation(String heading) {
        return heading != null && QUOTATION.matcher(heading.strip()).matches();
    }

    /** Text told in the first person singular ("Я следую этому плану…", "I post daily…"): the author's story, not a fact. */
    static boolean narrative(String answer) {
        if (answer == null || answer.isBlank()) return false;
        String text = LINK_TARGET.matcher(FENCE.matcher(answer).replaceAll(" ")).replaceAll(" ").toLowerCase(Locale.ROOT).replace('’', '\'');
        long cyrillic = text.codePoints().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC).count();
        long latin = text.codePoints().filter(c -> c >= 'a' && c <= 'z').count();
        int words = 0, first = 0;
        for (var m = WORD.matcher(text); m.find(); ) {
            words++;
            // a Latin "i" in Ukrainian text is the conjunction "і" typed on the wrong keyboard, not "I"
            if (FIRST_PERSON.contains(m.group()) && !(m.group().equals("i") && cyrillic > latin)) first++;
        }
        return first >= 2 && first * 50 >= words;
    }
}
