package prepdeck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Snippet;
import prepdeck.knowledge.TopicPath;

/**
 * A numbered list of interview questions: "1.", "6.1.", "26.а)", "7.Question" with no space.
 * A number opens a question only where it continues the sequence (the next main number, give or take a
 * skipped one, or a sub-number of the current one); a numbered list inside an answer breaks the
 * sequence and stays in the answer. Grouped numbers are follow-ups of the first question of their group.
 */
final class QuestionList {
    /** main number, optional sub-parts (".1", ".а"), optional ")" or ".", then the text. */
    static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})((?:\\.(?:\\d{1,2}|[а-яa-z](?=[.)])))*)(?:\\)|\\.)?(?=\\s*\\S)\\s*");
    private static final int MAX_SKIP = 3;

    private final Draft draft;

    QuestionList(Draft draft) {
        this.draft = draft;
    }

    static boolean looksLikeOne(List<String> lines) {
        return FormatDetector.ascendingNumbers(lines) >= 5;
    }

    private record Question(int line, int main, String sub, String prompt, int answerFrom, List<String> body) {}

    void extract(List<String> lines, TopicPath topic) {
        var questions = new ArrayList<Question>();
        int last = 0;
        boolean inFence = false;
        Question current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FormatDetector.FENCE.matcher(line).matches()) inFence = !inFence;
            Matcher m = inFence ? null : NUMBER.matcher(line);
            if (m != null && m.lookingAt()) {
                int n = Integer.parseInt(m.group(1));
                String sub = m.group(2);
                boolean next = n > last && n <= last + MAX_SKIP;
                boolean sameGroup = current != null && n == last && !sub.isEmpty();
                if (next || sameGroup) {
                    var promptLines = new ArrayList<String>();
                    promptLines.add(line.substring(m.end()).strip());
                    int k = i + 1;
                    while (k < lines.size() && continues(promptLines.getLast(), lines.get(k))) promptLines.add(lines.get(k++).strip());
                    current = new Question(i + 1, n, sub, String.join(" ", promptLines), k, new ArrayList<>());
                    questions.add(current);
                    last = n;
                    i = k - 1;
                    continue;
                }
            }
            if (current != null) current.body().add(line);
            else if (!line.isBlank()) draft.diagnostic(i + 1, "text before the first numbered question is not part of any card");
        }
        draft.topic(topic);
        int groupMain = -1, groupNumber = -1;
        for (var q : questions) {
            String answer = Outline.dedent(labelPython(q.body()));
            var snippets = snippets(q, lines);
            boolean followUp = q.main() == groupNumber;
            String prompt = q.prompt();
            CardKind kind = CardKind.QUESTION;
            Prose.Defined defined = Questions.endsWithQuestionMark(prompt) ? null : Prose.defines(prompt);
            if (defined != null && defined.term() != null && prompt.strip().endsWith(",")) {
                // "30.б. Серилизация транзакций — это …, при котором транзакции выполняются последовательно," over the
                // rest of the sentence: a definition written where a question would be, not a question cut mid-sentence
                answer = (defined.definition() + "\n" + answer).strip();
                prompt = Prose.whatIs(defined.term(), LanguageGuess.of(q.prompt(), draft.fileLanguage));
                kind = CardKind.DEFINITION;
            }
            // "12. Что выведет код?" over its code: the code goes on the front with the question
            String[] stem = kind == CardKind.QUESTION && !followUp ? Stems.ofText(prompt, answer) : null;
            int index = stem != null
                    ? draft.card(prompt, stem[0], stem[1], kind, topic, q.line(), snippets, Prose.links(q.answerFrom() + 1, q.body()))
                    : draft.card(prompt, answer, kind, topic, q.line(),
                    followUp ? OptionalInt.of(groupMain) : OptionalInt.empty(), snippets,
                    Prose.links(q.answerFrom() + 1, q.body()));
            if (!followUp) {
                groupMain = index;
                groupNumber = q.main();
            }
        }
    }

    /** A prompt runs on to the next line when it stops mid-sentence and the next line carries on in lower case. */
    private static boolean continues(String previous, String next) {
        String n = next.strip();
        if (n.isEmpty() || NUMBER.matcher(n).lookingAt() || n.startsWith("-") || n.startsWith("*") || n.startsWith("|") || n.startsWith("```")) return false;
        if (!Character.isLowerCase(n.codePointAt(0))) return false;
        if (previous.endsWith(",")) return previous.contains("?") || n.endsWith("?");
        char end = previous.isEmpty() ? '.' : previous.charAt(previous.length() - 1);
        return "?.:!".indexOf(end) < 0 && n.endsWith("?");
    }

    private static List<Snippet> snippets(Question q, List<String> lines) {
        var out = new ArrayList<Snippet>();
        var body = q.body();
        for (int i = 0; i < body.size(); i++) {
            var open = FormatDetector.FENCE.matcher(body.get(i));
            if (!open.matches()) continue;
            int k = i + 1;
            while (k < body.size() && !FormatDetector.FENCE.matcher(body.get(k)).matches()) k++;
            String language = Outline.normalizeLanguage(open.group(2));
            String code = Outline.dedent(body.subList(i + 1, Math.min(k, body.size())));
            if (language.isEmpty() && looksLikePython(code)) language = "python";
            if (!code.isBlank()) out.add(new Snippet(language, code, java.util.Optional.empty(), q.answerFrom() + i + 2));
            i = k;
        }
        return out;
    }

    /** Gives an unlabelled fence around Python code its language, so that the answer is highlighted like the snippet. */
    private static List<String> labelPython(List<String> body) {
        var out = new ArrayList<>(body);
        for (int i = 0; i < out.size(); i++) {
            var open = FormatDetector.FENCE.matcher(out.get(i));
            if (!open.matches()) continue;
            int k = i + 1;
            while (k < out.size() && !FormatDetector.FENCE.matcher(out.get(k)).matches()) k++;
            if (open.group(2).isEmpty() && looksLikePython(String.join("\n", out.subList(i + 1, Math.min(k, out.size()))))) {
                out.set(i, out.get(i).replace(open.group(1), open.group(1) + "python"));
            }
            i = k;
        }
        return out;
    }

    static boolean looksLikePython(String code) {
        return code.contains("print(") || code.contains("def ") || code.contains("class ") || code.contains("import ");
    }
}
