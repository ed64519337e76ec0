package prepdeck.review.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.Language;
import prepdeck.search.LuceneTextAnalysis;

/**
 * The yardstick of issue 13: the hand-judged set in {@code interview/quality.txt} (references from the seeds and the
 * corpus, answers written by hand before the checker was tuned). A person's key points are aligned with the checker's
 * by the words they share; then it reports pair ordering (good > partial > wrong), per-point precision and recall
 * of "stated", contradictions found, and how close an answer in another language scores to the same answer in the
 * reference's language. It prints the figures and asserts the levels reached (see {@link #ORDERING} and below).
 */
class AnswerQualityTest {
    /**
     * The issue's targets are ordering 0.95, precision and recall 0.9, cross-language within 15 points. NOT REACHED: these
     * floors are a little below the levels this checker reached (ordering 151/197 = 0.766, precision 0.844, recall 0.815,
     * contradictions 56 of 104 found with 22 false, cross-language 41 of 66 within 15 points), kept so that nothing slips back.
     */
    static final double ORDERING = 0.76, PRECISION = 0.84, RECALL = 0.81, CROSS_LANGUAGE_SHARE = 0.62;
    static final double CROSS_LANGUAGE_POINTS = 15;

    record Answer(String kind, String text, String marks) {}

    static final class Ref {
        String id, source;
        Language language;
        boolean nopoints;
        final StringBuilder markdown = new StringBuilder();
        final List<String> points = new ArrayList<>();
        final List<Boolean> essential = new ArrayList<>();
        final List<Answer> answers = new ArrayList<>();
    }

    private static LuceneTextAnalysis analysis;
    private static AnswerChecker checker;

