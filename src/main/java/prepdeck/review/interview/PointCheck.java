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
 * @param credit  the share of the point's weight a covered point gives, 0..1: a long clause stated by two of its words
 *                gives less than one stated by more of them; 1 for a short point, 0 when not covered
 */
public record PointCheck(KeyPoint point, Status status, List<String> matched, boolean sure, double credit) {
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
        if (status != Status.COVERED) credit = 0;
        if (credit < 0 || credit > 1) throw new IllegalArgumentException("credit " + credit + " for key point '" + point.text() + "'");
    }

    /** A verdict giving the whole point when covered. */
    public PointCheck(KeyPoint point, Status status, List<String> matched, boolean sure) {
        this(point, status, matched, sure, 1);
    }

    public boolean covered() {
        return status == Status.COVERED;
    }

    public boolean contradicted() {
        return status == Status.CONTRADICTED;
    }
}
