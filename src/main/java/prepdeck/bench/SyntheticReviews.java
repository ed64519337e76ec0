package prepdeck.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import prepdeck.review.fsrs.CardState;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Rating;
import prepdeck.review.fsrs.Scheduled;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;

/**
 * A synthetic review history for benchmarks: cards are introduced in id order over the past
 * {@code spanDays} days, each one answered whenever it fell due (sometimes days late) until today, with
 * the mix of grades a real learner gives (mostly Good, some Again). A fixed seed gives the same history.
 * Cards left over once the wanted number of answers is reached stay new, as the newest cards of a real
 * deck do.
 */
public final class SyntheticReviews {
    /** One answer: which card, when, which grade (1–4), how long it took. */
    public record Answer(long card, Instant at, int rating, long durationMs) {}

    private final long seed;
    private final int spanDays;
    private final Scheduler scheduler = new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withFuzz(true));

    public SyntheticReviews(long seed, int spanDays) {
        this.seed = seed;
        this.spanDays = spanDays;
    }

    /** Every answer of one card introduced at {@code introduced}, up to {@code now}, in time order. */
    public List<Answer> card(long card, Instant introduced, Instant now) {
        var random = new SplittableRandom(seed * 31 + card);
        var answers = new ArrayList<Answer>();
        CardState state = CardState.fresh();
        Instant at = introduced;
        while (at.isBefore(now)) {
            int rating = grade(random);
            answers.add(new Answer(card, at, rating, 2_000 + random.nextInt(20_000)));
            Scheduled next = scheduler.next(state, Rating.ofGrade(rating), at, card + ":");
            state = next.state();
            // answered when due, now and then a few days late
            long lateMinutes = random.nextInt(10) == 0 ? random.nextInt(4 * 24 * 60) : random.nextInt(120);
            at = next.due().plus(Duration.ofMinutes(lateMinutes));
        }
        return answers;
    }

    /** When the {@code index}-th of {@code cards} cards was introduced: spread evenly over the span, oldest first. */
    public Instant introduced(int index, int cards, Instant now) {
        long spanMs = Duration.ofDays(spanDays).toMillis();
        return now.minusMillis(spanMs - spanMs * index / Math.max(1, cards)).minus(Duration.ofHours(1));
    }

    private static int grade(SplittableRandom random) {
        int r = random.nextInt(100);
        if (r < 8) return 1;
        if (r < 20) return 2;
        if (r < 90) return 3;
        return 4;
    }
}
