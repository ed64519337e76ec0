package prepdeck.app;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card's text as the import compares it with a stored card: the prompt's content words (question words and
 * other words every prompt has left out), and the answer as counted words and symbols, single and in pairs,
 * so that code is compared by what it does ({@code x[1:]} is not {@code x[:1]}) and not only by its names.
 *
 * @param prompt        the normalized prompt (see {@link CardIdentity#normalize})
 * @param answer        the answer (after the stem, if the card has one), lower case with spacing collapsed; empty for a gap
 * @param contentWords  the prompt's words less question and function words, in order, each once
 * @param answerGrams   the answer's tokens and pairs of neighbouring tokens, counted
 * @param answerWords   how many words the answer has
 */
record CardText(String prompt, String answer, List<String> contentWords, Map<String, Integer> answerGrams,
                int gramCount, int answerWords) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|[^\\s\\p{L}\\p{N}_]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * Words that say what kind of question it is rather than what it is about (RU, UK, EN); a prompt made
     * only of them ("Что будет в консоли?", "What is the output?") names nothing by itself.
     */
    private static final Set<String> FUNCTION_WORDS = java.util.stream.Stream.of(
            // English
            "what", "whats", "is", "are", "was", "were", "be", "been", "being", "the", "a", "an", "of", "in", "on",
            "at", "to", "for", "and", "or", "not", "no", "how", "why", "when", "where", "which", "who", "whom",
            "does", "do", "did", "done", "can", "could", "should", "would", "will", "shall", "may", "might", "must",
            "it", "its", "this", "that", "these", "those", "there", "with", "without", "by", "from", "as", "into",
            "explain", "describe", "tell", "about", "me", "us", "you", "your", "we", "our", "they", "their",
            "between", "difference", "differences", "vs", "versus", "mean", "means", "meaning", "define", "definition",
            "use", "used", "using", "give", "example", "examples", "some", "any", "all", "has", "have",
            "output", "outputs", "print", "prints", "printed", "result", "results", "happen", "happens", "code",
            "following", "below", "above", "here", "snippet", "get", "gets", "s",
            // Russian
            "что", "чем", "чём", "чего", "такое", "такой", "такая", "такие", "это", "этот", "эта", "эти", "этого",
            "как", "какой", "какая", "какое", "какие", "каких", "каким", "какую", "почему", "зачем", "когда", "где",
            "куда", "кто", "ли", "же", "в", "во", "на", "и", "или", "а", "но", "не", "нет", "с", "со", "по", "для",
            "из", "к", "ко", "о", "об", "про", "от", "до", "у", "за", "при", "есть", "будет", "будут", "быть", "был",
            "была", "было", "были", "разница", "разницу", "отличие", "отличия", "отличается", "отличаются", "между",
            "расскажите", "расскажи", "объясните", "объясни", "опишите", "опиши", "назовите", "приведите", "пример",
            "примеры", "нужен", "нужна", "нужно", "нужны", "можно", "нельзя", "делает", "работает", "значит",
            "означает", "его", "её", "ее", "их", "мы", "вы", "он", "она", "оно", "они", "вывод", "выведет",
            "выведется", "выводит", "консоли", "консоль", "напечатает", "результат", "код", "кода", "коде",
            "следующий", "следующего", "ниже", "выше", "произойдет", "произойдёт", "получим", "вернет", "вернёт",
            // Ukrainian
            "що", "таке", "це", "цей", "ця", "ці", "цього", "як", "який", "яка", "яке", "які", "яких", "чому",
            "навіщо", "коли", "де", "куди", "хто", "чи", "у", "і", "й", "та", "або", "але", "з", "із", "зі", "від",
            "є", "буде", "будуть", "бути", "різниця", "різницю", "відмінність", "відрізняється", "відрізняються",
            "між", "розкажіть", "розкажи", "поясніть", "поясни", "опишіть", "наведіть", "приклад", "приклади",
            "потрібен", "потрібна", "потрібно", "можна", "робить", "працює", "означає", "його", "її",
            "ми", "ви", "він", "вона", "воно", "вони", "виведе", "виводить", "консолі", "результат", "коду",
            "наступний", "нижче", "вище", "станеться", "отримаємо", "поверне",
            // the words the importer asks a title with ("Перечислите: …", "Яка команда: …?")
            "перечислите", "перелічіть", "list", "команда", "command", "вернёт", "вернет")
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    static CardText of(String prompt, String answer) {
        return of(prompt, "", answer);
    }

    /**
     * A card asked about a stem (its code and options): the stem is compared with the answer, before it, since it is
     * what tells one "Що буде в консолі?" from the next (and what the answer held before cards had stems).
     */
    static CardText of(String prompt, String stem, String answer) {
        String p = CardIdentity.normalize(prompt);
        if (!stem.isBlank()) answer = stem + "\n\n" + answer;
        String a = WHITESPACE.matcher(Normalizer.normalize(answer, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
        return new CardText(p, a, contentWords(p), null, 0, 0);
    }

    /** The same text with its answer counted (done only for cards that need more than an exact match). */
    CardText counted() {
        if (answerGrams != null) return this;
        var grams = new HashMap<String, Integer>();
        int total = 0, words = 0;
        String previous = null;
        Matcher m = TOKEN.matcher(answer);
        while (m.find()) {
            String token = m.group();
            if (Character.isLetterOrDigit(token.codePointAt(0)) || token.charAt(0) == '_') words++;
            grams.merge(token, 1, Integer::sum);
            total++;
            if (previous != null) {
                grams.merge(previous + " " + token, 1, Integer::sum);
                total++;
            }
            previous = token;
        }
        return new CardText(prompt, answer, contentWords, grams, total, words);
    }

    boolean isGap() {
        return answer.isEmpty();
    }

    /** The prompt's words that name its subject. */
    static List<String> contentWords(String normalizedPrompt) {
        var out = new LinkedHashSet<String>();
        Matcher m = WORD.matcher(normalizedPrompt);
        while (m.find()) {
            String w = m.group();
            if (!FUNCTION_WORDS.contains(w)) out.add(w);
        }
        return new ArrayList<>(out);
    }

    /**
     * How alike two prompts are by the words that name their subject: a Dice coefficient where two words
     * count as one when equal, or, both of five letters or more, at least 0.8 alike by edit distance (a
     * fixed typo). Short words must be equal: "GIL" is not "GC". Two prompts with no such words compare
     * by their whole text, and must be nearly equal.
     */
    static double promptSimilarity(CardText a, CardText b) {
        if (a.prompt.equals(b.prompt)) return 1.0;
        List<String> x = a.contentWords, y = b.contentWords;
        if (x.isEmpty() || y.isEmpty()) {
            if (!x.isEmpty() || !y.isEmpty()) return 0.0;
            double whole = PromptSimilarity.score(a.prompt, b.prompt, 0.9);
            return whole >= 0.9 ? whole : 0.0;
        }
        boolean[] used = new boolean[y.size()];
        double matched = 0;
        for (String w : x) {
            int best = -1;
            double bestScore = 0;
            for (int j = 0; j < y.size(); j++) {
                if (used[j]) continue;
                String v = y.get(j);
                double s = w.equals(v) ? 1.0
                        : Math.min(w.length(), v.length()) >= 5 ? PromptSimilarity.score(w, v, 0.8) : 0.0;
                if (s >= 0.8 && s > bestScore) {
                    bestScore = s;
                    best = j;
                }
            }
            if (best >= 0) {
                used[best] = true;
                matched += bestScore;
            }
        }
        return 2 * matched / (x.size() + y.size());
    }

    /**
     * How alike two answers are: a Dice coefficient over counted tokens and token pairs; {@code NaN} when
     * either is empty (a gap has nothing to compare).
     */
    static double answerSimilarity(CardText a, CardText b) {
        if (a.isGap() || b.isGap()) return Double.NaN;
        if (a.answer.equals(b.answer)) return 1.0;
        CardText x = a.counted(), y = b.counted();
        if (x.gramCount == 0 || y.gramCount == 0) return 0.0;
        Map<String, Integer> small = x.answerGrams.size() <= y.answerGrams.size() ? x.answerGrams : y.answerGrams;
        Map<String, Integer> large = small == x.answerGrams ? y.answerGrams : x.answerGrams;
        long shared = 0;
        for (var e : small.entrySet()) {
            Integer other = large.get(e.getKey());
            if (other != null) shared += Math.min(e.getValue(), other);
        }
        return 2.0 * shared / (x.gramCount + y.gramCount);
    }
}
