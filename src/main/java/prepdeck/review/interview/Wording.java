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
            "делает", "делают", "делать", "сделать",
            // uk
            "це", "цей", "ця", "ці", "можна", "потрібно", "треба", "наприклад", "також", "дуже", "є", "має", "мають", "допомогою",
            "буде", "будуть", "може", "можуть", "просто", "такий", "такі", "свій", "своїх", "тобто", "коли", "чому", "тому",
            "завжди", "часто", "теж", "ще", "кілька", "багато", "кожен", "кожного", "лише", "тільки", "потім", "фактично",
            "робить", "роблять", "робити",
            // en
            "which", "can", "could", "should", "must", "may", "might", "use", "used", "uses", "using", "allows", "allow",
            "example", "also", "very", "has", "have", "does", "do", "just", "some", "any", "it's", "etc", "so", "because",
            "why", "what", "when", "how", "eg", "e.g", "i.e", "ie", "always", "often", "usually", "too", "only", "many",
            "several", "each", "every", "still", "then", "much", "more", "less", "its", "it", "over", "into", "onto", "via", "through",
            "upon", "within"));

    /** Beginnings of link words in every form ("которые", "используется", "дозволяє"). */
    private static final List<String> FILLER_BEGINNINGS = List.of(
            "котор", "которій", "котрий", "котра", "використов", "использ", "позволя", "дозволя", "являет", "являю",
            "означает", "означає");

    private static final Set<String> NEGATIONS = Set.of(
            "не", "нет", "ни", "нельзя", "без", "ні", "немає", "нема", "неможна", "not", "no", "never", "without", "cannot",
            "can't", "don't", "doesn't", "isn't", "aren't", "won't", "wasn't", "didn't", "nor", "неможливо", "нету", "n't",
            // "avoids naming conflicts" says there are none: "no clash" states it, "causes conflicts" says the opposite
            "avoid", "avoids", "avoiding", "prevent", "prevents", "избежать", "избегать", "избегает", "избегая", "предотвращает",
            "предотвратить", "уникати", "уникнути", "уникає", "запобігає", "запобігти");

    /** Generic nouns: "интерпретируемый язык" is stated by "интерпретируемый". */
    private static final List<String> GENERIC_BEGINNINGS = List.of(
            "язык", "мова", "мови", "мову", "мовою", "language", "способ", "спосіб", "way", "thing", "вещь", "штук",
            "python", "пайтон", "питон", "пітон", "code", "код",
            // framing words: "організованих за принципом LIFO" is stated by "LIFO", "здійснюється на кінець" by "кінець"
            "принцип", "principle", "организ", "організ", "organiz", "organis", "здійсню", "осуществл");

    private Wording() {}

    static boolean isFiller(String folded) {
        if (FILLERS.contains(folded)) return true;
        for (String b : FILLER_BEGINNINGS) if (folded.startsWith(b)) return true;
        return false;
    }

    static boolean isNegation(String folded) {
        return NEGATIONS.contains(folded);
    }

    /** Words that turn a sentence to another claim: "…, а TCP …", "… but with …". */
    private static final Set<String> CONTRASTS = Set.of("а", "но", "але", "однако", "проте", "but", "whereas", "however", "yet",
            "while", "тогда", "then");

    /** Words that join two claims of one sentence: a negation before one does not reach the other. */
    private static final Set<String> JOINS = Set.of("и", "і", "та", "й", "или", "або", "and", "or", "чтобы", "щоб", "which", "that",
            "который", "которая", "которые", "которого", "який", "яка", "які", "so", "поэтому", "тому", "because", "потому", "бо");

    static boolean isContrast(String folded) {
        return CONTRASTS.contains(folded);
    }

    /**
     * Which words a negation bears on: the first content word after it in its clause ("не храня в памяти", "does not
     * match", "without encryption"), or, when nothing follows it in the clause, the content word just before
     * ("сигнала нет"). The other words around stay as they are: "не храня в памяти" says something of memory, and an
     * answer that mentions memory is not thereby saying the opposite.
     */
    static boolean[] negations(List<Word> words, String text) {
        boolean[] out = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (!isNegation(words.get(i).folded())) continue;
            boolean found = false;
            for (int j = i + 1; j < words.size() && !breaks(words, j, text) && !JOINS.contains(words.get(j).folded()); j++) {
                Word w = words.get(j);
                if (isNegation(w.folded())) break;
                if (w.stop() || isFiller(w.folded())) continue;
                out[j] = true;
                found = true;
                break;
            }
            if (found) continue;
            for (int k = i - 1; k >= 0 && (!breaks(words, k + 1, text) || (k + 1 == i && dashOnly(words, i, text))); k--) { // "POST — нет"
                Word w = words.get(k);
                if (w.stop() || isFiller(w.folded())) continue;
                out[k] = true;
                break;
            }
        }
        return out;
    }

    /** Whether each word's clause (up to punctuation, a contrast or a joining word) has a negation in it. */
    static boolean[] clauseNegations(List<Word> words, String text) {
        boolean[] out = new boolean[words.size()];
        int start = 0;
        for (int i = 0; i <= words.size(); i++) {
            if (i == words.size() || (i > 0 && (breaks(words, i, text) || JOINS.contains(words.get(i).folded())))) {
                boolean neg = false;
                for (int k = start; k < i; k++) neg |= isNegation(words.get(k).folded());
                for (int k = start; k < i; k++) out[k] = neg;
                start = i;
            }
        }
        return out;
    }

    /** Clause numbers of the words: a clause ends at punctuation, a contrast or a joining word. */
    static int[] clauses(List<Word> words, String text) {
        int[] out = new int[words.size()];
        int c = 0;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && (breaks(words, i, text) || JOINS.contains(words.get(i).folded()))) c++;
            out[i] = c;
        }
        return out;
    }

    /** Words that open a clause about the thing just named ("a statement that does nothing", «тип, який …»). */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "который", "которая", "которое", "которые", "которого",
            "которой", "котрий", "котра", "котре", "котрі", "який", "яка", "яке", "які", "якого", "якій");

    /**
     * Per clause number, whether that clause continues the one before it: it opens with a relative word, or the one
     * before is a short label ending in a colon ("pass: does nothing").
     */
    static boolean[] continuations(List<Word> words, String text, int[] clause) {
        int count = words.isEmpty() ? 0 : clause[words.size() - 1] + 1;
        boolean[] out = new boolean[count];
        int start = 0;
        for (int i = 1; i < words.size(); i++) {
            if (clause[i] == clause[i - 1]) continue;
            String gap = text.substring(words.get(i - 1).end(), words.get(i).start());
            boolean label = gap.strip().equals(":") && i - start <= 3;
            out[clause[i]] = RELATIVES.contains(words.get(i).folded()) || label;
            start = i;
        }
        return out;
    }

    /** Numbers and amounts, which a point turns on ("один поток" / "many threads") even where the analysers drop them. */
    private static final Set<String> AMOUNTS = Set.of("один", "одна", "одно", "одним", "одному", "одного", "одной", "одну", "несколько",
            "много", "многие", "все", "всех", "всё", "one", "single", "several", "many", "multiple", "all", "only", "кілька", "декілька",
            "багато", "всі", "усі", "два", "две", "дві", "two", "оба", "обидва", "both");

    static boolean isAmount(String folded) {
        return AMOUNTS.contains(folded);
    }

    /** Whether only a dash stands between word {@code j} and the one before ("POST — нет"). */
    private static boolean dashOnly(List<Word> words, int j, String text) {
        if (j <= 0 || j >= words.size()) return false;
        String gap = text.substring(words.get(j - 1).end(), words.get(j).start()).strip();
        return gap.equals("—") || gap.equals("-") || gap.equals("–");
    }

    /** Whether a clause ends just before word {@code j} (punctuation between, or {@code j} is a contrast word). */
    static boolean breaks(List<Word> words, int j, String text) {
        if (j <= 0 || j >= words.size()) return true;
        if (isContrast(words.get(j).folded())) return true;
        return breaksClause(text, words.get(j - 1).end(), words.get(j).start());
    }

    /** How many words back a negation reaches ("does not send pre_save"). */
    private static final int NEGATION_REACH = 3;

    /** Whether a negation comes shortly before word {@code i} in the same clause (kept for term points). */
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
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == '(' || c == ')' || c == '—') return true;
        }
        return false;
    }

    static boolean isGeneric(String folded) {
        for (String b : GENERIC_BEGINNINGS) if (folded.startsWith(b)) return true;
        return false;
    }
}
