package prepdeck.review.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import prepdeck.review.fsrs.MemoryModel;
import prepdeck.review.fsrs.Rating;

/**
 * A plan of reviews for every day until the last interview within {@value #MAX_HORIZON} days that makes the
 * expected weighted recall on the interview days as high as the study time allows; today's part of it is the answer.
 *
 * <p>The value of a card under a plan is the sum, over the interviews whose scope holds it, of its weight there times
 * its expected recall at the start of that day. Reviews are followed as in {@link InterviewPlan} (a success path and a
 * merged failure path), but the card's recall is read off at each of its interview days on the way, so a review
 * before the first interview also counts for the second, and a review on or after an interview's day only for later
 * ones. The plan is built greedily over (card, day) pairs: always the review with the largest gain per second of
 * study (a first review costs {@link TimedRequest#NEW_CARD_FACTOR} reviews) on a day that still has the seconds for it.
 * What RemNote fixes by rule comes out of this: reviews gather in the last days before each interview where recall on
 * the day would be low (the final sweep), and cards already well known or unlikely to be asked get little early on,
 * since a review there gains little per second.
 *
 * <p>Cards in (re)learning steps due today come first. Today's seconds the plan leaves unused go to due cards outside
 * every scope, most overdue first (their normal scheduling goes on). Without an interview ahead in the horizon, the day
 * is plain FSRS filled by time: steps, due cards lowest recall first, then new cards.
 */
final class GoalPlan {
    static final int MAX_HORIZON = 60;
    static final int MAX_REVIEWS = 30;
    static final double FIRST_SUCCESS = 0.75;
    private static final double NO_GAIN = 1e-9;

    private final TimedRequest request;
    private final MemoryModel model;
    private final List<PlanCard> cards;
    private final LocalDate today;
    private final int n;
    private final List<Goal> goals = new ArrayList<>(); // active ones, by day
    private final int[] goalDay; // offset from today, per active goal
    private int horizon; // the last active interview's day (offset); study days 0..horizon-1
    private final boolean[] fresh;
    private final double[] stability;
    private final double[] difficulty;
    private final int[] last;
    private final double[] cost;
    private final int[][] gDay; // per card: its interviews' days (offsets), ascending
    private final double[][] gWeight;
    private final int[][] gIndex; // per card: index into goals
    private int[][] planned;
    private int[] count;
    private double[] value;
    private int[] version;
    private double[] room;
    private int[] newRoom;

    GoalPlan(TimedRequest request, MemoryModel model) {
        this.request = request;
        this.model = model;
        this.cards = request.cards();
        this.today = request.today();
        this.n = cards.size();
        List<Goal> ahead = new ArrayList<>();
        for (Goal g : request.goals()) {
            long d = g.day().toEpochDay() - today.toEpochDay();
            if (d >= 1 && d <= MAX_HORIZON) ahead.add(g);
        }
        ahead.sort(Comparator.comparing(Goal::day).thenComparing(Goal::name));
        goals.addAll(ahead);
        goalDay = new int[goals.size()];
        for (int g = 0; g < goals.size(); g++) {
            goalDay[g] = (int) (goals.get(g).day().toEpochDay() - today.toEpochDay());
            horizon = Math.max(horizon, goalDay[g]);
        }
        fresh = new boolean[n];
        stability = new double[n];
        difficulty = new double[n];
        last = new int[n];
        cost = new double[n];
        gDay = new int[n][];
        gWeight = new double[n][];
        gIndex = new int[n][];
        for (int i = 0; i < n; i++) {
            PlanCard c = cards.get(i);
            fresh[i] = c.isNew();
            cost[i] = request.secondsOf(c.id());
            if (!fresh[i]) {
                stability[i] = c.memory().stability();
                difficulty[i] = c.memory().difficulty();
                last[i] = (int) Math.min(0, DueQueue.day(c.lastReview()).toEpochDay() - today.toEpochDay());
            } else {
                last[i] = -1;
            }
            int k = 0;
            int[] days = new int[goals.size()];
            double[] weights = new double[goals.size()];
            int[] index = new int[goals.size()];
            for (int g = 0; g < goals.size(); g++) {
                Double w = goals.get(g).weights().get(c.id());
                if (w != null && w > 0) {
                    days[k] = goalDay[g];
                    weights[k] = w;
                    index[k++] = g;
                }
            }
            gDay[i] = Arrays.copyOf(days, k);
            gWeight[i] = Arrays.copyOf(weights, k);
            gIndex[i] = Arrays.copyOf(index, k);
        }
    }

    private record Candidate(double ratio, double gain, int card, int day, int version) {
    }

