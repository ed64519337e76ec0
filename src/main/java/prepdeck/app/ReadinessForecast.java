package prepdeck.app;

import java.lang.ref.SoftReference;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import prepdeck.review.fsrs.MemoryModel;
import prepdeck.review.fsrs.MemoryState;
import prepdeck.review.fsrs.Rating;
import prepdeck.review.fsrs.State;
import prepdeck.review.plan.PlanCard;
import prepdeck.review.plan.Planner;

/**
 * Computes {@link Readiness} from the deck's card states. Pure: the same states, settings and day give the
 * same forecast.
 *
 * <p>"With the plan followed" runs the interview schedule day by day on a simulated learner. Each planned
 * review is recalled with the probability FSRS predicts for it (a new card's first answer is Good with
 * probability {@value #FIRST_SUCCESS}, as the planner assumes); rather than branching on every answer, a
 * card keeps two weighted memories, "never failed" and "failed at least once" (the latter merged by
 * weight), the same approximation the planner makes. The planner sees each simulated card at its
 * weighted-mean stability and difficulty, due when FSRS would want it at the desired retention.
 *
 * <p>Speed: the planner's work is almost all expected interview-day recalls of (card start, planned days)
 * pairs, and from one simulated day to the next, and from one forecast to the next (one answer later), most
 * of them repeat; a {@link Planner.Memo} kept across both makes them computed once (docs/BENCHMARKS.md).
 */
final class ReadinessForecast {
    /** Without an interview date the forecast looks this many days ahead. */
    static final int DAYS_WITHOUT_INTERVIEW = 30;
    static final double FIRST_SUCCESS = 0.75;
    private static final long DAY_MS = 86_400_000L;

    private final InterviewSchedule schedule = new InterviewSchedule();
    /**
     * The planner's memo from the last forecast: the next one (one answer later) repeats most of its plans.
     * Taken by one forecast at a time (another at the same moment starts its own); softly held, so memory
     * pressure may drop it (it is a cache: the numbers do not depend on it, only the time).
     */
    private final AtomicReference<SoftReference<Planner.Memo>> kept = new AtomicReference<>();

    /**
     * @param cards         every live answered card with its state
     * @param topics        every topic with its direct card and gap counts
     * @param reviewedToday cards reviewed today so far; {@code newToday} those of them new today
     */
    Readiness compute(LocalDate today, PracticeSettings settings, List<DeckCardState> cards, List<TopicRow> topics,
                      int reviewedToday, int newToday) {
        MemoryModel model = new MemoryModel(settings.fsrsParams());
        Optional<LocalDate> interview = settings.interviewDate().filter(d -> !d.isBefore(today));
        List<LocalDate> targets = interview.map(List::of).orElse(List.of(today, today.plusDays(7), today.plusDays(DAYS_WITHOUT_INTERVIEW)));
        LocalDate end = interview.orElse(today.plusDays(DAYS_WITHOUT_INTERVIEW));
        int n = cards.size();
        int horizon = (int) (end.toEpochDay() - today.toEpochDay());

        Learner now = new Learner(n);
        int reviewed = 0;
        int[] due = new int[horizon + 1];
        for (int i = 0; i < n; i++) {
            var state = cards.get(i).state();
            if (state.isEmpty()) continue;
            reviewed++;
            CardStateRow s = state.get();
            now.seen(i, s.stability(), s.difficulty(), day(s.lastReview()));
            long dueDay = Math.max(day(s.due()), today.toEpochDay()) - today.toEpochDay();
            if (dueDay <= horizon) due[(int) dueDay]++;
        }

        List<Double> recall = targets.stream().map(d -> now.mean(model, d.toEpochDay())).toList();
        var byTopic = new LinkedHashMap<String, List<Integer>>();
        for (int i = 0; i < n; i++) byTopic.computeIfAbsent(cards.get(i).topic(), k -> new ArrayList<>()).add(i);
        var topicList = new ArrayList<Readiness.TopicReadiness>();
        for (TopicRow t : topics) {
            if (t.cards() + t.gaps() == 0) continue;
            List<Integer> mine = byTopic.getOrDefault(t.path(), List.of());
            int seen = (int) mine.stream().filter(now::isSeen).count();
            List<Double> r = targets.stream().map(d -> now.mean(model, mine, d.toEpochDay())).toList();
            topicList.add(new Readiness.TopicReadiness(t.path(), t.cards(), t.gaps(), seen, r));
        }

        double[] withPlan = new double[horizon + 1];
        int[] planned = new int[horizon + 1];
        if (interview.isPresent()) followPlan(today, interview.get(), settings, cards, model, now.copy(), withPlan, planned,
                reviewedToday, newToday);
        var days = new ArrayList<Readiness.Day>(horizon + 1);
        for (int d = 0; d <= horizon; d++) {
            long day = today.toEpochDay() + d;
            days.add(new Readiness.Day(LocalDate.ofEpochDay(day), now.mean(model, day),
                    interview.isPresent() ? Optional.of(withPlan[d]) : Optional.empty(), due[d], planned[d]));
        }
        int gaps = topics.stream().mapToInt(TopicRow::gaps).sum();
        return new Readiness(today, settings.interviewDate(), targets, n, gaps, reviewed, recall, topicList, days);
    }

