package prepdeck.review.simulate;

import java.util.SplittableRandom;
import prepdeck.review.fsrs.MemoryModel;
import prepdeck.review.fsrs.Rating;

/**
 * A simulated learner whose memory follows FSRS-6 with known "true" weights. Each card has its own
 * random stream, so two policies that review a card on the same days see the same answers.
 * First answers: Again 25%, Hard 10%, Good 55%, Easy 10%; later, a recall (probability R) is Hard
 * 15%, Good 75%, Easy 10%, a failure is Again.
 */
final class Learner {
    private final MemoryModel truth;
    private final SplittableRandom[] random;
    private final boolean[] seen;
    private final double[] stability;
    private final double[] difficulty;
    private final int[] lastDay;

    Learner(MemoryModel truth, long[] cardSeeds) {
        this.truth = truth;
        int n = cardSeeds.length;
        random = new SplittableRandom[n];
        for (int i = 0; i < n; i++) random[i] = new SplittableRandom(cardSeeds[i]);
        seen = new boolean[n];
        stability = new double[n];
        difficulty = new double[n];
        lastDay = new int[n];
    }

    /** The learner answers card {@code c} on {@code day}; its true memory moves on. */
    Rating review(int c, int day) {
        SplittableRandom r = random[c];
        if (!seen[c]) {
            Rating g = pick(r.nextDouble(), 0.25, 0.10, 0.55);
            seen[c] = true;
            stability[c] = truth.initialStability(g);
            difficulty[c] = truth.initialDifficulty(g);
            lastDay[c] = day;
            return g;
        }
        double recall = recall(c, day);
        Rating g = r.nextDouble() < recall ? pick(r.nextDouble(), 0, 0.15, 0.75) : Rating.AGAIN;
        if (day > lastDay[c]) {
            stability[c] = truth.nextStability(difficulty[c], stability[c], recall, g);
            difficulty[c] = truth.nextDifficulty(difficulty[c], g);
        }
        lastDay[c] = day;
        return g;
    }

    /** True probability of recalling card {@code c} on {@code day}; 0 if never studied. */
    double recall(int c, int day) {
        return seen[c] ? truth.retrievability(day - lastDay[c], stability[c]) : 0;
    }

    private static Rating pick(double u, double again, double hard, double good) {
        if (u < again) return Rating.AGAIN;
        if (u < again + hard) return Rating.HARD;
        if (u < again + hard + good) return Rating.GOOD;
        return Rating.EASY;
    }
}
