package prepdeck.review.interview;

import java.util.List;
import java.util.Set;

/**
 * Words that say little on their own in an interview answer, beyond the analysers' stop words: link
 * words ("который", "позволяет", "which"), negations, and generic nouns a phrase can do without.
 * Folded forms (lower case, ё as е, one apostrophe).
 */
final class Wording {
    private static final Set<String> FILLERS = Set.copyOf(List.of( // a word may be in two languages
            // ru
            "это", "этот", "эта", "эти", "можно", "нужно", "надо", "должен", "должна", "должны", "например", "также", "очень",
            "есть", "имеет", "имеют", "помощью", "будет", "будут", "может", "могут", "просто", "какой", "какие", "такой", "такие",
            "весь", "свой", "своих", "своего", "т.е", "т.д", "др", "др.", "то", "т.к", "где", "когда", "почему", "потому", "зачем",
            "вообще", "обычно", "всегда", "часто", "чаще", "ещё", "еще", "тоже", "типа", "вот", "значит", "т.п", "что-то",
            "несколько", "много", "каждый", "каждого", "только", "затем", "потом", "сам", "самый", "этих", "этого", "одни", "те",
            // uk
            "це", "цей", "ця", "ці", "можна", "потрібно", "треба", "наприклад", "також", "дуже", "є", "має", "мають", "допомогою",
            "буде", "будуть", "може", "можуть", "просто", "такий", "такі", "свій", "своїх", "тобто", "коли", "чому", "тому",
            "завжди", "часто", "теж", "ще", "кілька", "багато", "кожен", "кожного", "лише", "тільки", "потім", "фактично",
            // en
            "which", "can", "could", "should", "must", "may", "might", "use", "used", "uses", "using", "allows", "allow",
            "example", "also", "very", "has", "have", "does", "do", "just", "some", "any", "it's", "etc", "so", "because",
            "why", "what", "when", "how", "eg", "e.g", "i.e", "ie", "always", "often", "usually", "too", "only", "many",
            "several", "each", "every", "still", "then", "much", "more", "less", "its", "it"));

    /** Beginnings of link words in every form ("которые", "используется", "дозволяє"). */
    private static final List<String> FILLER_BEGINNINGS = List.of(
            "котор", "которій", "котрий", "котра", "використов", "использ", "позволя", "дозволя", "являет", "являю",
            "означает", "означає");

    private static final Set<String> NEGATIONS = Set.of(
            "не", "нет", "ни", "нельзя", "без", "ні", "немає", "нема", "неможна", "not", "no", "never", "without", "cannot",
            "can't", "don't", "doesn't", "isn't", "aren't", "won't", "wasn't", "didn't", "nor");

    /** Generic nouns: "интерпретируемый язык" is stated by "интерпретируемый". */
    private static final List<String> GENERIC_BEGINNINGS = List.of(
            "язык", "мова", "мови", "мову", "мовою", "language", "способ", "спосіб", "way", "thing", "вещь", "штук",
            "python", "пайтон", "питон", "пітон", "code", "код");

    private Wording() {}

    static boolean isFiller(String folded) {
        if (FILLERS.contains(folded)) return true;
        for (String b : FILLER_BEGINNINGS) if (folded.startsWith(b)) return true;
        return false;
    }

    static boolean isNegation(String folded) {
        return NEGATIONS.contains(folded);
    }

    /** How many words back a negation reaches ("does not send pre_save"). */
    private static final int NEGATION_REACH = 3;

    /**
     * Whether a negation comes shortly before word {@code i} of {@code text}, in the same clause: "не блокирует",
     * "does not send pre_save/post_save", but not "нет, GIL …".
     */
    static boolean negatedAt(List<Word> words, int i, String text) {
        for (int k = i - 1; k >= 0 && k >= i - NEGATION_REACH; k--) {
            if (breaksClause(text, words.get(k).end(), words.get(k + 1).start())) return false;
            if (isNegation(words.get(k).folded())) return true;
        }
        return false;
    }

    private static boolean breaksClause(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == '(' || c == ')') return true;
        }
        return false;
    }

    static boolean isGeneric(String folded) {
        for (String b : GENERIC_BEGINNINGS) if (folded.startsWith(b)) return true;
        return false;
    }
}
