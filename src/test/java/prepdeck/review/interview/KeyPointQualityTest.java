package prepdeck.review.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.Language;
import prepdeck.search.LuceneTextAnalysis;

/**
 * Precision and recall of "point covered" over the hand-judged set in {@code interview/keypoints.txt}.
 * It prints the figures (docs/BENCHMARKS.md quotes them) and asserts only a floor against regressions.
 */
class KeyPointQualityTest {
    static final double FLOOR = 0.75;

    record Expectation(String label, boolean covered) {}

    record Case(String reference, String note, String answer, List<Expectation> expected) {}

    private static LuceneTextAnalysis analysis;

    @BeforeAll
    static void open() {
        analysis = new LuceneTextAnalysis();
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    @Test
    void pointCoverageIsPreciseAndCompleteOnTheHandJudgedSet() throws IOException {
        var checker = new AnswerChecker(analysis);
        var refs = parse();
        int tp = 0, fp = 0, fn = 0, tn = 0, cases = 0;
        var unresolved = new ArrayList<String>();
        var mistakes = new ArrayList<String>();
        for (var ref : refs) {
            var points = checker.keyPoints(ref.markdown, ref.language);
            for (var c : ref.answers) {
                cases++;
                var check = checker.check(points, c.answer(), ref.language);
                for (var e : c.expected()) {
                    var found = resolve(e.label(), check.points());
                    if (found == null) {
                        unresolved.add(ref.id + ": '" + e.label() + "' among " + points.stream().map(KeyPoint::text).toList());
                        continue;
                    }
                    if (found.covered() && e.covered()) tp++;
                    else if (found.covered()) fp++;
                    else if (e.covered()) fn++;
                    else tn++;
                    if (found.covered() != e.covered()) {
                        mistakes.add(String.format("%s [%s] %s '%s' %s", ref.id, c.note(), found.covered() ? "FALSE +" : "MISSED ",
                                found.point().text(), found.covered() ? found.matched() : ""));
                    }
                }
            }
        }
        double precision = (double) tp / (tp + fp), recall = (double) tp / (tp + fn);
        System.out.println("key point coverage: " + mistakes.size() + " of " + (tp + fp + fn + tn) + " judgements wrong");
        mistakes.forEach(m -> System.out.println("  " + m));
        System.out.printf(Locale.ROOT, "key point coverage over %d answers to %d references, %d points judged: precision %.3f, recall %.3f%n",
                cases, refs.size(), tp + fp + fn + tn, precision, recall);

        assertThat(unresolved).as("labels that name no point (or several)").isEmpty();
        assertThat(cases).isGreaterThanOrEqualTo(60);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(FLOOR);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(FLOOR);
    }

    /**
     * The point a label names: the checker's points are cut differently since issue 13, so a label (a few words of
     * the reference) is matched to the point sharing most of its words, as {@link AnswerQualityTest} aligns points.
     */
    private static PointCheck resolve(String label, List<PointCheck> points) {
        String l = label.toLowerCase(Locale.ROOT);
        for (var p : points) if (p.point().text().toLowerCase(Locale.ROOT).equals(l)) return p;
        var containing = points.stream().filter(p -> p.point().text().toLowerCase(Locale.ROOT).contains(l)).toList();
        if (containing.size() == 1) return containing.getFirst();
        return AnswerQualityTest.aligned(analysis, label, points, Language.RU);
    }

    static final class Ref {
        String id;
        Language language;
        String markdown;
        final List<Case> answers = new ArrayList<>();
    }

    static List<Ref> parse() throws IOException {
        String text;
        try (InputStream in = KeyPointQualityTest.class.getResourceAsStream("/interview/keypoints.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var refs = new ArrayList<Ref>();
        Ref ref = null;
        StringBuilder body = null;
        String note = null;
        List<Expectation> expected = null;
        for (String line : (text + "\n=== end en\n").split("\n")) {
            boolean endsAnswer = line.startsWith("=== ") || line.startsWith(">>> ");
            if (endsAnswer && note != null) {
                ref.answers.add(new Case(ref.id, note, body.toString().strip(), expected));
                note = null;
            }
            if (line.startsWith("=== ")) {
                String[] head = line.substring(4).strip().split("\\s+");
                if (head[0].equals("end")) break;
                ref = new Ref();
                ref.id = head[0];
                ref.language = Language.fromCode(head[1]);
                refs.add(ref);
                body = new StringBuilder();
            } else if (line.startsWith(">>> ")) {
                if (ref.markdown == null) ref.markdown = body.toString();
                note = line.substring(4).strip();
                body = new StringBuilder();
                expected = new ArrayList<>();
            } else if (note != null && !body.toString().isBlank() && (line.startsWith("+ ") || line.startsWith("- "))) {
                // after an answer's text, "+ X" and "- X" are what it is expected to state or not
                expected.add(new Expectation(line.substring(2).strip(), line.charAt(0) == '+'));
            } else if (ref != null) {
                body.append(line).append('\n');
            }
        }
        return refs;
    }
}
