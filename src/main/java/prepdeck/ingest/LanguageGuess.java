package prepdeck.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import prepdeck.knowledge.Language;

/**
 * Tells Russian, Ukrainian and English apart by letters and common words. Cheap and good enough
 * for notes: Ukrainian has і ї є ґ, Russian ы э ъ ё; otherwise frequent short words decide.
 */
final class LanguageGuess {
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<String> RU = Set.of("это", "что", "как", "не", "и", "в", "на", "для", "который", "которая", "или", "если", "так", "его", "она", "они", "только", "можно", "нужно", "когда", "чем", "при", "все", "то", "через", "потому", "также");
    private static final Set<String> UK = Set.of("це", "що", "як", "не", "і", "й", "в", "у", "на", "для", "який", "яка", "або", "якщо", "так", "його", "вона", "вони", "тільки", "можна", "потрібно", "коли", "ніж", "при", "всі", "та", "через", "тому", "також");

    private LanguageGuess() {}

    private static final Pattern CODE = Pattern.compile("```.*?```|`[^`\\n]*`", Pattern.DOTALL);

    /**
     * The language of a piece of text, or {@code fallback} when it has too little to go by. Code is left
     * out. Words decide before letters: the notes type Russian on a Ukrainian keyboard ("єто", "которій"),
     * so a stray і or є is weak evidence, while ы, э, ъ, ё and ї, ґ are strong.
     */
    static Language of(CharSequence input, Language fallback) {
        String text = CODE.matcher(input).replaceAll(" ");
        int cyr = 0, latWords = 0, strongRu = 0, strongUk = 0, weakUk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyr++;
                if ("ыэъёЫЭЪЁ".indexOf(c) >= 0) strongRu++;
                else if ("їґЇҐ".indexOf(c) >= 0) strongUk++;
                else if ("іїєІЄ".indexOf(c) >= 0) weakUk++;
            }
        }
        int ruWords = 0, ukWords = 0, words = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(java.util.Locale.ROOT);
            words++;
            if (w.chars().allMatch(ch -> ch < 0x80)) latWords++;
            if (RU.contains(w)) ruWords++;
            if (UK.contains(w)) ukWords++;
        }
        if (cyr == 0) return latWords >= 4 ? Language.EN : fallback;
        if (latWords > 2 * (words - latWords) && latWords >= 4) return Language.EN;
        double ru = 2.0 * ruWords + 1.5 * strongRu;
        double uk = 2.0 * ukWords + 1.5 * strongUk + weakUk / 3.0;
        if (uk > ru) return Language.UK;
        if (ru > uk) return Language.RU;
        return fallback == Language.EN ? Language.RU : fallback;
    }
}
