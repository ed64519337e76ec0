package prepdeck.review.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FuzzTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private final Scheduler fuzzy = new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withFuzz(true));
    private final Scheduler plain = new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT);

    @Test
    void sameCardKeyAndReviewCountGiveTheSameInterval() {
        CardState state = review(40, 5, 7);
        Instant now = T0.plusSeconds(40 * 86_400L);
        Scheduled first = fuzzy.next(state, Rating.GOOD, now, "card-42");
        Scheduled again = new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withFuzz(true))
                .next(state, Rating.GOOD, now, "card-42");
        assertThat(again).isEqualTo(first);
        assertThat(Fuzz.factor("card-42", 8)).isEqualTo(Fuzz.factor("card-42", 8)).isBetween(0.0, 1.0);
    }

    @Test
    void fuzzedIntervalsStayInTsFsrsRangesAndSpreadAcrossCards() {
        CardState state = review(40, 5, 7);
        Instant now = T0.plusSeconds(40 * 86_400L);
        int unfuzzed = plain.next(state, Rating.GOOD, now, "x").scheduledDays();
        Fuzz.Range range = Fuzz.range(unfuzzed, 40, 36500);
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < 2000; k++) {
            int days = fuzzy.next(state, Rating.GOOD, now, "card-" + k).scheduledDays();
            assertThat(days).isBetween(range.min(), range.max());
            seen.add(days);
        }
        assertThat(seen).hasSize(range.max() - range.min() + 1);
    }

    @Test
    void fuzzRangesMatchTsFsrs() {
        // ts-fsrs 5.4.2 get_fuzz_range(interval, elapsed, maximum)
        assertThat(Fuzz.range(3, 0, 36500)).isEqualTo(new Fuzz.Range(2, 4));
        assertThat(Fuzz.range(10, 0, 36500)).isEqualTo(new Fuzz.Range(8, 12));
        assertThat(Fuzz.range(100, 50, 36500)).isEqualTo(new Fuzz.Range(93, 107));
        assertThat(Fuzz.range(36500, 0, 36500)).isEqualTo(new Fuzz.Range(34673, 36500));
        assertThat(Fuzz.range(5, 10, 100)).isEqualTo(new Fuzz.Range(4, 6));
        assertThat(Fuzz.range(25, 3, 30)).isEqualTo(new Fuzz.Range(22, 28));
    }

    @Test
    void shortIntervalsAreNotFuzzed() {
        assertThat(Fuzz.apply(2, 0, 36500, 0.99)).isEqualTo(2);
        assertThat(Fuzz.apply(1, 0, 36500, 0.0)).isEqualTo(1);
    }

    private static CardState review(double stability, double difficulty, int reps) {
        return new CardState.Review(new MemoryState(stability, difficulty), 0, T0, T0.plusSeconds(40 * 86_400L), reps);
    }
}
