package prepdeck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * A question's <b>stem</b>: the material it is asked about (its code, its options), which belongs on the front of the
 * card with the prompt. "Що буде в консолі?" asks nothing without the code under it; the answer starts after it.
 *
 * <p>Two signs say what the stem is. A hidden answer ({@code <details><summary>Answer</summary>}, not a "Hint") after
 * the question, with code or options before it: everything the author left visible between question and answer is the
 * stem. A prompt that asks about code shown
 * with it ("What is the output?", "Что выведет код?", "Яким буде результат?") over a code block: the code (and a list
 * of options right after it) is the stem. Either way the answer must keep something, else nothing moves (a snippet
 * whose comment gives its own output stays the answer).
 */
final class Stems {
    /** A prompt that only makes sense with the code shown with it. */
    private static final Pattern ABOUT_SHOWN_CODE = Pattern.compile(
            "^(?:"
                    + "what(?:'s| is| will be| would be)? (?:the )?(?:output|result)"
                    + "|what (?:will|would|does|do) (?:this|the following|the|these)(?: \\w+)? (?:print|output|log|return|display)"
                    + "|what (?:is|gets|will be|would be) (?:printed|logged|returned|displayed)"
                    + "|what (?:will|would) (?:be )?(?:printed|logged|returned)"
                    + "|что (?:будет )?(?:выведет|выводит|вернёт|вернет|напечатает)"
                    + "|что будет (?:выведено|в консоли|на экране|напечатано|на выходе|в результате)"
                    + "|(?:каким|какой) будет (?:результат|вывод)|результат (?:выполнения )?кода"
                    + "|що (?:буде )?(?:виведе|виводить|поверне|надрукує)"
                    + "|що буде (?:виведено|в консолі|у консолі|на екрані|надруковано|на виході|в результаті)"
                    + "|(?:яким|який) буде (?:результат|вивід)|результат (?:виконання )?коду"
                    + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "A: …", "a) …", "B. …": a choice among options. */
    private static final Pattern OPTION = Pattern.compile("^\\s*(?:[A-Ha-hА-Га-г]|[1-8])\\s*[:).]\\s+\\S", Pattern.UNICODE_CASE);

    /** A summary that hides help or more detail rather than the answer itself. */
    private static final Pattern AUXILIARY = Pattern.compile("(?i)hint|explanation|подсказк|підказк|пояснен|поясненн");

    private Stems() {}

    /** The question and what it is about, split from what answers it. */
    record Split(List<MarkdownTree.Unit> stem, List<MarkdownTree.Unit> answer) {
        static Split none(List<MarkdownTree.Unit> body) {
            return new Split(List.of(), body);
        }
    }

    /** Whether the prompt asks about code shown with it ("What is the output?"). */
    static boolean aboutShownCode(String prompt) {
        return ABOUT_SHOWN_CODE.matcher(Questions.bare(prompt).replace('’', '\'')).lookingAt();
    }

    /**
     * Splits a question's body into its stem and its answer.
     *
     * @param written whether the units after the split still hold an answer (so that nothing is left without one)
     */
    static Split of(String prompt, List<MarkdownTree.Unit> body, java.util.function.Predicate<List<MarkdownTree.Unit>> written) {
        int hidden = -1;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof MarkdownTree.Details d && hidesAnswer(d)) {
                hidden = i;
                break;
            }
        }
        // what is shown must be material to answer about (code, options), not an answer with a collapsed extra
        if (hidden > 0 && material(body.subList(0, hidden))) {
            var split = new Split(List.copyOf(nonNull(body.subList(0, hidden))), body.subList(hidden, body.size()));
            if (written.test(split.answer())) return split;
        }
        if (!aboutShownCode(prompt)) return Split.none(body);
        int first = 0;
        while (first < body.size() && body.get(first) == null) first++;
        if (first >= body.size() || !code(body.get(first))) return Split.none(body);
        int end = first + 1;
        if (end < body.size() && options(body.get(end))) end++;
        var split = new Split(List.copyOf(nonNull(body.subList(0, end))), body.subList(end, body.size()));
        return written.test(split.answer()) ? split : Split.none(body);
    }

    /**
     * The same rule over an answer's text (plain-text question lists): under a prompt about shown code, the fenced code
     * the answer opens with, and the options right after it, are the stem; {@code null} when nothing moves.
     */
    static String[] ofText(String prompt, String answer) {
        if (!aboutShownCode(prompt)) return null;
        var lines = answer.strip().split("\n", -1);
        if (lines.length == 0 || !FormatDetector.FENCE.matcher(lines[0]).matches()) return null;
        int end = 1;
        while (end < lines.length && !FormatDetector.FENCE.matcher(lines[end]).matches()) end++;
        if (end >= lines.length) return null;
        end++;
        int options = end;
        while (options < lines.length && lines[options].isBlank()) options++;
        int after = options;
        while (after < lines.length && OPTION.matcher(lines[after].replaceFirst("^\\s*[-*+]\\s+", "")).lookingAt()) after++;
        if (after - options >= 2) end = after;
        String stem = String.join("\n", java.util.Arrays.asList(lines).subList(0, end)).strip();
        String rest = String.join("\n", java.util.Arrays.asList(lines).subList(end, lines.length)).strip();
        return rest.isEmpty() ? null : new String[] {stem, rest};
    }

    /** A {@code <details>} that hides the answer ("Answer", "Відповідь", "Solution"), not a hint or more detail. */
    static boolean hidesAnswer(MarkdownTree.Details d) {
        return Questions.answerLabel(d.summary()) && !AUXILIARY.matcher(d.summary()).find();
    }

    /** Whether units shown with a question hold something to answer about: code or a list of options. */
    static boolean material(List<MarkdownTree.Unit> units) {
        return units.stream().anyMatch(u -> u != null && (code(u) || options(u)));
    }

    private static List<MarkdownTree.Unit> nonNull(List<MarkdownTree.Unit> units) {
        var out = new ArrayList<MarkdownTree.Unit>();
        for (var u : units) if (u != null) out.add(u);
        return out;
    }

    private static boolean code(MarkdownTree.Unit u) {
        return u instanceof MarkdownTree.Block b && (b.node() instanceof FencedCodeBlock || b.node() instanceof IndentedCodeBlock);
    }

    /** A list whose items are all choices ("- A: `Lydia` та `undefined`"). */
    static boolean options(MarkdownTree.Unit u) {
        if (!(u instanceof MarkdownTree.Block b) || !(b.node() instanceof ListBlock list)) return false;
        int items = 0;
        for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof ListItem li)) continue;
            items++;
            if (!OPTION.matcher(MarkdownTree.plain(li)).lookingAt()) return false;
        }
        return items >= 2;
    }
}
