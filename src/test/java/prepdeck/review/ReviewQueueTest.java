package prepdeck.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import prepdeck.review.fsrs.CardState;
import prepdeck.review.fsrs.MemoryState;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;

class ReviewQueueTest {
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    final ReviewQueue queue = new ReviewQueue(new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT));

    static ReviewQueue.Candidate learning(long id, Duration dueIn) {
        return new ReviewQueue.Candidate(id, new CardState.Learning(new MemoryState(2, 5), 1, NOW.minus(Duration.ofMinutes(10)),
                NOW.plus(dueIn), 1));
    }

    static ReviewQueue.Candidate review(long id, double stability, int daysAgo, int dueDaysAgo) {
        return new ReviewQueue.Candidate(id, new CardState.Review(new MemoryState(stability, 5), 0,
                NOW.minus(Duration.ofDays(daysAgo)), NOW.minus(Duration.ofDays(dueDaysAgo)), 3));
    }

    @Test
    void dueLearningBeatsDueReviewWhichBeatsNewCards() {
        var pick = queue.next(NOW, List.of(learning(1, Duration.ofMinutes(-1))), List.of(review(2, 10, 20, 10)), 0, 20,
                () -> OptionalLong.of(3));
        assertThat(pick.orElseThrow().cardId()).isEqualTo(1);
        assertThat(pick.get().reason()).isEqualTo(ReviewQueue.Reason.LEARNING);
        pick = queue.next(NOW, List.of(learning(1, Duration.ofMinutes(5))), List.of(review(2, 10, 20, 10)), 0, 20, () -> OptionalLong.of(3));
        assertThat(pick.orElseThrow().reason()).isEqualTo(ReviewQueue.Reason.REVIEW);
        pick = queue.next(NOW, List.of(learning(1, Duration.ofMinutes(5))), List.of(), 0, 20, () -> OptionalLong.of(3));
        assertThat(pick.orElseThrow().reason()).isEqualTo(ReviewQueue.Reason.NEW);
        pick = queue.next(NOW, List.of(learning(1, Duration.ofMinutes(5))), List.of(), 20, 20, () -> OptionalLong.of(3));
        assertThat(pick.orElseThrow().reason()).isEqualTo(ReviewQueue.Reason.LEARNING_AHEAD);
        pick = queue.next(NOW, List.of(learning(1, Duration.ofMinutes(30))), List.of(), 20, 20, () -> OptionalLong.of(3));
        assertThat(pick).isEmpty();
    }

    @Test
    void theLowestRecallProbabilityComesFirstNotTheEarliestDueDate() {
        // due long ago but stable, against due recently but forgotten faster
        var stable = review(1, 100, 120, 20);
        var fragile = review(2, 2, 10, 5);
        var pick = queue.next(NOW, List.of(), List.of(stable, fragile), 0, 20, OptionalLong::empty);
        assertThat(pick.orElseThrow().cardId()).isEqualTo(2);
    }

    @Test
    void newCardsAreNotLookedUpWhenSomethingIsDueOrTheLimitIsReached() {
        var pick = queue.next(NOW, List.of(), List.of(review(2, 10, 20, 1)), 0, 20, () -> {
            throw new AssertionError("asked for a new card");
        });
        assertThat(pick).isPresent();
        assertThat(queue.next(NOW, List.of(), List.of(), 5, 5, () -> {
            throw new AssertionError("asked for a new card");
        })).isEmpty();
    }

    @Test
    void labelsReadLikeAnkisButtons() {
        assertThat(IntervalLabel.of(Duration.ofSeconds(20))).isEqualTo("<1m");
        assertThat(IntervalLabel.of(Duration.ofMinutes(10))).isEqualTo("10m");
        assertThat(IntervalLabel.of(Duration.ofHours(5))).isEqualTo("5h");
        assertThat(IntervalLabel.of(Duration.ofDays(1))).isEqualTo("1d");
        assertThat(IntervalLabel.of(Duration.ofDays(4))).isEqualTo("4d");
        assertThat(IntervalLabel.of(Duration.ofDays(46))).isEqualTo("1.5mo");
        assertThat(IntervalLabel.of(Duration.ofDays(61))).isEqualTo("2mo");
        assertThat(IntervalLabel.of(Duration.ofDays(800))).isEqualTo("2.2y");
    }
}
