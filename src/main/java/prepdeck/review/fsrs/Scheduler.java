package prepdeck.review.fsrs;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The FSRS-6 scheduler: given a card's state, an answer and the time, the next state and due time.
 * Behaves as ts-fsrs 5.4.2 {@code fsrs().next()} (its basic scheduler with learning steps, or its
 * long-term scheduler when same-day modelling is off). Immutable; the clock and the fuzz seed
 * come in as arguments.
 */
public final class Scheduler {
    private final Parameters parameters;
    private final SchedulerConfig config;
    private final double[] w;
    private final double intervalModifier;
    private final int[] learningSteps;
    private final int[] relearningSteps;

    public Scheduler(Parameters parameters, SchedulerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.parameters = Objects.requireNonNull(parameters, "parameters")
                .clipped(config.relearningSteps().size(), config.enableShortTerm());
        this.w = this.parameters.w();
        this.intervalModifier = Model.intervalModifier(w, config.desiredRetention());
        this.learningSteps = config.learningMinutes();
        this.relearningSteps = config.relearningMinutes();
    }

    /** The weights in use: the given ones clamped into their allowed ranges. */
    public Parameters parameters() {
        return parameters;
    }

    public SchedulerConfig config() {
        return config;
    }

    /**
     * The state after answering {@code rating} at {@code now}.
     *
     * @param cardKey a stable key of the card (its id); with fuzz on it seeds the fuzz together with
     *                the review count, so replaying a history gives the same intervals. Ignored without fuzz.
     * @throws InvalidReviewException if {@code now} lies on a day before the state's last review
     */
    public Scheduled next(CardState state, Rating rating, Instant now, String cardKey) {
        Objects.requireNonNull(rating, "rating");
        return preview(state, now, cardKey).get(rating);
    }