    private void followPlan(LocalDate today, LocalDate interview, PracticeSettings settings, List<DeckCardState> cards,
                            MemoryModel model, Learner learner, double[] recall, int[] planned, int reviewedToday, int newToday) {
        int horizon = (int) (interview.toEpochDay() - today.toEpochDay());
        SoftReference<Planner.Memo> ref = kept.getAndSet(null);
        Planner.Memo memo = ref == null ? null : ref.get();
        if (memo == null) memo = new Planner.Memo();
        memo.nextGeneration();
        try {
            followPlan(today, horizon, settings, cards, model, learner, recall, planned, reviewedToday, newToday, memo, interview);
        } finally {
            memo.dropUnused();
            kept.set(new SoftReference<>(memo));
        }
    }

    private void followPlan(LocalDate today, int horizon, PracticeSettings settings, List<DeckCardState> cards, MemoryModel model,
                            Learner learner, double[] recall, int[] planned, int reviewedToday, int newToday, Planner.Memo memo,
                            LocalDate interview) {
        Map<Long, Integer> index = new HashMap<>(cards.size() * 2);
        for (int i = 0; i < cards.size(); i++) index.put(cards.get(i).cardId(), i);
        double goodS = model.initialStability(Rating.GOOD);
        double goodD = model.initialDifficulty(Rating.GOOD);
        double againS = model.initialStability(Rating.AGAIN);
        double againD = model.initialDifficulty(Rating.AGAIN);
        for (int d = 0; d < horizon; d++) {
            long day = today.toEpochDay() + d;
            recall[d] = learner.mean(model, day);
            List<PlanCard> planCards = new ArrayList<>(cards.size());
            for (int i = 0; i < cards.size(); i++) {
                // today the real states (steps, due times); later days the simulated ones
                planCards.add(d == 0 ? InterviewSchedule.planCard(cards.get(i)) : learner.planCard(i, cards.get(i).cardId(), model,
                        settings.desiredRetention()));
            }
            List<Long> ids = schedule.today(LocalDate.ofEpochDay(day), interview, settings, planCards,
                    d == 0 ? reviewedToday : 0, d == 0 ? newToday : 0, memo);
            planned[d] = ids.size();
            for (long id : ids) {
                int i = index.get(id);
                if (!learner.isSeen(i)) learner.first(i, goodS, goodD, againS, againD, day);
                else learner.review(i, model, day);
            }
        }
        recall[horizon] = learner.mean(model, interview.toEpochDay());
    }

