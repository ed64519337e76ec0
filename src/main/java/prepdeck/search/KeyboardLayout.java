package prepdeck.search;

import java.util.List;

/**
 * A query typed with the wrong keyboard layout: «ПШД» is "GIL" typed on a Russian layout, "utythfnjh" is «генератор»
 * typed on an English one. A word the notes never use is read again key for key in the other layouts (Russian and
 * Ukrainian ЙЦУКЕН, English QWERTY), and the reading the notes do use wins.
 */
final class KeyboardLayout {
    private static final String EN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
    private static final String RU = "йцукенгшщзхъфывапролджэячсмитьбюё";
    private static final String UK = "йцукенгшщзхїфівапролджєячсмитьбю'";

    /** {@code text} as the user meant it: as typed, unless only another layout's reading is {@code known}. */
    String understood(String text, java.util.function.Predicate<String> known) {
        if (text.codePoints().filter(Character::isLetter).count() < 3 || known.test(text.toLowerCase(java.util.Locale.ROOT))) return text;
        int count = known(text, known);
        if (count > 0) return text;
        String best = text;
        for (String other : List.of(retype(text, RU, EN), retype(text, UK, EN), retype(text, EN, RU), retype(text, EN, UK))) {
            if (other.equals(text)) continue;
            int k = known(other, known);
            // every word of the other reading must be known: a lone short word matches by chance
            if (k > count && k == other.split("[^\\p{L}\\p{N}_]+").length) {
                count = k;
                best = other;
            }
        }
        return best;
    }

    private static int known(String text, java.util.function.Predicate<String> isKnown) {
        int known = 0;
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (!word.isEmpty() && isKnown.test(word)) known++;
        }
        return known;
    }

    /** Each character typed on layout {@code from} read as the same key on layout {@code to}. */
    static String retype(String text, String from, String to) {
        var out = new StringBuilder(text.length());
        for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            int at = from.indexOf(c);
            out.append(at >= 0 ? to.charAt(at) : c);
        }
        return out.toString();
    }
}
