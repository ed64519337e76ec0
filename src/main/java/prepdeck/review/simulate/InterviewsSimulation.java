package prepdeck.review.simulate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import prepdeck.review.fsrs.CardState;
import prepdeck.review.fsrs.MemoryModel;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Rating;
import prepdeck.review.fsrs.Scheduled;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;
import prepdeck.review.plan.Goal;
import prepdeck.review.plan.PlanCard;
import prepdeck.review.plan.Planner;
import prepdeck.review.plan.Priority;
import prepdeck.review.plan.TimeBudget;
import prepdeck.review.plan.TimedRequest;

/**
 * Several interviews, a weekly time budget and priorities, on a simulated learner with known true FSRS-6 weights
 * ({@link Simulation#TRUE_PARAMETERS}; the policies schedule with the default weights, as a new user would). Cards
 * belong to topics; each topic has a priority, a few cards were "asked before", some questions sit in two or three
 * sources; each card takes its own true seconds (a first review twice that, an Again half as much again), and the
 * policies know only the mean of its topic, as the app learns it from answer durations.
 *
 * <p>Every day each policy gives an ordered list; the learner works through it until the day's minutes are used
 * (a card that would not fit ends the day). An interview is scored at the start of its day: the weighted mean true
 * recall of its scope, a card's weight being the interview's importance times its likelihood of being asked.
 *
 * <p>Policies: {@code fsrs} (plain FSRS at retention 0.9: due cards lowest recall first, then new cards, no notion of
 * scope); {@code lowest-recall} (every card in an upcoming interview's scope, lowest predicted recall first);
 * {@code remnote} (scope first: due cards of the upcoming scopes, then their new cards, then other due cards; in the
 * last 3 days before an interview every card of its scope not yet seen in those days, spread evenly over them);
 * {@code planner} ({@link Planner#plan}). The planner runs with the weekly budget, and then once against each baseline,
 * its budget each day being the whole minutes that baseline spent that day (rounded down), so it never has more time
 * than the baseline on any day.
 */
public final class InterviewsSimulation {
    private static final LocalDate START = LocalDate.of(2025, 1, 6); // a Monday
    private static final double AGAIN_EXTRA = 0.5;
    private static final int SWEEP_DAYS = 3;

    /** An interview: its day (days after the start), the topics in scope, its importance. */
    public record Interview(String name, int day, Set<Integer> topics, double importance) {
        public Interview {
            Objects.requireNonNull(name, "name");
            topics = Set.copyOf(topics);
            if (day < 1) throw new IllegalArgumentException("interview " + name + ": day must be 1 or later, got " + day);
        }
    }

    /**
     * @param priorities one per topic; null: unrated
     * @param warmupDays days of plain FSRS (same for every policy) before the interviews are known
     */
    public record Scenario(String name, int cards, List<Priority> priorities, List<Interview> interviews, TimeBudget budget,
                           int warmupDays) {
        public Scenario {
            Objects.requireNonNull(name, "name");
            priorities = java.util.Collections.unmodifiableList(new ArrayList<>(priorities));
            interviews = List.copyOf(interviews);
            if (cards < 1) throw new IllegalArgumentException("cards must be at least 1, got " + cards);
            if (interviews.isEmpty()) throw new IllegalArgumentException("scenario " + name + " has no interview");
        }

        int topics() {
            return priorities.size();
        }

        int lastDay() {
            return interviews.stream().mapToInt(Interview::day).max().orElseThrow();
        }
    }

    /**
     * A policy's result: weighted in-scope true recall on each interview's day (in the scenario's order), minutes studied.
     *
     * @param matched for the planner, the baseline whose minutes it was held to ("" for the full budget)
     */
    public record Outcome(String policy, String matched, List<Double> recall, double minutes, int reviews, List<Double> daily) {
        public Outcome {
            recall = List.copyOf(recall);
            daily = List.copyOf(daily);
        }

        /** The recall on each interview's day, weighted by the interviews' importance. */
        public double overall(List<Interview> interviews) {
            double sum = 0;
            double w = 0;
            for (int k = 0; k < recall.size(); k++) {
                sum += interviews.get(k).importance() * recall.get(k);
                w += interviews.get(k).importance();
            }
            return sum / w;
        }
    }

    /** The baselines, then the planner with the full budget, then the planner held to each baseline's minutes. */
    public record Result(List<Outcome> baselines, Outcome planner, Map<String, Outcome> plannerAt) {
    }

    private final Parameters truth;
    private final Parameters scheduling;
    private final Scenario scenario;
    private final long[] cardSeeds;
    private final int[] topic;
    private final double[] seconds;
    private final double[] likelihood;
    private final Planner planner = new Planner();

