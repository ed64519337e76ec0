package prepdeck.review.simulate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import prepdeck.review.fsrs.CardState;
import prepdeck.review.fsrs.MemoryModel;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Rating;
import prepdeck.review.fsrs.Scheduled;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;
import prepdeck.review.plan.PlanCard;
import prepdeck.review.plan.PlanRequest;
import prepdeck.review.plan.Planner;

/**
 * Compares review policies on a simulated learner: {@code cards} new cards, {@code days} days, the
 * interview on the last day. Each day a policy picks the cards to review; the learner answers with
 * its true memory; the scheduler (FSRS-6, default or given weights, whole-day intervals, desired
 * retention 0.9) updates what it believes. On the interview day the score is the mean true recall
 * over all cards (a card never studied counts 0).
 *
 * <p>Policies: {@code fsrs} reviews what is due, most overdue first, and fills the rest of the budget
 * with new cards; {@code interview-planner} is {@link Planner#today} with a constant daily budget: the
 * reviews {@code fsrs} did, spread evenly over the days (rounded down), so it never reviews more in total.
 */
public final class Simulation {
    /** A plausible learner that differs from the defaults in every group of weights (as the FSRS oracle's simulate.mjs). */
    public static final Parameters TRUE_PARAMETERS = new Parameters(
            0.5, 1.5, 4.0, 12.0, 6.0, 0.6, 2.0, 0.01, 1.6, 0.15, 1.0, 1.8, 0.1, 0.3, 1.5, 0.5, 2.0, 0.5, 0.1, 0.1, 0.3);
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    private final Parameters truth;
    private final Parameters scheduling;
    private final Settings settings;
    private final long[] cardSeeds;
    private final Planner planner = new Planner();

    /** @param days days simulated, the last being the interview (at least 2); @param budget reviews a day at most */
    public record Settings(int days, int cards, int budget, double desiredRetention) {
        public Settings {
            if (days < 2) throw new IllegalArgumentException("days must be at least 2, got " + days);
            if (cards < 1) throw new IllegalArgumentException("cards must be at least 1, got " + cards);
            if (budget < 1) throw new IllegalArgumentException("budget must be at least 1, got " + budget);
            if (!(desiredRetention > 0 && desiredRetention < 1)) {
                throw new IllegalArgumentException("desired retention must be in (0, 1), got " + desiredRetention);
            }
        }
    }

    /** One policy's result: mean true recall on the interview day, reviews done before it, and its daily budget. */
    public record Outcome(String policy, double meanRecallOnInterviewDay, int reviews, int dailyBudget) {
    }

    /** @param random draws one seed per card, so every policy meets the same learner */
    public Simulation(Parameters truth, Parameters scheduling, Settings settings, RandomGenerator random) {
        this.truth = Objects.requireNonNull(truth, "truth");
        this.scheduling = Objects.requireNonNull(scheduling, "scheduling");
        this.settings = Objects.requireNonNull(settings, "settings");
        cardSeeds = new long[settings.cards()];
        for (int i = 0; i < cardSeeds.length; i++) cardSeeds[i] = random.nextLong();
    }

    /** Runs {@code fsrs}, then {@code interview-planner} with fsrs's reviews as its budget. */
    public List<Outcome> run() {
        int studyDays = settings.days() - 1;
        Outcome fsrs = run("fsrs", settings.budget(), false);
        // The planner gets a constant daily budget, as in the app: fsrs's reviews spread evenly, so never more in total.
        int even = fsrs.reviews() / studyDays;
        Outcome planned = run("interview-planner", even, true);
        return List.of(fsrs, planned);
    }

    private Outcome run(String name, int budget, boolean interviewAware) {
        int n = settings.cards();
        SchedulerConfig config = SchedulerConfig.DEFAULT.withShortTerm(false).withFuzz(true)
                .withDesiredRetention(settings.desiredRetention());
        Scheduler scheduler = new Scheduler(scheduling, config);
        Learner learner = new Learner(new MemoryModel(truth), cardSeeds);
        CardState[] state = new CardState[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            state[i] = new CardState.New();
            index.put(id(i), i);
        }
        LocalDate interview = START.plusDays(settings.days() - 1);
        int reviews = 0;
        for (int day = 0; day < settings.days() - 1; day++) {
            LocalDate today = START.plusDays(day);
            List<PlanCard> view = new ArrayList<>(n);
            for (int i = 0; i < n; i++) view.add(view(id(i), state[i]));
            PlanRequest request = new PlanRequest(today, interview, budget, settings.desiredRetention(), scheduling, view);
            List<String> chosen = interviewAware ? planner.today(request) : planner.dueFirst(request);
            Instant at = today.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(9));
            for (String id : chosen) {
                int i = index.get(id);
                Rating g = learner.review(i, day);
                Scheduled next = scheduler.next(state[i], g, at, id);
                state[i] = next.state();
                at = at.plusSeconds(30);
            }
            reviews += chosen.size();
        }
        double sum = 0;
        for (int i = 0; i < n; i++) sum += learner.recall(i, settings.days() - 1);
        return new Outcome(name, sum / n, reviews, budget);
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
