package prepdeck.review.interview;

import java.util.List;
import java.util.Objects;
import prepdeck.knowledge.Language;

/**
 * Checks a typed answer against a reference answer: which of the reference's key points it states.
 * Plain rules over an injected {@link TextAnalysis}; no state, safe to share.
 */
public final class AnswerChecker {
    private final TextAnalysis analysis;
    private final KeyPoints keyPoints;
    private final Coverage coverage;

    public AnswerChecker(TextAnalysis analysis) {
        this.analysis = Objects.requireNonNull(analysis);
        this.keyPoints = new KeyPoints(analysis);
        this.coverage = new Coverage(analysis);
    }

    /** The key points of a reference answer (Markdown). */
    public List<KeyPoint> keyPoints(String reference, Language language) {
        return keyPoints.of(reference, language);
    }

    public AnswerCheck check(String reference, String answer, Language language) {
        return check(keyPoints(reference, language), answer, language);
    }

    /** Checks against points found before, as a mock interview does for each answer to the same question. */
    public AnswerCheck check(List<KeyPoint> points, String answer, Language language) {
        var words = Coverage.Answer.of(answer, analysis.words(answer, language));
        var checks = points.stream().map(p -> coverage.check(p, words)).toList();
        double score = points.isEmpty() ? 1.0 : (double) checks.stream().filter(PointCheck::covered).count() / points.size();
        return new AnswerCheck(score, checks, language);
    }
}
