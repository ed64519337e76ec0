package prepdeck.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import prepdeck.review.plan.Goal;
import prepdeck.review.plan.InvalidPlanException;
import prepdeck.review.plan.PlanCard;
import prepdeck.review.plan.Planner;
import prepdeck.review.plan.Priority;
import prepdeck.review.plan.TimeBudget;
import prepdeck.review.plan.TimedPlan;
import prepdeck.review.plan.TimedRequest;

/**
 * Planning toward several interviews with a weekly time budget and priorities (issue 19): the interviews, the budget
 * and priorities as stored, the seconds a card takes as learned from the user's answers, and the plan with its
 * calendar, forecasts and warnings. The old single interview date counts as one interview over the whole deck.
 */
public final class InterviewPlanning {
    static final String WEEKLY_BUDGET = "weekly_budget";
    static final String DAYS_OFF = "days_off";
    /** Seconds a review takes before the user's own answers tell. */
    public static final double DEFAULT_SECONDS = 20;
    /** Answers needed before a group's own median duration is used. */
    static final int MIN_ANSWERS = 3;
    /** The share of an interview's weighted scope the plan aims to have recalled on the day. */
    public static final double GOAL = 0.8;
    /** A card's search scope: at most this many hits. */
    static final int QUERY_LIMIT = 5000;

    private final DeckStore store;
    private final Knowledge knowledge;
    private final Practice practice;
    private final BiFunction<String, Integer, List<Long>> search;
    private final Clock clock;
    private final Planner planner = new Planner();

