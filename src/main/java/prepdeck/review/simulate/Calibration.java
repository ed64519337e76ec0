package prepdeck.review.simulate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import prepdeck.review.fsrs.MemoryModel;
import prepdeck.review.fsrs.Optimizer;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Rating;
import prepdeck.review.fsrs.Replay;

/**
 * Is the forecast right? A simulated learner with known true FSRS-6 weights ({@link Simulation#TRUE_PARAMETERS}) answers
 * cards on irregular days (each next review 1–{@code maxGap} days after the last, so recall on the day spans the whole
 * range, as it does for cards the plan leaves alone before an interview). Half the cards are the user's history: the
 * optimizer fits weights on them, as the app does. On the other half, before each review the forecast — predicted
 * recall with the fitted weights, following the answers so far — is set beside the outcome (recalled: not Again).
 * Forecasts are grouped in deciles (0–10 %, …, 90–100 %); in each, the mean forecast is compared with the observed rate.
 */
public final class Calibration {
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    /** One decile: forecasts in [from, from + 0.1), how many, their mean, and the share recalled. */
    public record Decile(double from, int count, double meanForecast, double observed) {
        public double gap() {
            return Math.abs(meanForecast - observed);
        }
    }

    /** @param fitted how the optimizer fitted; @param deciles ten, lowest first */
    public record Result(Parameters parameters, Optimizer.Fitted fitted, List<Decile> deciles, int forecasts) {
    }

    public static Result run(int cards, int days, int maxGap, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] seeds = new long[cards];
        for (int i = 0; i < cards; i++) seeds[i] = random.nextLong();
        Learner learner = new Learner(new MemoryModel(Simulation.TRUE_PARAMETERS), seeds);
        List<List<int[]>> histories = new ArrayList<>(); // per card: (day, grade)
        for (int c = 0; c < cards; c++) {
            List<int[]> h = new ArrayList<>();
            int day = random.nextInt(Math.max(1, days / 3));
            while (day < days) {
                h.add(new int[] {day, learner.review(c, day).grade()});
                day += 1 + random.nextInt(maxGap);
            }
            histories.add(h);
        }
        List<Replay.History> training = new ArrayList<>();
        for (int c = 0; c < cards; c += 2) {
            List<Replay.TimedRating> rs = new ArrayList<>();
            for (int[] r : histories.get(c)) rs.add(new Replay.TimedRating(at(r[0]), Rating.ofGrade(r[1])));
            training.add(new Replay.History("c" + c, rs));
        }
        Optimizer.Result fit = new Optimizer(Optimizer.Config.DEFAULT).fit(training, 0);
        MemoryModel model = new MemoryModel(fit.parameters());
        int[] count = new int[10];
        double[] sum = new double[10];
        int[] recalled = new int[10];
        int total = 0;
        for (int c = 1; c < cards; c += 2) {
            List<int[]> h = histories.get(c);
            double s = 0;
            double d = 0;
            for (int j = 0; j < h.size(); j++) {
                Rating g = Rating.ofGrade(h.get(j)[1]);
                if (j == 0) {
                    s = model.initialStability(g);
                    d = model.initialDifficulty(g);
                    continue;
                }
                double r = model.retrievability(h.get(j)[0] - h.get(j - 1)[0], s);
                int k = Math.min(9, (int) Math.floor(r * 10));
                count[k]++;
                sum[k] += r;
                if (g != Rating.AGAIN) recalled[k]++;
                total++;
                s = model.nextStability(d, s, r, g);
                d = model.nextDifficulty(d, g);
            }
        }
        List<Decile> deciles = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            deciles.add(new Decile(k / 10.0, count[k], count[k] == 0 ? Double.NaN : sum[k] / count[k],
                    count[k] == 0 ? Double.NaN : (double) recalled[k] / count[k]));
        }
        return new Result(fit.parameters(), fit.fitted(), deciles, total);
    }

    private static Instant at(int day) {
        return START.plusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(9));
    }
}