    public InterviewsSimulation(Parameters truth, Parameters scheduling, Scenario scenario, long seed) {
        this.truth = Objects.requireNonNull(truth, "truth");
        this.scheduling = Objects.requireNonNull(scheduling, "scheduling");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        int n = scenario.cards();
        SplittableRandom random = new SplittableRandom(seed);
        cardSeeds = new long[n];
        topic = new int[n];
        seconds = new double[n];
        likelihood = new double[n];
        for (int i = 0; i < n; i++) {
            cardSeeds[i] = random.nextLong();
            topic[i] = random.nextInt(scenario.topics());
            seconds[i] = 8 + 40 * random.nextDouble() * random.nextDouble() + 6 * topic[i] % 13;
            boolean asked = random.nextDouble() < 0.08;
            double u = random.nextDouble();
            int sources = u < 0.05 ? 3 : u < 0.2 ? 2 : 1;
            Priority p = scenario.priorities().get(topic[i]);
            likelihood[i] = Priority.cardLikelihood(p == null ? Priority.UNRATED : p.likelihood(), asked, sources);
        }
    }

    public Result run() {
        List<Outcome> baselines = new ArrayList<>();
        for (String policy : List.of("fsrs", "lowest-recall", "remnote")) baselines.add(run(policy, "", scenario.budget()));
        Outcome full = run("planner", "", scenario.budget());
        Map<String, Outcome> at = new java.util.LinkedHashMap<>();
        for (Outcome b : baselines) {
            Map<LocalDate, Integer> days = new HashMap<>();
            for (int d = 0; d < b.daily().size(); d++) days.put(START.plusDays(scenario.warmupDays() + d), (int) Math.floor(b.daily().get(d)));
            at.put(b.policy(), run("planner", b.policy(), scenario.budget().withDated(days)));
        }
        return new Result(baselines, full, at);
    }

    private double weight(int card, Interview interview) {
        return interview.topics().contains(topic[card]) ? interview.importance() * likelihood[card] : 0;
    }

