package prepdeck.review.interview;

/** What a word's spelling says about it: code, an acronym, a foreign (Latin) word. */
final class WordShapes {
    private WordShapes() {}

    /** {@code __iter__}, {@code select_related}, {@code os.path}, {@code QuerySet}, {@code http2}: kept as written. */
    static boolean isIdentifier(String w) {
        if (w.indexOf('_') >= 0) return true;
        boolean lower = false, upperAfterLower = false, letter = false, digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '.' && i > 0 && i < w.length() - 1 && isLatin(w)) return true;
            if (Character.isLowerCase(c)) lower = true;
            else if (Character.isUpperCase(c) && lower) upperAfterLower = true;
            if (Character.isLetter(c)) letter = true;
            if (Character.isDigit(c)) digit = true;
        }
        return upperAfterLower || (letter && digit);
    }

    /** GIL, ORM, БД: a few letters, all capitals. */
    static boolean isAcronym(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        // Cyrillic capitals in a row are more often shouting ("ИЗБЕЖАТЬ СОСТОЯНИЕ ГОНКИ") than an acronym
        return letters >= 2 && (isLatin(w) ? letters <= 6 : letters <= 3);
    }

    static boolean isLatin(String w) {
        boolean any = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (c > 'z') return false;
                any = true;
            }
        }
        return any;
    }

    /** The endings of a Russian or Ukrainian noun made of a verb: «хранение», «вычисления», «встановлення», «зберігання». */
    private static final java.util.regex.Pattern VERBAL_NOUN = java.util.regex.Pattern.compile(
            "^(\\p{IsCyrillic}{4,}?)(?:[еая]ни(?:е|я|ю|ем|и)|[еая]нн(?:я|ю|ям|і))$");
    /** What follows a verb's stem: «хран|ит», «вычисл|яет», «встановл|ює», «хран|я», «хран|ился». */
    private static final java.util.regex.Pattern VERB_ENDING = java.util.regex.Pattern.compile(
            "^[аяеиіюуєї]{0,2}(?:ть|ти|т|л|ла|ло|ли|ешь|ишь|ем|им|ете|ите|є|ють)?(?:ся|сь)?$");

    /**
     * Whether {@code noun} is the verbal noun of the verb form {@code verb} ("без хранения всего списка" states "не хранит
     * всю последовательность"): the noun less its ending starts the verb, and what is left of the verb is a verb's ending.
     */
    static boolean derived(String noun, String verb) {
        if (noun.length() < 7 || verb.length() < 5 || !noun.regionMatches(0, verb, 0, 4) || noun.charAt(0) < 'а') return false;
        var m = VERBAL_NOUN.matcher(noun);
        if (!m.matches()) return false;
        String stem = m.group(1);
        if (!verb.startsWith(stem) || verb.length() == stem.length()) return false;
        String rest = verb.substring(stem.length());
        return rest.length() <= 5 && VERB_ENDING.matcher(rest).matches();
    }

    static int letters(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) if (Character.isLetter(w.charAt(i))) n++;
        return n;
    }
}
