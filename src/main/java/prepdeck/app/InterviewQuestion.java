package prepdeck.app;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import prepdeck.knowledge.Language;

/**
 * One question of a mock interview and what happened to it.
 *
 * @param mainCardId the main question it follows (its own card for a main question)
 * @param prompt     and {@code topic}, {@code language}: the card's, as it was asked
 * @param askedAt    when it came up (the previous question was done, or the session began)
 * @param answeredAt when the typed answer (or the reveal) came in
 * @param revealed   the user thought and revealed the answer without typing: no score
 * @param score      covered key points over all of them, 0..1; empty when nothing was typed
 * @param rating     the user's own grade 1–4, recorded as a review ({@code reviewId})
 * @param doneAt     when it was graded or skipped
 */
public record InterviewQuestion(int position, long cardId, long mainCardId, boolean followUp, String prompt, String topic,
                                Language language, Optional<Instant> askedAt, Optional<Instant> answeredAt, Optional<String> answer,
                                boolean revealed, Optional<Double> score, List<PointResult> points, Optional<Integer> rating,
                                Optional<Long> reviewId, boolean skipped, Optional<Instant> doneAt) {
    public InterviewQuestion {
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(language);
        Objects.requireNonNull(askedAt);
        Objects.requireNonNull(answeredAt);
        Objects.requireNonNull(answer);
        Objects.requireNonNull(score);
        points = List.copyOf(points);
        Objects.requireNonNull(rating);
        Objects.requireNonNull(reviewId);
        Objects.requireNonNull(doneAt);
    }

    /** Graded or skipped. */
    public boolean done() {
        return doneAt.isPresent();
    }

    /** From being asked to the answer (or, with none, to being graded or skipped); zero if never asked. */
    public Duration timeTaken() {
        if (askedAt.isEmpty()) return Duration.ZERO;
        Optional<Instant> end = answeredAt.or(() -> doneAt);
        return end.map(e -> Duration.between(askedAt.get(), e)).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
    }

    public List<String> covered() {
        return points.stream().filter(PointResult::covered).map(PointResult::text).toList();
    }

    public List<String> missed() {
        return points.stream().filter(p -> !p.covered()).map(PointResult::text).toList();
    }
}
