package prepdeck.review.interview;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import prepdeck.knowledge.Language;

/**
 * A typed answer checked against a reference.
 *
 * @param score  0..1: the essential points count double, a contradicted point takes off what it would have given;
 *               empty when the reference has no point to check against (never a free 100 %)
 * @param points every key point of the reference, in the reference's order
 */
public record AnswerCheck(OptionalDouble score, List<PointCheck> points, Language language) {
    /** What to say when a reference has nothing to check against. */
    public static final String NOTHING_TO_CHECK = "nothing to check against — grade yourself";

    public AnswerCheck {
        Objects.requireNonNull(score);
        points = List.copyOf(points);
        if (score.isPresent() && (score.getAsDouble() < 0 || score.getAsDouble() > 1)) throw new IllegalArgumentException("score " + score);
        if (score.isPresent() == points.isEmpty()) throw new IllegalArgumentException("a score needs points, and points a score");
    }

    public long covered() {
        return points.stream().filter(PointCheck::covered).count();
    }

    public long contradicted() {
        return points.stream().filter(PointCheck::contradicted).count();
    }

    /** Whether every verdict was clear-cut. */
    public boolean sure() {
        return points.stream().allMatch(PointCheck::sure);
    }
}