    /** What each of the four answers would lead to at {@code now}: the intervals shown on the grade buttons. */
    public Map<Rating, Scheduled> preview(CardState state, Instant now, String cardKey) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(cardKey, "cardKey");
        Review review = new Review(now, elapsedDays(state, now), state.reps() + 1,
                config.enableFuzz() ? Fuzz.factor(cardKey, state.reps() + 1) : Double.NaN);
        Map<Rating, Scheduled> out = config.enableShortTerm() ? withSteps(state, review) : dayIntervals(state, review);
        return Collections.unmodifiableMap(out);
    }

    /**
     * Probability of recall at {@code at}, 0 for a new card. Like ts-fsrs {@code get_retrievability},
     * the time since the last review counts in whole 24-hour periods.
     */
    public double retrievability(CardState state, Instant at) {
        return switch (state) {
            case CardState.New n -> 0;
            case CardState.Seen s -> {
                long days = Math.floorDiv(at.toEpochMilli() - s.lastReview().toEpochMilli(), Days.DAY_MS);
                yield Model.retrievability(w, Math.max(days, 0), s.memory().stability());
            }
        };
    }

    /** Recall probability after {@code elapsedDays} whole days at stability {@code stability}. */
    double retrievability(double elapsedDays, double stability) {
        return Model.retrievability(w, elapsedDays, stability);
    }

    /** S · interval modifier: the unrounded interval in days for the desired retention. */
    double exactInterval(double stability) {
        return stability * intervalModifier;
    }

    int elapsedDays(CardState state, Instant now) {
        if (!(state instanceof CardState.Seen seen)) return 0;
        int days = Days.between(seen.lastReview(), now, config.dayStartUtcMinutes());
        if (days < 0) {
            throw new InvalidReviewException("review at " + now + " is on a day before the last review at " + seen.lastReview());
        }
        return days;
    }

    private record Review(Instant now, int elapsedDays, int reps, double fuzzFactor) {
    }

    // ts-fsrs BasicScheduler: (re)learning steps, same-day reviews change the memory state.
    private Map<Rating, Scheduled> withSteps(CardState state, Review review) {
        Map<Rating, Scheduled> out = new EnumMap<>(Rating.class);
        switch (state) {
            case CardState.New n -> {
                for (Rating g : Rating.values()) {
                    out.put(g, afterSteps(Model.initial(w, g), State.NEW, 0, g, State.LEARNING, review));
                }
            }
            case CardState.Learning s -> {
                for (Rating g : Rating.values()) {
                    out.put(g, afterSteps(nextMemory(s, g, review, true), State.LEARNING, s.step(), g, State.LEARNING, review));
                }
            }
            case CardState.Relearning s -> {
                for (Rating g : Rating.values()) {
                    out.put(g, afterSteps(nextMemory(s, g, review, true), State.RELEARNING, s.step(), g, State.RELEARNING, review));
                }
            }
            case CardState.Review s -> {
                MemoryState again = nextMemory(s, Rating.AGAIN, review, true);
                out.put(Rating.AGAIN, afterSteps(again, State.REVIEW, s.step(), Rating.AGAIN, State.RELEARNING, review));
                MemoryState hard = nextMemory(s, Rating.HARD, review, true);
                MemoryState good = nextMemory(s, Rating.GOOD, review, true);
                MemoryState easy = nextMemory(s, Rating.EASY, review, true);
                // Keep Hard < Good < Easy in days.
                int goodDays = interval(good, review);
                int hardDays = Math.min(interval(hard, review), goodDays);
                goodDays = Math.max(goodDays, hardDays + 1);
                int easyDays = Math.max(interval(easy, review), goodDays + 1);
                out.put(Rating.HARD, inDays(hard, hardDays, review));
                out.put(Rating.GOOD, inDays(good, goodDays, review));
                out.put(Rating.EASY, inDays(easy, easyDays, review));
            }
        }
        return out;
    }

    // ts-fsrs LongTermScheduler: no steps; every answer gives a whole-day interval, Again < Hard < Good < Easy.
    private Map<Rating, Scheduled> dayIntervals(CardState state, Review review) {
        Map<Rating, MemoryState> memory = new EnumMap<>(Rating.class);
        for (Rating g : Rating.values()) {
            memory.put(g, switch (state) {
                case CardState.New n -> Model.initial(w, g);
                case CardState.Seen s -> nextMemory(s, g, review, false);
            });
        }
        int again = interval(memory.get(Rating.AGAIN), review);
        int hard = interval(memory.get(Rating.HARD), review);
        int good = interval(memory.get(Rating.GOOD), review);
        int easy = interval(memory.get(Rating.EASY), review);
        again = Math.min(again, hard);
        hard = Math.max(hard, again + 1);
        good = Math.max(good, hard + 1);
        easy = Math.max(easy, good + 1);
        Map<Rating, Scheduled> out = new EnumMap<>(Rating.class);
        out.put(Rating.AGAIN, inDays(memory.get(Rating.AGAIN), again, review));
        out.put(Rating.HARD, inDays(memory.get(Rating.HARD), hard, review));
        out.put(Rating.GOOD, inDays(memory.get(Rating.GOOD), good, review));
        out.put(Rating.EASY, inDays(memory.get(Rating.EASY), easy, review));
        return out;
    }

    private MemoryState nextMemory(CardState.Seen s, Rating g, Review review, boolean shortTerm) {
        double r = Model.retrievability(w, review.elapsedDays(), s.memory().stability());
        return Model.next(w, s.memory(), review.elapsedDays(), g, r, shortTerm);
    }

    /** ts-fsrs applyLearningSteps: a step under a day keeps the card in steps, a longer one graduates it. */
    private Scheduled afterSteps(MemoryState memory, State current, int step, Rating g, State stepState, Review review) {
        LearningSteps.Plan plan = LearningSteps.plan(learningSteps, relearningSteps, current, step, g);
        int minutes = plan.minutes();
        Instant now = review.now();
        if (minutes > 0 && minutes < 24 * 60) {
            Instant due = now.plusMillis(minutes * 60_000L);
            CardState.Seen next = stepState == State.RELEARNING
                    ? new CardState.Relearning(memory, plan.nextStep(), now, due, review.reps())
                    : new CardState.Learning(memory, plan.nextStep(), now, due, review.reps());
            return new Scheduled(next, review.elapsedDays(), 0);
        }
        if (minutes >= 24 * 60) {
            Instant due = now.plusMillis(minutes * 60_000L);
            return new Scheduled(new CardState.Review(memory, plan.nextStep(), now, due, review.reps()),
                    review.elapsedDays(), minutes / (24 * 60));
        }
        return inDays(memory, interval(memory, review), review);
    }

    private Scheduled inDays(MemoryState memory, int days, Review review) {
        Instant due = review.now().plusMillis(days * Days.DAY_MS);
        return new Scheduled(new CardState.Review(memory, 0, review.now(), due, review.reps()), review.elapsedDays(), days);
    }

    /** ts-fsrs next_interval: round(S · modifier) within [1, maximum], then fuzz. */
    private int interval(MemoryState memory, Review review) {
        long days = Math.min(Math.max(1, Math.round(memory.stability() * intervalModifier)), config.maximumInterval());
        if (!config.enableFuzz()) return (int) days;
        return Fuzz.apply((int) days, review.elapsedDays(), config.maximumInterval(), review.fuzzFactor());
    }
}
