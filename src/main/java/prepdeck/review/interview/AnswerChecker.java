package prepdeck.review.interview;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.terms.Glossary;

/**
 * Checks a typed answer against a reference answer: which of the reference's key points it states, which it
 * contradicts, and a score that orders a complete answer above a partial one above a wrong one. Plain rules over an
 * injected {@link TextAnalysis} and the field's {@link Glossary}; no state, safe to share.
 */
public final class AnswerChecker {
    private final TextAnalysis analysis;
    private final KeyPoints keyPoints;
    private final Coverage coverage;
    private final Lexicon lexicon;

    /** A checker with the glossary that ships with prepdeck. */
    public AnswerChecker(TextAnalysis analysis) {
        this(analysis, Glossary.standard());
    }

    /** A checker with the given glossary (the standard one {@linkplain Glossary#with with} terms found in the notes). */
    public AnswerChecker(TextAnalysis analysis, Glossary glossary) {
        this.analysis = Objects.requireNonNull(analysis);
        this.keyPoints = new KeyPoints(analysis);
        this.lexicon = new Lexicon(glossary, analysis);
        this.coverage = new Coverage(analysis, lexicon);
    }

    /** The key points of a reference answer (Markdown); none when it claims nothing checkable. */
    public List<KeyPoint> keyPoints(String reference, Language language) {
        return keyPoints.of(reference, language);
    }

    public AnswerCheck check(String reference, String answer, Language language) {
        return check(keyPoints(reference, language), answer, language);
    }

    /** Checks against points found before, as a mock interview does for each answer to the same question. */
    public AnswerCheck check(List<KeyPoint> points, String answer, Language language) {
        if (points.isEmpty()) return new AnswerCheck(OptionalDouble.empty(), List.of(), language);
        var words = Coverage.Answer.of(answer, analysis.words(answer, language), lexicon);
        var checks = points.stream().map(p -> coverage.check(p, words, otherHeads(p, points), rivals(p, points))).toList();
        double total = 0, sum = 0;
        for (PointCheck c : checks) {
            double w = c.point().weight();
            total += w;
            if (c.covered()) sum += w;
            if (c.contradicted()) sum -= w;
        }
        return new AnswerCheck(OptionalDouble.of(Math.max(0, sum / total)), checks, language);
    }

    /**
     * The words of the points parallel to this one ("*args collects positional …" / "**kwargs collects keyword …"):
     * those sharing real words with it, less the words they share.
     */
    private static List<Term> rivals(KeyPoint point, List<KeyPoint> points) {
        var own = new HashSet<String>();
        for (Term t : point.phrasings().getFirst().terms()) if (!t.optional()) own.add(t.folded());
        var out = new java.util.ArrayList<Term>();
        for (KeyPoint p : points) {
            if (p == point) continue;
            var terms = p.phrasings().getFirst().terms().stream().filter(t -> !t.optional()).toList();
            long shared = terms.stream().filter(t -> own.contains(t.folded())).count();
            if (shared >= 2 || (shared >= 1 && own.size() <= 3 && terms.size() <= 3)) out.addAll(terms);
        }
        return out;
    }

    /** The subjects of the reference's other points that this one does not name ("TCP" for the point on UDP). */
    private static Set<String> otherHeads(KeyPoint point, List<KeyPoint> points) {
        var own = new HashSet<String>();
        for (Phrase ph : point.phrasings()) for (Term t : ph.terms()) own.add(t.folded());
        var out = new HashSet<String>();
        for (KeyPoint p : points) {
            if (p == point) continue;
            for (Phrase ph : p.phrasings()) for (Term t : ph.terms()) if (t.head() && !own.contains(t.folded())) out.add(t.folded());
        }
        return out;
    }
}
