package prepdeck.app;

import java.util.List;
import java.util.Objects;
import prepdeck.review.interview.PointCheck;

/**
 * One key point of a reference answer and what a typed answer did with it.
 *
 * @param matched the answer's words that state it (or contradict it)
 */
public record PointResult(String text, PointCheck.Status status, List<String> matched, boolean essential) {
    public PointResult {
        Objects.requireNonNull(text);
        Objects.requireNonNull(status);
        matched = List.copyOf(matched);
    }

    /** A point as stored before statuses were kept: covered or missed. */
    public PointResult(String text, boolean covered) {
        this(text, covered ? PointCheck.Status.COVERED : PointCheck.Status.MISSED, List.of(), false);
    }

    /** A point of a question answered by revealing the reference (nothing typed). */
    public static PointResult unanswered(String text) {
        return new PointResult(text, PointCheck.Status.MISSED, List.of(), false);
    }

    public static PointResult of(PointCheck check) {
        return new PointResult(check.point().text(), check.status(), check.matched(), check.point().essential());
    }

    public boolean covered() {
        return status == PointCheck.Status.COVERED;
    }

    public boolean contradicted() {
        return status == PointCheck.Status.CONTRADICTED;
    }
}
