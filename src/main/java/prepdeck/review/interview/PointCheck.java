package prepdeck.review.interview;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How one key point fared in an answer.
 *
 * @param status  stated, not stated, or stated the other way round
 * @param matched the answer's words (as written) that bear on it: the ones that state it, or the ones that
 *                contradict it; empty when missed
 * @param sure    false when the evidence was borderline (a few words short of the other verdict): the checker says
 *                so rather than pretend
 */
public record PointCheck(KeyPoint point, Status status, List<String> matched, boolean sure) {
    /** What an answer did with a point. */
    public enum Status {
        COVERED, MISSED, CONTRADICTED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PointCheck {
        Objects.requireNonNull(point);
        Objects.requireNonNull(status);
        matched = List.copyOf(matched);
    }

    public boolean covered() {
        return status == Status.COVERED;
    }

    public boolean contradicted() {
        return status == Status.CONTRADICTED;
    }
}