    @BeforeAll
    static void open() {
        analysis = new LuceneTextAnalysis();
        checker = new AnswerChecker(analysis);
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    @Test
    void answersAreOrderedAndPointsJudgedAsAPersonWould() throws IOException {
        var refs = parse();
        int tp = 0, fp = 0, fn = 0, tn = 0, contradictions = 0, contradictionsFound = 0, falseContradictions = 0;
        int pairs = 0, ordered = 0, tiedInTruth = 0, cross = 0, crossClose = 0, nothingToCheck = 0, nothingToCheckRight = 0;
        int answers = 0;
        double crossGap = 0;
        var mistakes = new ArrayList<String>();
        for (var ref : refs) {
            String markdown = ref.markdown.toString();
            var points = checker.keyPoints(markdown, ref.language);
            String debug = System.getenv("QUALITY_DEBUG");
            if (debug != null && ref.id.matches(debug)) {
                System.out.println("## " + ref.id);
                for (var p : points) {
                    System.out.println("   point " + (p.essential() ? "! " : "  ") + p.text() + "  " + p.phrasings().stream().map(ph -> ph.terms().stream()
                            .map(t -> t.written() + (t.negated() ? "¬" : "") + (t.optional() ? "?" : "") + (t.head() ? "^" : "")).toList()).toList());
                }
                for (var a : ref.answers) {
                    var check = checker.check(points, a.text(), ref.language);
                    System.out.println("   [" + a.kind() + "] " + a.marks() + " " + check.score() + " " + check.points().stream()
                            .map(c -> c.status().code().substring(0, 3) + c.matched()).toList());
                }
            }
            if (ref.nopoints) {
                for (var a : ref.answers) {
                    nothingToCheck++;
                    answers++;
                    var check = checker.check(points, a.text(), ref.language);
                    if (check.score().isEmpty()) nothingToCheckRight++;
                    else mistakes.add(ref.id + " [" + a.kind() + "] scored " + check.score() + " with nothing to check");
                }
                continue;
            }
            var scores = new java.util.HashMap<String, Double>();
            var truth = new java.util.HashMap<String, Double>();
            for (var a : ref.answers) {
                answers++;
                var check = checker.check(points, a.text(), ref.language);
                double score = check.score().orElse(-1);
                scores.put(a.kind(), score);
                truth.put(a.kind(), expectedScore(ref, a.marks()));
                for (int i = 0; i < ref.points.size(); i++) {
                    char want = a.marks().charAt(i);
                    var got = aligned(ref.points.get(i), check.points(), ref.language);
                    PointCheck.Status status = got == null ? PointCheck.Status.MISSED : got.status();
                    boolean said = status == PointCheck.Status.COVERED, shouldSay = want == '+';
                    if (said && shouldSay) tp++;
                    else if (said) fp++;
                    else if (shouldSay) fn++;
                    else tn++;
                    if (want == 'x') {
                        contradictions++;
                        if (status == PointCheck.Status.CONTRADICTED) contradictionsFound++;
                    } else if (status == PointCheck.Status.CONTRADICTED) {
                        falseContradictions++;
                    }
                    if (said != shouldSay || (want == 'x') != (status == PointCheck.Status.CONTRADICTED)) {
                        mistakes.add(String.format("%s [%s] '%s': want %s, got %s%s%s", ref.id, a.kind(), ref.points.get(i), want,
                                status.code(), got == null ? " (no such point)" : " on '" + got.point().text() + "'",
                                got == null || got.matched().isEmpty() ? "" : " " + got.matched()));
                    }
                }
            }
            for (String[] pair : List.of(new String[] {"good", "partial"}, new String[] {"good", "wrong"}, new String[] {"partial", "wrong"})) {
                if (!scores.containsKey(pair[0]) || !scores.containsKey(pair[1])) continue;
                if (truth.get(pair[0]) <= truth.get(pair[1])) { // the person's own marks do not order them
                    tiedInTruth++;
                    continue;
                }
                pairs++;
                if (scores.get(pair[0]) > scores.get(pair[1])) ordered++;
                else mistakes.add(String.format(Locale.ROOT, "%s: %s %.2f not above %s %.2f", ref.id, pair[0], scores.get(pair[0]), pair[1],
                        scores.get(pair[1])));
            }
            for (var kind : scores.keySet()) {
                if (!kind.startsWith("other") || !scores.containsKey("good")) continue;
                cross++;
                double gap = Math.abs(scores.get(kind) - scores.get("good")) * 100;
                crossGap += gap;
                if (gap <= CROSS_LANGUAGE_POINTS) crossClose++;
                else mistakes.add(String.format(Locale.ROOT, "%s: %s %.2f vs good %.2f", ref.id, kind, scores.get(kind), scores.get("good")));
            }
        }
        double precision = (double) tp / (tp + fp), recall = (double) tp / (tp + fn), ordering = (double) ordered / pairs;
        mistakes.forEach(m -> System.out.println("  " + m));
        System.out.printf(Locale.ROOT, "answer quality over %d references, %d answers (%s):%n", refs.size(), answers, "interview/quality.txt");
        System.out.printf(Locale.ROOT, "  pair ordering %d of %d = %.3f (%d pairs the hand marks themselves do not order left out)%n",
                ordered, pairs, ordering, tiedInTruth);
        System.out.printf(Locale.ROOT, "  points: precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d)%n", precision, recall, tp, fp, fn, tn);
        System.out.printf(Locale.ROOT, "  contradictions found %d of %d; %d points called contradicted that were not%n", contradictionsFound,
                contradictions, falseContradictions);
        System.out.printf(Locale.ROOT, "  cross-language: %d of %d within %.0f points of the answer in the reference's language, mean gap %.1f%n",
                crossClose, cross, CROSS_LANGUAGE_POINTS, crossGap / cross);
        System.out.printf(Locale.ROOT, "  nothing to check: %d of %d answers to references without points%n", nothingToCheckRight, nothingToCheck);

        assertThat(refs.stream().filter(r -> !r.nopoints).count()).isGreaterThanOrEqualTo(60);
        assertThat(nothingToCheckRight).as("answers to a reference without points get no score").isEqualTo(nothingToCheck);
        assertThat(ordering).as("pair ordering").isGreaterThanOrEqualTo(ORDERING);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(PRECISION);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(RECALL);
        assertThat((double) crossClose / cross).as("cross-language within " + CROSS_LANGUAGE_POINTS + " points").isGreaterThanOrEqualTo(CROSS_LANGUAGE_SHARE);
    }

    /** The score the person's own marks give, weighted as the checker weighs (essential points count double). */
    private static double expectedScore(Ref ref, String marks) {
        double sum = 0, total = 0;
        for (int i = 0; i < marks.length(); i++) {
            double w = ref.essential.get(i) ? 2 : 1;
            total += w;
            if (marks.charAt(i) == '+') sum += w;
            if (marks.charAt(i) == 'x') sum -= w;
        }
        return sum / total;
    }

    /** The checker's point that shares the most content words with a person's point, or none. */
    private static PointCheck aligned(String handPoint, List<PointCheck> points, Language language) {
        return aligned(analysis, handPoint, points, language);
    }

    static PointCheck aligned(TextAnalysis analysis, String handPoint, List<PointCheck> points, Language language) {
        var hand = keysOf(analysis, handPoint, language);
        PointCheck best = null;
        double bestShare = 0;
        for (var p : points) {
            var theirs = keysOf(analysis, p.point().text(), language);
            int shared = 0;
            for (var h : hand) if (h.stream().anyMatch(k -> theirs.stream().anyMatch(t -> t.stream().anyMatch(x -> same(x, k))))) shared++;
            double share = (double) shared / Math.max(1, Math.min(hand.size(), theirs.size()) + 0.5 * Math.abs(hand.size() - theirs.size()));
            if (shared > 0 && share > bestShare) {
                bestShare = share;
                best = p;
            }
        }
        return best;
    }

    private static boolean same(String a, String b) {
        if (a.equals(b)) return true;
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) common++;
        return common >= 5;
    }