    static long day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toEpochDay();
    }

    /** Each card's memory as two weighted branches: a never failed (A) and b failed at least once (B). */
    private static final class Learner {
        final boolean[] seen;
        final double[] wa, sa, da, wb, sb, db;
        final long[] last;

        Learner(int n) {
            seen = new boolean[n];
            wa = new double[n];
            sa = new double[n];
            da = new double[n];
            wb = new double[n];
            sb = new double[n];
            db = new double[n];
            last = new long[n];
        }

        Learner copy() {
            Learner c = new Learner(seen.length);
            System.arraycopy(seen, 0, c.seen, 0, seen.length);
            for (double[][] pair : new double[][][]{{wa, c.wa}, {sa, c.sa}, {da, c.da}, {wb, c.wb}, {sb, c.sb}, {db, c.db}}) {
                System.arraycopy(pair[0], 0, pair[1], 0, seen.length);
            }
            System.arraycopy(last, 0, c.last, 0, seen.length);
            return c;
        }

        boolean isSeen(int i) {
            return seen[i];
        }

        void seen(int i, double s, double d, long day) {
            seen[i] = true;
            wa[i] = 1;
            sa[i] = s;
            da[i] = d;
            wb[i] = 0;
            sb[i] = s;
            db[i] = d;
            last[i] = day;
        }

        void first(int i, double goodS, double goodD, double againS, double againD, long day) {
            seen[i] = true;
            wa[i] = FIRST_SUCCESS;
            sa[i] = goodS;
            da[i] = goodD;
            wb[i] = 1 - FIRST_SUCCESS;
            sb[i] = againS;
            db[i] = againD;
            last[i] = day;
        }

        void review(int i, MemoryModel m, long day) {
            long t = Math.max(0, day - last[i]);
            double pa = m.retrievability(t, sa[i]);
            double w1 = wa[i] * (1 - pa);
            double logS = w1 * Math.log(m.nextStability(da[i], sa[i], pa, Rating.AGAIN));
            double dSum = w1 * m.nextDifficulty(da[i], Rating.AGAIN);
            if (wb[i] > 0) {
                double pb = m.retrievability(t, sb[i]);
                double w2 = wb[i] * pb;
                double w3 = wb[i] * (1 - pb);
                logS += w2 * Math.log(m.nextStability(db[i], sb[i], pb, Rating.GOOD)) + w3 * Math.log(m.nextStability(db[i], sb[i], pb, Rating.AGAIN));
                dSum += w2 * m.nextDifficulty(db[i], Rating.GOOD) + w3 * m.nextDifficulty(db[i], Rating.AGAIN);
            }
            double failed = w1 + wb[i];
            if (failed > 0) {
                sb[i] = Math.exp(logS / failed);
                db[i] = dSum / failed;
            }
            wb[i] = failed;
            sa[i] = m.nextStability(da[i], sa[i], pa, Rating.GOOD);
            da[i] = m.nextDifficulty(da[i], Rating.GOOD);
            wa[i] *= pa;
            last[i] = day;
        }

        double recall(MemoryModel m, int i, long day) {
            if (!seen[i]) return 0;
            long t = Math.max(0, day - last[i]);
            double r = wa[i] * m.retrievability(t, sa[i]);
            return wb[i] > 0 ? r + wb[i] * m.retrievability(t, sb[i]) : r;
        }

        double mean(MemoryModel m, long day) {
            if (seen.length == 0) return 0;
            double sum = 0;
            for (int i = 0; i < seen.length; i++) sum += recall(m, i, day);
            return sum / seen.length;
        }

        double mean(MemoryModel m, List<Integer> cards, long day) {
            if (cards.isEmpty()) return 0;
            double sum = 0;
            for (int i : cards) sum += recall(m, i, day);
            return sum / cards.size();
        }

        PlanCard planCard(int i, long cardId, MemoryModel m, double retention) {
            String id = Long.toString(cardId);
            if (!seen[i]) return PlanCard.fresh(id);
            double w = wa[i] + wb[i];
            double s = Math.exp((wa[i] * Math.log(sa[i]) + wb[i] * Math.log(sb[i])) / w);
            double d = (wa[i] * da[i] + wb[i] * db[i]) / w;
            s = Math.min(Math.max(s, 0.001), 36500);
            d = Math.min(Math.max(d, 1), 10);
            Instant lastReview = Instant.ofEpochMilli(last[i] * DAY_MS);
            long interval = Math.max(1, Math.round(m.intervalDays(s, retention)));
            return new PlanCard(id, State.REVIEW, new MemoryState(s, d), lastReview, lastReview.plusMillis(Math.min(interval, 36500) * DAY_MS));
        }
    }
}