    /** @param search a query's card ids, best first, at most the limit given */
    public InterviewPlanning(DeckStore store, Knowledge knowledge, Practice practice, BiFunction<String, Integer, List<Long>> search,
                             Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.search = Objects.requireNonNull(search, "search");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The stored interviews by day, and the old interview date (id {@value PlannedInterview#LEGACY_DATE_ID}) if set. */
    public List<PlannedInterview> interviews() {
        return store.read(r -> interviews(r, practice.settings()));
    }

    private static List<PlannedInterview> interviews(ReviewReads r, PracticeSettings settings) {
        List<PlannedInterview> out = new ArrayList<>(r.plannedInterviews());
        settings.interviewDate().ifPresent(d -> out.add(new PlannedInterview(PlannedInterview.LEGACY_DATE_ID, "Interview", d, List.of(),
                Optional.empty(), 1)));
        out.sort(java.util.Comparator.comparing(PlannedInterview::day).thenComparingLong(PlannedInterview::id));
        return out;
    }

    /**
     * Adds an interview.
     *
     * @throws InvalidInputException a day before today, an unknown topic, a query that finds nothing
     */
    public PlannedInterview add(String name, LocalDate day, List<String> topics, Optional<String> query, double importance) {
        var draft = new PlannedInterview(1, name.strip(), day, topics.stream().map(String::strip).toList(), query, importance);
        if (day.isBefore(today())) throw new InvalidInputException("interview " + draft.name() + ": " + day + " is before today (" + today() + ")");
        return store.write(tx -> {
            for (String t : draft.topics()) if (!tx.hasTopic(t)) throw new InvalidInputException("interview " + draft.name() + ": no topic '" + t + "'");
            if (draft.query().isPresent() && search.apply(draft.query().get(), 1).isEmpty()) {
                throw new InvalidInputException("interview " + draft.name() + ": the query \"" + draft.query().get() + "\" finds no card");
            }
            long id = tx.addPlannedInterview(draft, clock.instant());
            return new PlannedInterview(id, draft.name(), draft.day(), draft.topics(), draft.query(), draft.importance());
        });
    }

    /**
     * Removes an interview; id {@value PlannedInterview#LEGACY_DATE_ID} clears the old interview date.
     *
     * @throws NotFoundException no such interview
     */
    public void remove(long id) {
        if (id == PlannedInterview.LEGACY_DATE_ID) {
            if (practice.settings().interviewDate().isEmpty()) throw new NotFoundException("no interview " + id);
            practice.setInterviewDate(Optional.empty());
            return;
        }
        boolean gone = store.write(tx -> tx.removePlannedInterview(id));
        if (!gone) throw new NotFoundException("no interview " + id);
    }

    /** The weekly time budget; without one set, the daily card budget at {@value #DEFAULT_SECONDS} s a card, every day. */
    public TimeBudget budget() {
        return store.read(r -> budget(r, practice.settings()));
    }

    /** Whether the user set a weekly time budget. */
    public boolean hasBudget() {
        return store.read(r -> r.setting(WEEKLY_BUDGET).isPresent());
    }

    static TimeBudget budget(ReviewReads r, PracticeSettings settings) {
        TimeBudget b = r.setting(WEEKLY_BUDGET).map(TimeBudget::parse)
                .orElseGet(() -> TimeBudget.daily((int) Math.min(1440, Math.ceil(settings.dailyBudget() * DEFAULT_SECONDS / 60))));
        Set<LocalDate> off = new TreeSet<>();
        r.setting(DAYS_OFF).ifPresent(text -> {
            for (String d : text.split(",")) if (!d.isBlank()) off.add(LocalDate.parse(d.strip()));
        });
        return b.withDaysOff(off);
    }

    /**
     * Sets the weekly budget, e.g. "60 min Mon–Fri, 0 Sat, 30 Sun", and the days off.
     *
     * @throws InvalidInputException a budget that cannot be read
     */
    public TimeBudget setBudget(String weekly, Set<LocalDate> daysOff) {
        TimeBudget parsed;
        try {
            parsed = TimeBudget.parse(weekly);
        } catch (InvalidPlanException e) {
            throw new InvalidInputException(e.getMessage());
        }
        store.write(tx -> {
            tx.putSetting(WEEKLY_BUDGET, parsed.text());
            if (daysOff.isEmpty()) tx.removeSetting(DAYS_OFF);
            else tx.putSetting(DAYS_OFF, String.join(",", new TreeSet<>(daysOff).stream().map(LocalDate::toString).toList()));
            return null;
        });
        return budget();
    }

    /** Topic priorities by path, and the cards flagged "asked before". */
    public record Priorities(Map<String, Priority> topics, Set<Long> askedBefore) {
        public Priorities {
            topics = Map.copyOf(topics);
            askedBefore = Set.copyOf(askedBefore);
        }

        /** The priority of the topic or its nearest rated ancestor. */
        public Optional<Priority> of(String topic) {
            String t = topic;
            while (true) {
                Priority p = topics.get(t);
                if (p != null) return Optional.of(p);
                int cut = t.lastIndexOf(" / ");
                if (cut < 0) return Optional.empty();
                t = t.substring(0, cut);
            }
        }
    }

    public Priorities priorities() {
        return store.read(InterviewPlanning::priorities);
    }

    private static Priorities priorities(ReviewReads r) {
        Map<String, Priority> topics = new HashMap<>();
        Set<Long> asked = new HashSet<>();
        for (PlanPriority p : r.planPriorities()) {
            if (p.kind() == PlanPriority.Kind.TOPIC) topics.put(p.target(), Priority.of(p.value()));
            else asked.add(Long.parseLong(p.target()));
        }
        return new Priorities(topics, asked);
    }

    /** Sets a topic's priority, or clears it (empty). @throws InvalidInputException an unknown topic */
    public void setTopicPriority(String path, Optional<Priority> priority) {
        store.write(tx -> {
            if (!tx.hasTopic(path)) throw new InvalidInputException("no topic '" + path + "'");
            if (priority.isPresent()) tx.putPlanPriority(new PlanPriority(PlanPriority.Kind.TOPIC, path, priority.get().label()));
            else tx.removePlanPriority(PlanPriority.Kind.TOPIC, path);
            return null;
        });
    }

    /** Flags a card "asked before", or takes the flag back. @throws NotFoundException no such card */
    public void setAskedBefore(long cardId, boolean asked) {
        if (knowledge.card(cardId).isEmpty()) throw new NotFoundException("no card " + cardId);
        store.write(tx -> {
            if (asked) tx.putPlanPriority(new PlanPriority(PlanPriority.Kind.CARD, Long.toString(cardId), "asked"));
            else tx.removePlanPriority(PlanPriority.Kind.CARD, Long.toString(cardId));
            return null;
        });
    }

    /**
     * The plan as of now.
     *
     * @param interviews the interviews ahead with their scopes' sizes
     * @param warnings   one per interview whose forecast stays below {@link #GOAL}, with the budget that would reach it
     * @param seconds    what a review was taken to cost: "learned from N answers" or the default
     */
    public record PlanView(LocalDate today, TimeBudget budget, List<PlannedInterview> interviews, TimedPlan plan, List<String> warnings,
                           String seconds) {
        public PlanView {
            interviews = List.copyOf(interviews);
            warnings = List.copyOf(warnings);
        }

        /** The forecast of this interview, if it is ahead within the planner's horizon. */
        public Optional<TimedPlan.Forecast> forecast(PlannedInterview interview) {
            return plan.goals().stream().filter(f -> f.name().equals(label(interview)) && f.day().equals(interview.day())).findFirst();
        }
    }

    /** The name the plan knows an interview by: its name and id, so two of one name stay apart. */
    static String label(PlannedInterview i) {
        return i.name() + " #" + i.id();
    }

    /** The plan: today's cards, the calendar, each interview's forecast, and warnings when the budget falls short. */
    public PlanView plan() {
        PracticeSettings settings = practice.settings();
        LocalDate today = today();
        return store.read(r -> {
            Inputs in = inputs(r, settings, today);
            TimedPlan plan = planner.plan(in.request());
            List<String> warnings = warnings(in, plan);
            return new PlanView(today, in.request().budget(), in.interviews(), plan, warnings, in.secondsNote());
        });
    }

    /**
     * For practice: today's planned card ids in order; empty when no stored interview is ahead (the old interview date
     * alone keeps its own planner).
     */
    public DeckPractice.TimedPlanning forPractice() {
        return new DeckPractice.TimedPlanning() {
            @Override
            public Optional<List<Long>> todayIds(StoreReader r, PracticeSettings settings, LocalDate today) {
                if (r.plannedInterviews().stream().noneMatch(i -> i.day().isAfter(today))) return Optional.empty();
                Inputs in = InterviewPlanning.this.inputs(r, settings, today);
                return Optional.of(planner.plan(in.request()).today().stream().map(Long::parseLong).toList());
            }

            @Override
            public Object inputs(StoreReader r) {
                return List.of(r.plannedInterviews(), r.planPriorities(), r.setting(WEEKLY_BUDGET), r.setting(DAYS_OFF));
            }
        };
    }

    private record Inputs(TimedRequest request, List<PlannedInterview> interviews, String secondsNote) {
    }

    private Inputs inputs(StoreReader r, PracticeSettings settings, LocalDate today) {
        List<DeckCardState> states = r.deckCardStates();
        Map<Long, CardView> views = new HashMap<>();
        for (CardView v : knowledge.cards(CardQuery.ALL)) views.put(v.id(), v);
        Priorities priorities = priorities(r);
        List<PlannedInterview> interviews = interviews(r, settings).stream().filter(i -> i.day().isAfter(today)).toList();

        // Likelihood of each card: its topic's priority, "asked before", and how many sources hold the same question.
        Map<String, Set<String>> sourcesOfPrompt = new HashMap<>();
        for (DeckCardState c : states) {
            CardView v = views.get(c.cardId());
            if (v != null) sourcesOfPrompt.computeIfAbsent(promptKey(v.prompt()), k -> new HashSet<>()).add(v.source());
        }
        Map<Long, Double> likelihood = new HashMap<>();
        for (DeckCardState c : states) {
            CardView v = views.get(c.cardId());
            double topic = priorities.of(c.topic()).map(Priority::likelihood).orElse(Priority.UNRATED);
            int sources = v == null ? 1 : sourcesOfPrompt.getOrDefault(promptKey(v.prompt()), Set.of()).size();
            likelihood.put(c.cardId(), Priority.cardLikelihood(topic, priorities.askedBefore().contains(c.cardId()), sources));
        }
        List<Goal> goals = new ArrayList<>();
        for (PlannedInterview i : interviews) {
            Set<Long> scope = scope(i, states);
            Map<String, Double> weights = new HashMap<>();
            for (long id : scope) {
                Double p = likelihood.get(id);
                if (p != null) weights.put(Long.toString(id), i.importance() * p);
            }
            goals.add(new Goal(label(i), i.day(), weights));
        }
        Instant dayStart = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        Seconds seconds = seconds(r.liveAnswers(), views, dayStart);
        Map<String, Double> perCard = new HashMap<>();
        List<PlanCard> cards = new ArrayList<>(states.size());
        for (DeckCardState c : states) {
            cards.add(InterviewSchedule.planCard(c));
            CardView v = views.get(c.cardId());
            if (v != null) perCard.put(Long.toString(c.cardId()), seconds.of(v));
        }
        var request = new TimedRequest(today, goals, budget(r, settings), seconds.spentToday(), settings.desiredRetention(),
                settings.fsrsParams(), cards, perCard, seconds.fallback(), settings.newPerDay());
        return new Inputs(request, interviews, seconds.note());
    }

    private Set<Long> scope(PlannedInterview i, List<DeckCardState> states) {
        Set<Long> out = new HashSet<>();
        if (i.query().isPresent()) {
            Set<Long> live = new HashSet<>();
            for (DeckCardState c : states) live.add(c.cardId());
            for (long id : search.apply(i.query().get(), QUERY_LIMIT)) if (live.contains(id)) out.add(id);
        } else {
            for (DeckCardState c : states) {
                if (i.topics().isEmpty() || i.topics().stream().anyMatch(c::inTopic)) out.add(c.cardId());
            }
        }
        return out;
    }

    private static String promptKey(String prompt) {
        return java.text.Normalizer.normalize(prompt, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}\\s]+", " ").strip();
    }

    /**
     * Seconds a review takes, from the user's answers: the median duration per card kind and topic when that group has
     * {@value #MIN_ANSWERS} answers, else per kind, else per deck, else {@value #DEFAULT_SECONDS} s. Durations are
     * clipped to 2–300 s (a card left open is not a slow answer).
     */
    record Seconds(Map<String, Double> byKindTopic, Map<String, Double> byKind, double fallback, double spentToday, int answers) {
        double of(CardView v) {
            Double s = byKindTopic.get(v.kind() + "|" + v.topic());
            if (s == null) s = byKind.get(v.kind().toString());
            return s == null ? fallback : s;
        }

        String note() {
            return answers < MIN_ANSWERS ? "about " + (int) DEFAULT_SECONDS + " s a card (no answers timed yet)"
                    : "about " + Math.round(fallback) + " s a card, learned from " + answers + " timed answers";
        }
    }

    static Seconds seconds(List<LoggedAnswer> answers, Map<Long, CardView> views, Instant dayStart) {
        Map<String, List<Double>> kt = new HashMap<>();
        Map<String, List<Double>> k = new HashMap<>();
        List<Double> all = new ArrayList<>();
        double today = 0;
        for (LoggedAnswer a : answers) {
            if (a.durationMs() <= 0) continue;
            double s = Math.max(2, Math.min(300, a.durationMs() / 1000.0));
            if (!a.at().isBefore(dayStart)) today += s;
            CardView v = views.get(a.cardId());
            if (v == null) continue;
            kt.computeIfAbsent(v.kind() + "|" + v.topic(), x -> new ArrayList<>()).add(s);
            k.computeIfAbsent(v.kind().toString(), x -> new ArrayList<>()).add(s);
            all.add(s);
        }
        Map<String, Double> kts = new HashMap<>();
        kt.forEach((key, list) -> {
            if (list.size() >= MIN_ANSWERS) kts.put(key, median(list));
        });
        Map<String, Double> ks = new HashMap<>();
        k.forEach((key, list) -> {
            if (list.size() >= MIN_ANSWERS) ks.put(key, median(list));
        });
        double fallback = all.size() >= MIN_ANSWERS ? median(all) : DEFAULT_SECONDS;
        return new Seconds(kts, ks, fallback, today, all.size());
    }

    /**
     * One band of the calibration record: answers whose predicted recall just before them fell in [from, from + 0.1), how
     * many, the mean prediction, and the share answered Hard, Good or Easy.
     */
    public record CalibrationBand(double from, int answers, double predicted, double recalled) {
    }

    /**
     * The calibration record: every answer not undone that had a prediction (not a card's first, and on a later day than
     * the one before it), its predicted recall — FSRS's retrievability with the weights in use, replayed over the user's
     * history — set beside what the user answered, in ten bands. The forecasts are built from the same predictions.
     */
    public List<CalibrationBand> calibration() {
        PracticeSettings settings = practice.settings();
        List<LoggedAnswer> answers = store.read(ReviewReads::liveAnswers);
        Map<Long, List<prepdeck.review.fsrs.Replay.TimedRating>> byCard = new LinkedHashMap<>();
        for (LoggedAnswer a : answers) {
            byCard.computeIfAbsent(a.cardId(), k -> new ArrayList<>())
                    .add(new prepdeck.review.fsrs.Replay.TimedRating(a.at(), prepdeck.review.fsrs.Rating.ofGrade(a.rating())));
        }
        var replay = new prepdeck.review.fsrs.Replay(settings.fsrsParams(),
                prepdeck.review.fsrs.SchedulerConfig.DEFAULT.withDesiredRetention(settings.desiredRetention()));
        int[] n = new int[10];
        double[] sum = new double[10];
        int[] ok = new int[10];
        for (var e : byCard.entrySet()) {
            for (var row : replay.replay(new prepdeck.review.fsrs.Replay.History(Long.toString(e.getKey()), e.getValue()))) {
                if (row.retrievabilityBefore().isEmpty() || row.elapsedDays() < 1) continue;
                double r = row.retrievabilityBefore().getAsDouble();
                int k = Math.min(9, (int) Math.floor(r * 10));
                n[k]++;
                sum[k] += r;
                if (row.rating() != prepdeck.review.fsrs.Rating.AGAIN) ok[k]++;
            }
        }
        List<CalibrationBand> out = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            out.add(new CalibrationBand(k / 10.0, n[k], n[k] == 0 ? Double.NaN : sum[k] / n[k], n[k] == 0 ? Double.NaN : (double) ok[k] / n[k]));
        }
        return out;
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        int m = a.length / 2;
        return a.length % 2 == 1 ? a[m] : (a[m - 1] + a[m]) / 2;
    }

    // For each interview below the goal: the smallest multiple of the weekly budget (up to 4×) whose plan reaches it.
    private List<String> warnings(Inputs in, TimedPlan plan) {
        List<String> out = new ArrayList<>();
        Map<String, TimedPlan.Forecast> below = new LinkedHashMap<>();
        for (TimedPlan.Forecast f : plan.goals()) if (f.cards() > 0 && f.withPlan() < GOAL) below.put(f.name(), f);
        if (below.isEmpty()) return out;
        Map<String, TimeBudget> reaching = new HashMap<>();
        for (double factor : new double[] {1.25, 1.5, 2, 3, 4}) {
            TimeBudget more = in.request().budget().scaled(factor);
            TimedRequest r = in.request();
            TimedPlan p = planner.plan(new TimedRequest(r.today(), r.goals(), more, r.spentToday(), r.desiredRetention(), r.parameters(),
                    r.cards(), r.seconds(), r.defaultSeconds(), r.newPerDay()));
            for (TimedPlan.Forecast f : p.goals()) if (below.containsKey(f.name()) && f.withPlan() >= GOAL) reaching.putIfAbsent(f.name(), more);
            if (reaching.size() == below.size()) break;
        }
        for (TimedPlan.Forecast f : below.values()) {
            String name = f.name().substring(0, f.name().lastIndexOf(" #"));
            String head = String.format(Locale.ROOT, "%s on %s: %.0f %% forecast with this budget, below the %.0f %% goal; ", name, f.day(),
                    100 * f.withPlan(), 100 * GOAL);
            TimeBudget b = reaching.get(f.name());
            out.add(head + (b != null ? b.text() + " would reach it."
                    : "even four times the time would not: add days, narrow the scope or lower its priorities."));
        }
        return out;
    }
}