    private Outcome run(String policy, String matched, TimeBudget budget) {
        int n = scenario.cards();
        Scheduler scheduler = new Scheduler(scheduling, SchedulerConfig.DEFAULT.withShortTerm(false).withFuzz(true)
                .withDesiredRetention(0.9));
        MemoryModel belief = new MemoryModel(scheduling);
        Learner learner = new Learner(new MemoryModel(truth), cardSeeds);
        CardState[] state = new CardState[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            state[i] = new CardState.New();
            index.put(id(i), i);
        }
        Map<String, Double> estimate = topicMeans();
        int w = scenario.warmupDays();
        List<Goal> goals = new ArrayList<>();
        for (Interview iv : scenario.interviews()) {
            Map<String, Double> weights = new HashMap<>();
            for (int i = 0; i < n; i++) if (weight(i, iv) > 0) weights.put(id(i), weight(i, iv));
            goals.add(new Goal(iv.name(), START.plusDays(w + iv.day()), weights));
        }
        double[] recall = new double[scenario.interviews().size()];
        int[] seenSince = new int[n]; // for remnote's sweep: last day each card was reviewed
        java.util.Arrays.fill(seenSince, Integer.MIN_VALUE);
        double minutes = 0;
        int reviews = 0;
        List<Double> daily = new ArrayList<>();
        int end = w + scenario.lastDay();
        for (int day = 0; day < end; day++) {
            for (int k = 0; k < recall.length; k++) if (w + scenario.interviews().get(k).day() == day) recall[k] = score(learner, k, day);
            LocalDate today = START.plusDays(day);
            List<PlanCard> view = new ArrayList<>(n);
            for (int i = 0; i < n; i++) view.add(view(id(i), state[i]));
            String name = day < w ? "fsrs" : policy;
            TimeBudget b = day < w ? scenario.budget() : budget;
            List<String> chosen = switch (name) {
                case "fsrs" -> planner.plan(request(today, List.of(), b, view, estimate)).today();
                case "planner" -> planner.plan(request(today, goals, b, view, estimate)).today();
                case "lowest-recall" -> lowestRecall(today, day - w, view, belief);
                case "remnote" -> remnote(today, day - w, view, belief, seenSince);
                default -> throw new IllegalStateException(name);
            };
            double left = b.minutesOn(today) * 60.0;
            double dayStart = left;
            Instant at = today.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(9));
            for (String id : chosen) {
                int i = index.get(id);
                double cost = state[i] instanceof CardState.New ? seconds[i] * TimedRequest.NEW_CARD_FACTOR : seconds[i];
                if (cost > left) break;
                Rating g = learner.review(i, day);
                if (g == Rating.AGAIN) cost += seconds[i] * AGAIN_EXTRA;
                left -= cost;
                if (day >= w) {
                    minutes += cost / 60;
                    reviews++;
                }
                state[i] = scheduler.next(state[i], g, at, id).state();
                seenSince[i] = day - w;
                at = at.plusSeconds(30);
            }
            if (day >= w) daily.add((dayStart - left) / 60);
        }
        for (int k = 0; k < recall.length; k++) if (w + scenario.interviews().get(k).day() == end) recall[k] = score(learner, k, end);
        List<Double> r = new ArrayList<>();
        for (double x : recall) r.add(x);
        return new Outcome(policy, matched, r, minutes, reviews, daily);
    }

    private TimedRequest request(LocalDate today, List<Goal> goals, TimeBudget budget, List<PlanCard> view, Map<String, Double> estimate) {
        return new TimedRequest(today, goals, budget, 0, 0.9, scheduling, view, estimate, 20, 10_000);
    }

    private double score(Learner learner, int k, int day) {
        Interview iv = scenario.interviews().get(k);
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < scenario.cards(); i++) {
            double wt = weight(i, iv);
            sum += wt * learner.recall(i, day);
            weights += wt;
        }
        return weights == 0 ? 0 : sum / weights;
    }

    // What the app would learn from answer durations: the mean seconds of a card's topic.
    private Map<String, Double> topicMeans() {
        double[] sum = new double[scenario.topics()];
        int[] count = new int[scenario.topics()];
        for (int i = 0; i < scenario.cards(); i++) {
            sum[topic[i]] += seconds[i];
            count[topic[i]]++;
        }
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < scenario.cards(); i++) out.put(id(i), sum[topic[i]] / count[topic[i]]);
        return out;
    }

    private boolean inUpcomingScope(int card, int day) {
        for (Interview iv : scenario.interviews()) if (iv.day() > day && iv.topics().contains(topic[card])) return true;
        return false;
    }

    private static double recallNow(MemoryModel belief, PlanCard c, LocalDate today) {
        if (c.state() == prepdeck.review.fsrs.State.NEW) return 0;
        long elapsed = today.toEpochDay() - LocalDate.ofInstant(c.lastReview(), ZoneOffset.UTC).toEpochDay();
        return belief.retrievability(elapsed, c.memory().stability());
    }

    private static boolean due(PlanCard c, LocalDate today) {
        return c.state() != prepdeck.review.fsrs.State.NEW && !LocalDate.ofInstant(c.due(), ZoneOffset.UTC).isAfter(today);
    }

    private List<String> lowestRecall(LocalDate today, int day, List<PlanCard> view, MemoryModel belief) {
        List<Integer> scope = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            PlanCard c = view.get(i);
            boolean reviewedToday = c.lastReview() != null && !LocalDate.ofInstant(c.lastReview(), ZoneOffset.UTC).isBefore(today);
            if (inUpcomingScope(i, day) && !reviewedToday) scope.add(i);
        }
        scope.sort(Comparator.<Integer>comparingDouble(i -> recallNow(belief, view.get(i), today)).thenComparingInt(i -> i));
        return scope.stream().map(InterviewsSimulation::id).toList();
    }

    private List<String> remnote(LocalDate today, int day, List<PlanCard> view, MemoryModel belief, int[] seen) {
        List<String> out = new ArrayList<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        // The retrievability period: the last SWEEP_DAYS days before an interview show each of its cards once.
        for (Interview iv : scenario.interviews()) {
            int daysLeft = iv.day() - day;
            if (daysLeft < 1 || daysLeft > SWEEP_DAYS) continue;
            int periodStart = iv.day() - SWEEP_DAYS;
            List<Integer> unseen = new ArrayList<>();
            for (int i = 0; i < view.size(); i++) {
                if (iv.topics().contains(topic[i]) && seen[i] < periodStart && !taken.contains(i)) unseen.add(i);
            }
            unseen.sort(Comparator.<Integer>comparingDouble(i -> recallNow(belief, view.get(i), today)).thenComparingInt(i -> i));
            int quota = (unseen.size() + daysLeft - 1) / daysLeft;
            for (int i : unseen.subList(0, quota)) {
                out.add(id(i));
                taken.add(i);
            }
        }
        List<Integer> dueScope = new ArrayList<>();
        List<Integer> newScope = new ArrayList<>();
        List<Integer> dueOther = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            if (taken.contains(i)) continue;
            PlanCard c = view.get(i);
            boolean scope = inUpcomingScope(i, day);
            if (due(c, today)) (scope ? dueScope : dueOther).add(i);
            else if (scope && c.state() == prepdeck.review.fsrs.State.NEW) newScope.add(i);
        }
        Comparator<Integer> byRecall = Comparator.<Integer>comparingDouble(i -> recallNow(belief, view.get(i), today)).thenComparingInt(i -> i);
        dueScope.sort(byRecall);
        dueOther.sort(byRecall);
        for (List<Integer> group : List.of(dueScope, newScope, dueOther)) for (int i : group) out.add(id(i));
        return out;
    }

    private static PlanCard view(String id, CardState state) {
        return switch (state) {
            case CardState.New fresh -> PlanCard.fresh(id);
            case CardState.Seen seen -> new PlanCard(id, seen.state(), seen.memory(), seen.lastReview(), seen.due());
        };
    }

    private static String id(int i) {
        return "c" + i;
    }
}
