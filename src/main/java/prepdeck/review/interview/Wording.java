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
            // uk
            "це", "цей", "ця", "ці", "можна", "потрібно", "треба", "наприклад", "також", "дуже", "є", "має", "мають", "допомогою",
            "буде", "будуть", "може", "можуть", "просто", "такий", "такі", "свій", "своїх", "тобто", "коли", "чому", "тому",
            "завжди", "часто", "теж", "ще",
            // en
            "which", "can", "could", "should", "must", "may", "might", "use", "used", "uses", "using", "allows", "allow",
            "example", "also", "very", "has", "have", "does", "do", "just", "some", "any", "it's", "etc", "so", "because",
            "why", "what", "when", "how", "eg", "e.g", "i.e", "ie", "always", "often", "usually", "too"));

    /** Beginnings of link words in every form ("которые", "используется", "дозволяє"). */
    private static final List<String> FILLER_BEGINNINGS = List.of(
            "котор", "которій", "котрий", "котра", "використов", "использ", "позволя", "дозволя", "являет", "являю",
            "означает", "означає");

    private static final Set<String> NEGATIONS = Set.of(
            "не", "нет", "ни", "нельзя", "без", "ні", "немає", "нема", "неможна", "not", "no", "never", "without", "cannot",
            "can't", "don't", "doesn't", "isn't", "aren't", "won't", "wasn't", "didn't", "nor");

    /** Generic nouns: "интерпретируемый язык" is stated by "интерпретируемый". */
    private static final List<String> GENERIC_BEGINNINGS = List.of(
            "язык", "мова", "мови", "мову", "мовою", "language", "способ", "спосіб", "way", "thing", "вещь", "штук");

    private Wording() {}

    static boolean isFiller(String folded) {
        if (FILLERS.contains(folded)) return true;
        for (String b : FILLER_BEGINNINGS) if (folded.startsWith(b)) return true;
        return false;
    }

    static boolean isNegation(String folded) {
        return NEGATIONS.contains(folded);
    }

    static boolean isGeneric(String folded) {
        for (String b : GENERIC_BEGINNINGS) if (folded.startsWith(b)) return true;
        return false;
    }
}
