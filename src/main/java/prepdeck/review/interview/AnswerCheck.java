package prepdeck.review.interview;

import java.util.List;
import prepdeck.knowledge.Language;

/**
 * A typed answer checked against a reference.
 *
 * @param score  covered points / all points, 0..1 (1 for a reference with no points)
 * @param points every key point of the reference, in the reference's order
 */
public record AnswerCheck(double score, List<PointCheck> points, Language language) {
    public AnswerCheck {
        points = List.copyOf(points);
        if (score < 0 || score > 1) throw new IllegalArgumentException("score " + score);
    }

    public long covered() {
        return points.stream().filter(PointCheck::covered).count();
    }
}
