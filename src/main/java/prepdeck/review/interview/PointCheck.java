package prepdeck.review.interview;

import java.util.List;
import java.util.Objects;

/**
 * How one key point fared in an answer.
 *
 * @param matched the answer's words (as written) that state it; empty when not covered
 */
public record PointCheck(KeyPoint point, boolean covered, List<String> matched) {
    public PointCheck {
        Objects.requireNonNull(point);
        matched = List.copyOf(matched);
    }
}