    TimedPlan plan() {
        double todaySeconds = Math.max(0, request.budget().minutesOn(today) * 60.0 - request.spentToday());
        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PlanCard c = cards.get(i);
            if (c.inSteps() && !DueQueue.day(c.due()).isAfter(today)) steps.add(i);
        }
        steps.sort(Comparator.comparing((Integer i) -> cards.get(i).due()).thenComparing(i -> cards.get(i).id()));
        List<Integer> out = new ArrayList<>();
        double left = todaySeconds;
        for (int i : steps) {
            if (cost[i] > left) break;
            out.add(i);
            left -= cost[i];
        }
        boolean[] taken = new boolean[n];
        for (int i : out) taken[i] = true;
        if (goals.isEmpty()) {
            plainFill(out, taken, left, true);
            return new TimedPlan(ids(out), List.of(), List.of());
        }
        planned = new int[n][MAX_REVIEWS];
        count = new int[n];
        value = new double[n];
        version = new int[n];
        room = new double[horizon];
        newRoom = new int[horizon];
        for (int d = 0; d < horizon; d++) {
            room[d] = d == 0 ? left : request.budget().minutesOn(today.plusDays(d)) * 60.0;
            newRoom[d] = request.newPerDay();
        }
        for (int i = 0; i < n; i++) value[i] = expected(i, planned[i], 0);
        build(taken);

        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) if (!taken[i] && count[i] > 0 && planned[i][0] == 0) chosen.add(i);
        double[] loss = new double[n];
        for (int i : chosen) loss[i] = value[i] - expected(i, Arrays.copyOfRange(planned[i], 1, count[i]), count[i] - 1);
        chosen.sort(Comparator.<Integer>comparingDouble(i -> -loss[i]).thenComparing(i -> cards.get(i).id()));
        double used = 0;
        for (int i : chosen) {
            out.add(i);
            taken[i] = true;
            used += reviewCost(i, 0);
        }
        plainFill(out, taken, left - used, false);
        return new TimedPlan(ids(out), calendar(out, steps.size()), forecasts());
    }

    private List<String> ids(List<Integer> out) {
        List<String> ids = new ArrayList<>(out.size());
        for (int i : out) ids.add(cards.get(i).id());
        return ids;
    }

    private boolean inScope(int i) {
        return gDay[i].length > 0;
    }

    // Plain FSRS by time: due review cards (outside every scope when interviews are ahead) lowest recall first, then
    // (without interviews ahead) new cards in the order given, while they fit.
    private void plainFill(List<Integer> out, boolean[] taken, double left, boolean withNew) {
        List<Integer> due = new ArrayList<>();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (taken[i] || (!withNew && inScope(i))) continue;
            PlanCard c = cards.get(i);
            if (c.isNew()) fresh.add(i);
            else if (!c.inSteps() && !DueQueue.day(c.due()).isAfter(today)) due.add(i);
        }
        due.sort(Comparator.<Integer>comparingDouble(i -> DueQueue.recallOn(model, cards.get(i), today))
                .thenComparing(i -> cards.get(i).due()).thenComparing(i -> cards.get(i).id()));
        for (int i : due) {
            if (cost[i] > left) return;
            out.add(i);
            taken[i] = true;
            left -= cost[i];
        }
        if (!withNew) return;
        int newLeft = request.newPerDay();
        for (int i : fresh) {
            double c = cost[i] * TimedRequest.NEW_CARD_FACTOR;
            if (newLeft == 0 || c > left) return;
            out.add(i);
            taken[i] = true;
            left -= c;
            newLeft--;
        }
    }

    private double reviewCost(int i, int day) {
        return fresh[i] && (count[i] == 0 || planned[i][0] == day) ? cost[i] * TimedRequest.NEW_CARD_FACTOR : cost[i];
    }

    private boolean becomesFirst(int i, int day) {
        return fresh[i] && (count[i] == 0 || day < planned[i][0]);
    }

    private void build(boolean[] taken) {
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble((Candidate c) -> -c.ratio())
                .thenComparingInt(Candidate::card).thenComparingInt(Candidate::day));
        for (int i = 0; i < n; i++) if (inScope(i)) push(queue, i, taken);
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            int i = c.card();
            if (c.version() != version[i]) continue;
            if (!fits(i, c.day())) {
                push(queue, i, taken);
                continue;
            }
            int day = c.day();
            if (becomesFirst(i, day)) {
                if (count[i] > 0) {
                    int old = planned[i][0];
                    room[old] += cost[i] * (TimedRequest.NEW_CARD_FACTOR - 1);
                    newRoom[old]++;
                }
                room[day] -= cost[i] * TimedRequest.NEW_CARD_FACTOR;
                newRoom[day]--;
            } else {
                room[day] -= cost[i];
            }
            insert(i, day);
            value[i] += c.gain();
            version[i]++;
            push(queue, i, taken);
        }
    }

    private boolean fits(int i, int day) {
        if (becomesFirst(i, day)) return newRoom[day] > 0 && room[day] >= cost[i] * TimedRequest.NEW_CARD_FACTOR;
        return room[day] >= cost[i];
    }

    private void push(PriorityQueue<Candidate> queue, int i, boolean[] taken) {
        if (count[i] == MAX_REVIEWS) return;
        prefixes(i);
        int lastGoal = gDay[i][gDay[i].length - 1];
        double best = NO_GAIN;
        double bestGain = 0;
        int bestDay = -1;
        for (int day = lastGoal - 1; day >= 0; day--) {
            if ((day == 0 && taken[i]) || (!fresh[i] && day <= last[i]) || isPlanned(i, day) || !fits(i, day)) continue;
            double gain = expectedWith(i, day) - value[i];
            double added = becomesFirst(i, day) && count[i] == 0 ? cost[i] * TimedRequest.NEW_CARD_FACTOR : cost[i];
            double ratio = gain / added;
            if (ratio > best) {
                best = ratio;
                bestGain = gain;
                bestDay = day;
            }
        }
        if (bestDay >= 0) queue.add(new Candidate(best, bestGain, i, bestDay, version[i]));
    }

    // A path state: weights, stabilities and difficulties of "never failed" (A) and "failed" (B), the last review day,
    // the weighted recall gathered at interview days passed, and how many of the card's interviews were passed.
    private static final int WA = 0, SA = 1, DA = 2, WB = 3, SB = 4, DB = 5, LAST = 6, ACC = 7, GP = 8, STATE = 9;

    private double[][] prefix = new double[MAX_REVIEWS + 1][STATE];
    private final double[] scratch = new double[STATE];

    // prefix[j]: the state after the first j planned reviews of card i.
    private void prefixes(int i) {
        int k = count[i];
        start(i, prefix[0]);
        for (int j = 0; j < k; j++) {
            System.arraycopy(prefix[j], 0, prefix[j + 1], 0, STATE);
            review(i, prefix[j + 1], planned[i][j], j == 0, null);
        }
    }

    /** {@link #expected} of card i's planned days plus {@code day}, resuming from the prefix before it. */
    private double expectedWith(int i, int day) {
        int k = count[i];
        int p = 0;
        while (p < k && planned[i][p] < day) p++;
        double[] s = scratch;
        System.arraycopy(prefix[p], 0, s, 0, STATE);
        review(i, s, day, p == 0, null);
        for (int j = p; j < k; j++) review(i, s, planned[i][j], false, null);
        return finish(i, s, null);
    }

    /** Expected weighted recall of card i reviewed on exactly these days (sorted); per interview into {@code each} if given. */
    private double expected(int i, int[] days, int k) {
        return expected(i, days, k, null);
    }

    private double expected(int i, int[] days, int k, double[] each) {
        double[] s = new double[STATE];
        start(i, s);
        for (int j = 0; j < k; j++) review(i, s, days[j], j == 0, each);
        return finish(i, s, each);
    }

    private void start(int i, double[] s) {
        if (fresh[i]) {
            s[WA] = 0;
            s[SA] = 1;
            s[DA] = 5;
        } else {
            s[WA] = 1;
            s[SA] = stability[i];
            s[DA] = difficulty[i];
        }
        s[WB] = 0;
        s[SB] = 1;
        s[DB] = 5;
        s[LAST] = last[i];
        s[ACC] = 0;
        s[GP] = 0;
    }

    // Gathers the card's interviews up to {@code day} (recall at the start of the day), then reviews it that day.
    private void review(int i, double[] s, int day, boolean first, double[] each) {
        gather(i, s, day, each);
        if (fresh[i] && first) {
            s[WA] = FIRST_SUCCESS;
            s[SA] = model.initialStability(Rating.GOOD);
            s[DA] = model.initialDifficulty(Rating.GOOD);
            s[WB] = 1 - FIRST_SUCCESS;
            s[SB] = model.initialStability(Rating.AGAIN);
            s[DB] = model.initialDifficulty(Rating.AGAIN);
            s[LAST] = day;
            return;
        }
        InterviewPlan.step(model, s, day); // the same two-path memory as the one-interview plan
    }

    private void gather(int i, double[] s, int upTo, double[] each) {
        int g = (int) s[GP];
        int[] days = gDay[i];
        while (g < days.length && days[g] <= upTo) {
            double r = recall(s, days[g]);
            s[ACC] += gWeight[i][g] * r;
            if (each != null) each[g] = r;
            g++;
        }
        s[GP] = g;
    }

    private double finish(int i, double[] s, double[] each) {
        gather(i, s, Integer.MAX_VALUE, each);
        return s[ACC];
    }

    private double recall(double[] s, int day) {
        int t = day - (int) s[LAST];
        double r = s[WA] > 0 ? s[WA] * model.retrievability(t, s[SA]) : 0;
        return s[WB] > 0 ? r + s[WB] * model.retrievability(t, s[SB]) : r;
    }

    private boolean isPlanned(int i, int day) {
        for (int j = 0; j < count[i]; j++) if (planned[i][j] == day) return true;
        return false;
    }

    private void insert(int i, int day) {
        int k = count[i];
        int p = 0;
        while (p < k && planned[i][p] < day) p++;
        System.arraycopy(planned[i], p, planned[i], p + 1, k - p);
        planned[i][p] = day;
        count[i]++;
    }

    private List<TimedPlan.Day> calendar(List<Integer> todayList, int steps) {
        int[] cardsOn = new int[horizon];
        int[] newOn = new int[horizon];
        int[] sweepOn = new int[horizon];
        double[] secondsOn = new double[horizon];
        for (int i : todayList) {
            if (count[i] > 0 && planned[i][0] == 0) continue; // counted below with its plan
            cardsOn[0]++;
            if (fresh[i]) newOn[0]++;
            secondsOn[0] += fresh[i] ? cost[i] * TimedRequest.NEW_CARD_FACTOR : cost[i];
        }
        double target = request.desiredRetention();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < count[i]; j++) {
                int d = planned[i][j];
                cardsOn[d]++;
                boolean first = fresh[i] && j == 0;
                if (first) newOn[d]++;
                secondsOn[d] += first ? cost[i] * TimedRequest.NEW_CARD_FACTOR : cost[i];
                if (isSweep(i, j, target)) sweepOn[d]++;
            }
        }
        List<TimedPlan.Day> days = new ArrayList<>(horizon);
        for (int d = 0; d < horizon; d++) {
            double available = d == 0 ? Math.max(0, request.budget().minutesOn(today) * 60.0 - request.spentToday())
                    : request.budget().minutesOn(today.plusDays(d)) * 60.0;
            days.add(new TimedPlan.Day(today.plusDays(d), cardsOn[d], newOn[d], sweepOn[d], secondsOn[d], available));
        }
        return days;
    }

    // The j-th planned review of card i is its last before one of its interviews, and without it the card's recall
    // there would be below the target.
    private boolean isSweep(int i, int j, double target) {
        int d = planned[i][j];
        int next = j + 1 < count[i] ? planned[i][j + 1] : Integer.MAX_VALUE;
        for (int g = 0; g < gDay[i].length; g++) {
            if (gDay[i][g] > d && gDay[i][g] <= next) {
                if (j == 0 && fresh[i]) return true;
                double[] each = new double[gDay[i].length];
                int[] without = new int[count[i] - 1];
                for (int a = 0, b = 0; a < count[i]; a++) if (a != j) without[b++] = planned[i][a];
                expected(i, without, without.length, each);
                return each[g] < target;
            }
        }
        return false;
    }

    private List<TimedPlan.Forecast> forecasts() {
        int m = goals.size();
        double[] weight = new double[m];
        double[] with = new double[m];
        double[] without = new double[m];
        double[] variance = new double[m];
        int[] cardsIn = new int[m];
        for (int i = 0; i < n; i++) {
            int k = gDay[i].length;
            if (k == 0) continue;
            double[] planEach = new double[k];
            double[] noneEach = new double[k];
            expected(i, planned[i], count[i], planEach);
            expected(i, planned[i], 0, noneEach);
            for (int a = 0; a < k; a++) {
                int g = gIndex[i][a];
                double w = gWeight[i][a];
                weight[g] += w;
                with[g] += w * planEach[a];
                without[g] += w * noneEach[a];
                variance[g] += w * w * planEach[a] * (1 - planEach[a]);
                cardsIn[g]++;
            }
        }
        List<TimedPlan.Forecast> out = new ArrayList<>(m);
        for (int g = 0; g < m; g++) {
            double w = weight[g];
            out.add(new TimedPlan.Forecast(goals.get(g).name(), goals.get(g).day(), cardsIn[g],
                    w == 0 ? 0 : with[g] / w, w == 0 ? 0 : without[g] / w, w == 0 ? 0 : Math.sqrt(variance[g]) / w));
        }
        return out;
    }
}