    private static List<Set<String>> keysOf(TextAnalysis analysis, String text, Language language) {
        var out = new ArrayList<Set<String>>();
        for (var w : analysis.words(text, language)) {
            if (w.stop() || Wording.isFiller(w.folded()) || Wording.isNegation(w.folded())) continue;
            var keys = new HashSet<>(w.keys());
            keys.add(w.folded());
            out.add(keys);
        }
        return out;
    }

    static List<Ref> parse() throws IOException {
        String text;
        try (InputStream in = AnswerQualityTest.class.getResourceAsStream("/interview/quality.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var refs = new ArrayList<Ref>();
        Ref ref = null;
        String kind = null;
        StringBuilder answer = null;
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.startsWith("#") && ref == null) continue;
            if (line.startsWith("=== ")) {
                if (ref != null && ref.nopoints && kind != null) ref.answers.add(new Answer(kind, answer.toString().strip(), ""));
                String[] head = line.substring(4).strip().split("\\s+");
                ref = new Ref();
                ref.id = head[0];
                ref.language = Language.fromCode(head[1]);
                ref.source = head[2];
                ref.nopoints = head.length > 3 && head[3].equals("nopoints");
                refs.add(ref);
                kind = null;
            } else if (line.startsWith("* ")) {
                String p = line.substring(2).strip();
                boolean essential = p.startsWith("! ");
                ref.points.add(essential ? p.substring(2) : p);
                ref.essential.add(essential);
            } else if (line.startsWith(">>> ")) {
                if (kind != null && ref.nopoints) ref.answers.add(new Answer(kind, answer.toString().strip(), ""));
                kind = line.substring(4).strip();
                answer = new StringBuilder();
            } else if (line.startsWith("= ") && kind != null) {
                String marks = line.substring(2).strip();
                if (marks.length() != ref.points.size()) {
                    throw new IllegalStateException("quality.txt line " + lineNo + ": " + marks.length() + " marks for " + ref.points.size() + " points");
                }
                ref.answers.add(new Answer(kind, answer.toString().strip(), marks));
                kind = null;
            } else if (kind != null) {
                answer.append(line).append('\n');
            } else if (ref != null && ref.points.isEmpty()) {
                ref.markdown.append(line).append('\n');
            }
        }
        // a nopoints reference's last answer has no marks line
        if (ref != null && ref.nopoints && kind != null) ref.answers.add(new Answer(kind, answer.toString().strip(), ""));
        for (var r : refs) {
            if (r.nopoints) continue;
            if (r.answers.size() < 4) throw new IllegalStateException(r.id + ": " + r.answers.size() + " answers");
        }
        return refs;
    }
}
