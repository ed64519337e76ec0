package prepdeck.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private final Scheduler scheduler = new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT);

    @Test
    void newCardRatedGoodMovesToTheSecondLearningStepTenMinutesLater() {
        Scheduled s = scheduler.next(CardState.fresh(), Rating.GOOD, T0, "c1");
        assertThat(s.state()).isInstanceOf(CardState.Learning.class);
        assertThat(s.state().step()).isEqualTo(1);
        assertThat(s.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.scheduledDays()).isZero();
        assertThat(s.state().reps()).isEqualTo(1);
    }

    @Test
    void newCardRatedEasyGraduatesWithItsInitialStabilityAsInterval() {
        Scheduled s = scheduler.next(CardState.fresh(), Rating.EASY, T0, "c1");
        assertThat(s.state()).isInstanceOf(CardState.Review.class);
        assertThat(s.scheduledDays()).isEqualTo(8);
        assertThat(s.due()).isEqualTo(T0.plus(Duration.ofDays(8)));
        assertThat(s.state().memory()).isEqualTo(new MemoryState(8.2956, 1));
    }

    @Test
    void lapseOfAReviewCardStartsRelearning() {
        CardState review = new CardState.Review(new MemoryState(20, 5), 0, T0, T0.plus(Duration.ofDays(20)), 5);
        Scheduled s = scheduler.next(review, Rating.AGAIN, T0.plus(Duration.ofDays(21)), "c1");
        assertThat(s.state().state()).isEqualTo(State.RELEARNING);
        assertThat(s.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.elapsedDays()).isEqualTo(21);
        assertThat(s.state().memory().stability()).isLessThan(20);
    }

    @Test
    void previewKeepsHardGoodEasyIntervalsStrictlyIncreasingAndAgreesWithNext() {
        CardState review = new CardState.Review(new MemoryState(3, 9), 0, T0, T0.plus(Duration.ofDays(3)), 4);
        Instant now = T0.plus(Duration.ofDays(3));
        Map<Rating, Scheduled> preview = scheduler.preview(review, now, "c1");
        assertThat(preview).containsOnlyKeys(Rating.values());
        assertThat(preview.get(Rating.HARD).scheduledDays()).isLessThan(preview.get(Rating.GOOD).scheduledDays());
        assertThat(preview.get(Rating.GOOD).scheduledDays()).isLessThan(preview.get(Rating.EASY).scheduledDays());
        for (Rating r : Rating.values()) assertThat(scheduler.next(review, r, now, "c1")).isEqualTo(preview.get(r));
    }

    @Test
    void reviewOnADayBeforeTheLastReviewIsRejectedNamingBothTimes() {
        CardState review = new CardState.Review(new MemoryState(3, 5), 0, T0, T0.plus(Duration.ofDays(3)), 2);
        Instant earlier = T0.minus(Duration.ofDays(1));
        assertThatThrownBy(() -> scheduler.next(review, Rating.GOOD, earlier, "c1"))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessageContaining(earlier.toString()).hasMessageContaining(T0.toString());
    }

    @Test
    void daysAreCountedFromTheConfiguredDayStart() {
        Instant lateEvening = Instant.parse("2026-01-05T23:50:00Z");
        Instant afterMidnight = Instant.parse("2026-01-06T00:10:00Z");
        CardState review = new CardState.Review(new MemoryState(3, 5), 0, lateEvening, lateEvening.plus(Duration.ofDays(3)), 2);
        assertThat(scheduler.next(review, Rating.GOOD, afterMidnight, "c1").elapsedDays()).isEqualTo(1);
        Scheduler fourAm = new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withDayStartUtcMinutes(240));
        assertThat(fourAm.next(review, Rating.GOOD, afterMidnight, "c1").elapsedDays()).isZero();
        assertThat(fourAm.next(review, Rating.GOOD, Instant.parse("2026-01-06T04:00:00Z"), "c1").elapsedDays()).isEqualTo(1);
    }

    @Test
    void withoutSameDayModellingEveryAnswerGivesWholeDaysAgainBelowHard() {
        Scheduler longTerm = new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withShortTerm(false));
        Map<Rating, Scheduled> preview = longTerm.preview(CardState.fresh(), T0, "c1");
        assertThat(preview.values()).allSatisfy(s -> assertThat(s.state()).isInstanceOf(CardState.Review.class));
        assertThat(preview.get(Rating.AGAIN).scheduledDays()).isLessThan(preview.get(Rating.HARD).scheduledDays());
    }

    @Test
    void aLearningStepOfADayOrMoreGraduatesTheCardToReview() {
        Scheduler daySteps = new Scheduler(Parameters.DEFAULT,
                SchedulerConfig.DEFAULT.withLearningSteps(List.of(Duration.ofMinutes(10), Duration.ofDays(1))));
        Scheduled s = daySteps.next(CardState.fresh(), Rating.GOOD, T0, "c1");
        assertThat(s.state()).isInstanceOf(CardState.Review.class);
        assertThat(s.scheduledDays()).isEqualTo(1);
        assertThat(s.state().step()).isEqualTo(1);
    }

    @Test
    void retrievabilityIsZeroForNewCardsOneRightAfterAReviewAndAboutTheTargetWhenDue() {
        assertThat(scheduler.retrievability(CardState.fresh(), T0)).isZero();
        Scheduled s = scheduler.next(CardState.fresh(), Rating.EASY, T0, "c1");
        assertThat(scheduler.retrievability(s.state(), T0)).isEqualTo(1.0);
        assertThat(scheduler.retrievability(s.state(), s.due())).isCloseTo(0.9, within(0.01));
        assertThat(scheduler.retrievability(s.state(), s.due().plus(Duration.ofDays(30)))).isLessThan(0.8);
    }

    @Test
    void maximumIntervalCapsHardWhileGoodAndEasyKeepTheirOneDayStepsAboveIt() {
        Scheduler capped = new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withMaximumInterval(30));
        CardState review = new CardState.Review(new MemoryState(200, 2), 0, T0, T0.plus(Duration.ofDays(30)), 9);
        Map<Rating, Scheduled> p = capped.preview(review, T0.plus(Duration.ofDays(30)), "c1");
        // As ts-fsrs 5.4.2: Good and Easy stay a day above the previous rating even past the maximum.
        assertThat(p.get(Rating.HARD).scheduledDays()).isEqualTo(30);
        assertThat(p.get(Rating.GOOD).scheduledDays()).isEqualTo(31);
        assertThat(p.get(Rating.EASY).scheduledDays()).isEqualTo(32);
    }
}
