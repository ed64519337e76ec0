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
 * A plan of reviews for every day from today to the eve of the interview that makes the expected
 * number of cards recalled on the interview day as high as the daily budget allows; today's part of
 * it is the answer.
 *
 * <p>The value of a card under a plan is its expected recall on the interview day, R(days from its last
 * review to the interview, S). A review on day x succeeds with probability R at x (the card is then
 * answered Good and its stability grows) or fails (Again: stability drops); both outcomes are
 * followed to the interview (see {@link #expected}). A new card has no recall to lose: its first review is answered
 * Good with probability {@link #FIRST_SUCCESS}, else Again.
 *
 * <p>Why plan all days rather than pick today's best: a review helps the interview most when it is
 * late (less time to forget afterwards) and when the card's recall at that moment is low (FSRS
 * grows stability more after a harder recall). Everything wants the last days; their capacity is
 * limited. So the plan is built greedily over (card, day) pairs, always adding the review with the
 * largest gain in expected interview-day recall to a day that still has room, until the budget of
 * every day is used or no review helps. Cards land today when the later days are better spent on
 * others, or when an earlier review is what makes a later one pay (new cards, weak cards).
 *
 * <p>Two guards: cards in (re)learning steps due today come first, as in FSRS; and overdue review
 * cards are never starved: at least a tenth of today's budget goes to the most overdue of them.
 */
final class InterviewPlan {
    /** The plan looks at most this many days ahead; farther from the interview, plain FSRS applies. */
    static final int MAX_HORIZON = 60;
    /** A bound on reviews planned per card, far above what a useful plan gives one card. */
    static final int MAX_REVIEWS = 12;
    /** Share of first answers that are not Again, for cards never seen. */
    static final double FIRST_SUCCESS = 0.75;
    /** Share of today's budget kept for overdue cards if any exist. */
    static final double OVERDUE_SHARE = 0.1;
    private static final double NO_GAIN = 1e-6;

    private final PlanRequest request;
    private final MemoryModel model;
    private final int horizon; // the interview is this many days after today; study days are 0..horizon-1
    private final List<PlanCard> cards;
    private final double[] stability;
    private final double[] difficulty;
    private final int[] last; // day of the last review, relative to today (<= 0)
    private final int[][] planned;
    private final int[] count;
    private final double[] value;
    private final int[] version;
    private final Planner.Memo memo;
    private final long today; // epoch day
    // expect[i][today + day - expectFrom[i]]: card i's expected recall with that day added to its plan at
    // expectVersion[i]; NaN: not yet computed
    private final double[][] expect;
    private final long[] expectFrom;
    private final int[] expectVersion;
    private final double[] state = new double[STATE];
    private double[][] prefix = new double[MAX_REVIEWS + 1][STATE];
    private int prefixCard = -1;
    private int prefixVersion;
    private final double goodS;
    private final double goodD;
    private final double againS;
    private final double againD;

    InterviewPlan(PlanRequest request, MemoryModel model, int horizon, Planner.Memo memo) {
        this.request = request;
        this.model = model;
        this.horizon = horizon;
        this.cards = request.cards();
        int n = cards.size();
        stability = new double[n];
        difficulty = new double[n];
        last = new int[n];
        planned = new int[n][MAX_REVIEWS];
        count = new int[n];
        value = new double[n];
        version = new int[n];
        LocalDate today = request.today();
        this.memo = memo;
        this.today = today.toEpochDay();
        memo.use(request.interview().toEpochDay(), request.parameters());
        expect = new double[n][];
        expectFrom = new long[n];
        expectVersion = new int[n];
        Arrays.fill(expectVersion, -1);
        for (int i = 0; i < n; i++) {
            PlanCard c = cards.get(i);
            if (c.isNew()) continue;
            stability[i] = c.memory().stability();
            difficulty[i] = c.memory().difficulty();
            last[i] = (int) Math.min(0, DueQueue.day(c.lastReview()).toEpochDay() - today.toEpochDay());
            value[i] = model.retrievability(horizon - last[i], stability[i]);
        }
        goodS = model.initialStability(Rating.GOOD);
        goodD = model.initialDifficulty(Rating.GOOD);
        againS = model.initialStability(Rating.AGAIN);
        againD = model.initialDifficulty(Rating.AGAIN);
    }

    private record Candidate(double gain, int card, int day, int version) {
    }

    List<String> today() {
        int budget = request.budget();
        LocalDate today = request.today();
        // (Re)learning steps due today go first, as in FSRS; they take today's room.
        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            PlanCard c = cards.get(i);
            if (c.inSteps() && !DueQueue.day(c.due()).isAfter(today)) steps.add(i);
        }
        steps.sort(Comparator.comparing((Integer i) -> cards.get(i).due()).thenComparing(i -> cards.get(i).id()));
        if (steps.size() > budget) steps = steps.subList(0, budget);
        boolean[] taken = new boolean[cards.size()];
        for (int i : steps) taken[i] = true;

        int[] room = new int[horizon];
        Arrays.fill(room, budget);
        room[0] = budget - steps.size();
        build(room, taken);

        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) if (!taken[i] && count[i] > 0 && planned[i][0] == 0) chosen.add(i);
        double[] loss = new double[cards.size()];
        for (int i : chosen) loss[i] = value[i] - valueWithout(i, 0);
        // Most interview recall lost by skipping it first.
        chosen.sort(Comparator.<Integer>comparingDouble(i -> -loss[i]).thenComparing(i -> cards.get(i).id()));
        keepOverdue(chosen, budget - steps.size(), taken);

        List<String> out = new ArrayList<>(budget);
        for (int i : steps) out.add(cards.get(i).id());
        for (int i : chosen) out.add(cards.get(i).id());
        return out;
    }

    // Greedy: repeatedly add the (card, day) review with the largest gain to a day with room.
    private void build(int[] room, boolean[] taken) {
        int free = 0;
        for (int r : room) free += r;
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble((Candidate c) -> -c.gain())
                .thenComparingInt(Candidate::card).thenComparingInt(Candidate::day));
        for (int i = 0; i < cards.size(); i++) push(queue, i, room, taken);
        while (free > 0 && !queue.isEmpty()) {
            Candidate c = queue.poll();
            if (c.version() != version[c.card()]) continue;
            if (room[c.day()] == 0) {
                push(queue, c.card(), room, taken);
                continue;
            }
            int i = c.card();
            insert(i, c.day());
            value[i] += c.gain();
            room[c.day()]--;
            free--;
            version[i]++;
            push(queue, i, room, taken);
        }
    }

    private void push(PriorityQueue<Candidate> queue, int i, int[] room, boolean[] taken) {
        if (count[i] == MAX_REVIEWS) return;
        // A card's expected recall with a day added depends on its start and planned days only, never on the rooms
        // or on other cards: computed once for each (start, plan), then reused when its best day filled up, by
        // other cards in the same state (all new cards) and by the next day's plan (the memo outlives this plan).
        // Rooms only shrink while the plan is built, so a day full the first time stays full.
        if (expectVersion[i] != version[i]) {
            Planner.Memo.Expectations e = memo.expectations(key(i), today);
            expect[i] = e.recall();
            expectFrom[i] = e.from();
            expectVersion[i] = version[i];
        }
        double[] expected = expect[i];
        int offset = (int) (today - expectFrom[i]);
        double best = NO_GAIN;
        int bestDay = -1;
        for (int day = horizon - 1; day >= 0; day--) {
            if (room[day] == 0 || (day == 0 && taken[i]) || isPlanned(i, day)) continue;
            if (!cards.get(i).isNew() && day <= last[i]) continue;
            double e = expected[offset + day];
            if (Double.isNaN(e)) e = expected[offset + day] = expectedWith(i, day);
            double gain = e - value[i];
            if (gain > best) {
                best = gain;
                bestDay = day;
            }
        }
        if (bestDay >= 0) queue.add(new Candidate(best, i, bestDay, version[i]));
    }

    // What card i's expectations depend on, in absolute days: its start (none for a new card) and its planned days.
    private Planner.Memo.Key key(int i) {
        int[] days = new int[count[i]];
        for (int j = 0; j < days.length; j++) days[j] = (int) (planned[i][j] + today);
        return cards.get(i).isNew() ? new Planner.Memo.Key(true, 0, 0, 0, days)
                : new Planner.Memo.Key(false, Double.doubleToLongBits(stability[i]), Double.doubleToLongBits(difficulty[i]), last[i] + today, days);
    }

    // The state of card i after each prefix of its planned days: prefix[j] is the state after planned[0..j-1]
    // (for a new card, prefix 0 is "not yet seen" and is never stepped from).
    private void prefixes(int i) {
        int k = count[i];
        if (prefix.length < k + 1) prefix = new double[k + 1][STATE];
        boolean fresh = cards.get(i).isNew();
        if (!fresh) start(i, prefix[0]);
        for (int j = 0; j < k; j++) {
            System.arraycopy(prefix[j], 0, prefix[j + 1], 0, STATE);
            if (fresh && j == 0) first(prefix[1], planned[i][0]);
            else step(prefix[j + 1], planned[i][j]);
        }
        prefixCard = i;
        prefixVersion = version[i];
    }

    /** {@link #expected} of card i's planned days plus {@code day}, resuming from the prefix before it. */
    private double expectedWith(int i, int day) {
        if (prefixCard != i || prefixVersion != version[i]) prefixes(i);
        int k = count[i];
        int p = 0;
        while (p < k && planned[i][p] < day) p++;
        double[] s = state;
        System.arraycopy(prefix[p], 0, s, 0, STATE);
        if (cards.get(i).isNew() && p == 0) first(s, day);
        else step(s, day);
        for (int j = p; j < k; j++) step(s, planned[i][j]);
        return recallAtInterview(s);
    }

    private double valueWithout(int i, int day) {
        int[] rest = new int[count[i] - 1];
        int k = 0;
        for (int j = 0; j < count[i]; j++) if (planned[i][j] != day) rest[k++] = planned[i][j];
        return expected(i, rest, rest.length);
    }

    /**
     * Expected recall of card i on the interview day if it is reviewed on exactly these days (sorted).
     * Two paths are followed: "never failed" exactly, and "failed at least once", whose branches are
     * merged into one (weights added, log S and D averaged by weight). Following every branch would
     * cost 2^k; this costs k and differs from it only in the rare twice-failed cards.
     */
    private double expected(int i, int[] days, int k) {
        double[] s = state;
        int from;
        if (cards.get(i).isNew()) {
            if (k == 0) return 0;
            first(s, days[0]);
            from = 1;
        } else {
            start(i, s);
            from = 0;
        }
        for (int j = from; j < k; j++) step(s, days[j]);
        return recallAtInterview(s);
    }

    // A state of the two paths: weight, stability and difficulty of "never failed" (A) and "failed" (B), and the last day.
    private static final int WA = 0, SA = 1, DA = 2, WB = 3, SB = 4, DB = 5, LAST = 6, STATE = 7;

    private void start(int i, double[] s) {
        s[WA] = 1;
        s[SA] = stability[i];
        s[DA] = difficulty[i];
        s[WB] = 0;
        s[SB] = 1;
        s[DB] = 1;
        s[LAST] = last[i];
    }

    private void first(double[] s, int day) {
        s[WA] = FIRST_SUCCESS;
        s[SA] = goodS;
        s[DA] = goodD;
        s[WB] = 1 - FIRST_SUCCESS;
        s[SB] = againS;
        s[DB] = againD;
        s[LAST] = day;
    }

    private void step(double[] s, int day) {
        step(model, s, day);
    }

    /**
     * One review on {@code day} of a card's two-path memory in {@code s} (slots WA, SA, DA, WB, SB, DB, LAST, as
     * {@link GoalPlan} lays them out too): both paths followed, "failed" merging A's failure with B's success and
     * failure.
     */
    static void step(MemoryModel model, double[] s, int day) {
        double wa = s[WA], sa = s[SA], da = s[DA], wb = s[WB], sb = s[SB], db = s[DB];
        int t = day - (int) s[LAST];
        double pa = model.retrievability(t, sa);
        double w1 = wa * (1 - pa);
        double logS = w1 * Math.log(model.nextStability(da, sa, pa, Rating.AGAIN));
        double dSum = w1 * model.nextDifficulty(da, Rating.AGAIN);
        if (wb > 0) {
            double pb = model.retrievability(t, sb);
            double w2 = wb * pb;
            double w3 = wb * (1 - pb);
            logS += w2 * Math.log(model.nextStability(db, sb, pb, Rating.GOOD))
                    + w3 * Math.log(model.nextStability(db, sb, pb, Rating.AGAIN));
            dSum += w2 * model.nextDifficulty(db, Rating.GOOD) + w3 * model.nextDifficulty(db, Rating.AGAIN);
        }
        double failed = w1 + wb;
        if (failed > 0) {
            s[SB] = Math.exp(logS / failed);
            s[DB] = dSum / failed;
        }
        s[WB] = failed;
        s[SA] = model.nextStability(da, sa, pa, Rating.GOOD);
        s[DA] = model.nextDifficulty(da, Rating.GOOD);
        s[WA] = wa * pa;
        s[LAST] = day;
    }

    private double recallAtInterview(double[] s) {
        int lastDay = (int) s[LAST];
        double r = s[WA] * model.retrievability(horizon - lastDay, s[SA]);
        return s[WB] > 0 ? r + s[WB] * model.retrievability(horizon - lastDay, s[SB]) : r;
    }

    private boolean isPlanned(int i, int day) {
        for (int j = 0; j < count[i]; j++) if (planned[i][j] == day) return true;
        return false;
    }

    // The card's planned days plus one more, sorted, into out.
    private void merge(int i, int day, int[] out) {
        int k = 0;
        boolean placed = false;
        for (int j = 0; j < count[i]; j++) {
            if (!placed && day < planned[i][j]) {
                out[k++] = day;
                placed = true;
            }
            out[k++] = planned[i][j];
        }
        if (!placed) out[k] = day;
    }

    private void insert(int i, int day) {
        int[] merged = new int[count[i] + 1];
        merge(i, day, merged);
        System.arraycopy(merged, 0, planned[i], 0, merged.length);
        count[i]++;
    }

    // At least a tenth of today's room goes to overdue review cards (due before today), most overdue first.
    private void keepOverdue(List<Integer> chosen, int room, boolean[] taken) {
        LocalDate today = request.today();
        List<Integer> overdue = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) if (!taken[i] && isOverdue(i)) overdue.add(i);
        int quota = Math.min(overdue.size(), (int) Math.ceil(room * OVERDUE_SHARE));
        int have = (int) chosen.stream().filter(this::isOverdue).count();
        if (have >= quota) return;
        overdue.removeAll(chosen);
        overdue.sort(Comparator.<Integer>comparingDouble(i -> DueQueue.recallOn(model, cards.get(i), today))
                .thenComparing(i -> cards.get(i).id()));
        for (int i : overdue.subList(0, quota - have)) {
            if (chosen.size() >= room) {
                // Make room by dropping the least valuable card that is not overdue itself.
                for (int j = chosen.size() - 1; j >= 0; j--) {
                    if (!isOverdue(chosen.get(j))) {
                        chosen.remove(j);
                        break;
                    }
                }
            }
            chosen.add(i);
        }
    }

    private boolean isOverdue(int i) {
        PlanCard c = cards.get(i);
        return !c.isNew() && !c.inSteps() && DueQueue.day(c.due()).isBefore(request.today());
    }
}
