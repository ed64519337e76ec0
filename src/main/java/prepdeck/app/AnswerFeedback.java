package prepdeck.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user sees after answering a question: the key points covered and missed (empty score when
 * nothing was typed) and the reference answer (Markdown) to grade themself against.
 */
public record AnswerFeedback(InterviewQuestion question, Optional<Double> score, List<PointResult> points, String reference) {
    public AnswerFeedback {
        Objects.requireNonNull(question);
        Objects.requireNonNull(score);
        points = List.copyOf(points);
        Objects.requireNonNull(reference);
    }
}
