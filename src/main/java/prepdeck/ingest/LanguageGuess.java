package prepdeck.ingest;

import java.util.Set;
import prepdeck.knowledge.Language;

/**
 * Tells Russian, Ukrainian and English apart by common words first and letters second. Code (between
 * backticks) is left out. The notes type Russian on a Ukrainian keyboard ("єто", "которій"), so a stray
 * і or є is weak evidence, while ы, э, ъ, ё and ї, ґ are strong. One pass over the text, no regular
 * expressions: it runs for every card of every import.
 */
final class LanguageGuess {
    private static final Set<String> RU = Set.of("это", "что", "как", "не", "и", "в", "на", "для", "который", "которая", "или", "если", "так", "его", "она", "они", "только", "можно", "нужно", "когда", "чем", "при", "все", "то", "через", "потому", "также");
    private static final Set<String> UK = Set.of("це", "що", "як", "не", "і", "й", "в", "у", "на", "для", "який", "яка", "або", "якщо", "так", "його", "вона", "вони", "тільки", "можна", "потрібно", "коли", "ніж", "при", "всі", "та", "через", "тому", "також");
    private static final int LONGEST_MARKER = 9;

    /** What a text says about its language; counts add up, so a card's prompt and answer are counted once each. */
    record Evidence(int cyrillic, int words, int latinWords, int ruWords, int ukWords, int strongRu, int strongUk, int weakUk) {
        static final Evidence NONE = new Evidence(0, 0, 0, 0, 0, 0, 0, 0);

        Evidence plus(Evidence o) {
            return new Evidence(cyrillic + o.cyrillic, words + o.words, latinWords + o.latinWords, ruWords + o.ruWords,
                    ukWords + o.ukWords, strongRu + o.strongRu, strongUk + o.strongUk, weakUk + o.weakUk);
        }

        /** The language this evidence points to, or {@code fallback} when it is too thin to tell. */
        Language decide(Language fallback) {
            if (cyrillic == 0) return latinWords >= 4 ? Language.EN : fallback;
            if (latinWords > 2 * (words - latinWords) && latinWords >= 4) return Language.EN;
            double ru = 2.0 * ruWords + 1.5 * strongRu;
            double uk = 2.0 * ukWords + 1.5 * strongUk + weakUk / 3.0;
            if (uk > ru) return Language.UK;
            if (ru > uk) return Language.RU;
            return fallback == Language.EN ? Language.RU : fallback;
        }
    }

    private LanguageGuess() {}

    static Language of(CharSequence text, Language fallback) {
        return evidence(text).decide(fallback);
    }

    static Evidence evidence(CharSequence text) {
        int cyr = 0, words = 0, latinWords = 0, ruWords = 0, ukWords = 0, strongRu = 0, strongUk = 0, weakUk = 0;
        boolean inCode = false;
        var word = new StringBuilder(LONGEST_MARKER + 1);
        boolean wordLatin = true, wordLong = false;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c == '`') inCode = !inCode;
            boolean letter = !inCode && (Character.isLetter(c) || c == '\'');
            if (letter) {
                if (c >= '\u0400' && c <= '\u04FF') {
                    cyr++;
                    wordLatin = false;
                    switch (c) {
                        case 'ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё' -> strongRu++;
                        case 'ї', 'ґ', 'Ї', 'Ґ' -> strongUk++;
                        case 'і', 'є', 'І', 'Є' -> weakUk++;
                        default -> { }
                    }
                } else if (c >= 0x80) {
                    wordLatin = false;
                }
                if (word.length() < LONGEST_MARKER) word.append(Character.toLowerCase(c));
                else wordLong = true;
            } else if (!word.isEmpty()) {
                words++;
                if (wordLatin) latinWords++;
                if (!wordLong) {
                    String w = word.toString();
                    if (RU.contains(w)) ruWords++;
                    if (UK.contains(w)) ukWords++;
                }
                word.setLength(0);
                wordLatin = true;
                wordLong = false;
            }
        }
        return new Evidence(cyr, words, latinWords, ruWords, ukWords, strongRu, strongUk, weakUk);
    }
}
