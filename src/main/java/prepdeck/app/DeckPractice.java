package prepdeck.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import prepdeck.knowledge.CardStatus;
import prepdeck.review.ReviewQueue;
import prepdeck.review.fsrs.CardState;
import prepdeck.review.fsrs.KeepCurrentUnlessBetter;
import prepdeck.review.fsrs.Optimizer;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Replay;
import prepdeck.review.fsrs.MemoryState;
import prepdeck.review.fsrs.Rating;
import prepdeck.review.fsrs.Scheduled;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;
import prepdeck.review.fsrs.State;

/**
 * Practice over one deck's store: the FSRS scheduler, the review queue, and answers committed in groups.
 *
 * <p>With an interview date ahead, {@link #next} serves the day's list of the interview planner first, then
 * (when the list is done) plain FSRS for the rest of the daily budget, within the new-card limit, so a day the
 * planner leaves empty is still a day of practice. The day's list of the interview planner
 * ({@link InterviewSchedule}): (re)learning steps due now first, then the planned cards in the planner's
 * order, then a step due soon; once the list is done nothing else is due that day. The list is computed
 * on the first {@code next} of a day and kept for the day: the planner already placed every card it
 * wants today, an answer only marks its card done (a card whose last review is today), and an Again
 * comes back through the steps. It is computed again when the day or a setting (date, budget, new cards,
 * retention, weights) changes; a recomputation gives only the budget not yet used today.
 *
 * <p>After every {@value #REFIT_CHECK_EVERY} answers a background task looks whether
 * {@link #refitEvery} answers have been given since the last fit, and if so re-fits FSRS on the log
 * (never on an answer's thread).
 */
public final class DeckPractice implements Practice {
    static final String NEW_PER_DAY = "review.new_per_day";
    static final String INTERVIEW_DATE = "interview_date";
    static final String DAILY_BUDGET = "daily_budget";
    static final String DESIRED_RETENTION = "desired_retention";
    static final String FSRS_PARAMS = "fsrs_params";
    static final String REFIT_AT = "fsrs_refit_at_reviews";
    static final String LAST_REFIT = "fsrs_last_refit";
    /** Answers between two looks at whether a re-fit is due. */
    static final int REFIT_CHECK_EVERY = 25;
    /** Answers since the last fit that make the next one. */
    public static final int DEFAULT_REFIT_EVERY = 500;
    /** Candidates fetched per kind; the queue orders them exactly. */
    private static final int CANDIDATES = 16;
    private static final int MAX_KEY_LENGTH = 200;
    private static final long MAX_DURATION_MS = Duration.ofDays(1).toMillis();

    private final DeckStore store;
    private final SchedulerConfig baseConfig;
    private final Parameters baseParameters;
    private volatile Scheduler scheduler;
    private volatile ReviewQueue queue;
    private volatile PracticeSettings schedulerSettings;
    private final Clock clock;
    private final GroupCommit commits;
    /** The scope this practice's answers are written as in the shared commits. */
    private final StoreScope scope;
    /** A group commit over one store knows one scope only; any value names it. */
    private static final StoreScope SOLE_SCOPE = new StoreScope(0, 0);
    private final InterviewSchedule schedule = new InterviewSchedule();
    private final ReadinessForecast forecast = new ReadinessForecast();
    /** Forecasts with other settings, for advice: kept apart so the page's own forecast keeps its memo. */
    private final ReadinessForecast whatIf = new ReadinessForecast();
    private final AtomicReference<Map.Entry<List<Object>, ReadinessAdvice>> adviceCache = new AtomicReference<>();
    private final AtomicReference<DayPlan> dayPlan = new AtomicReference<>();
    private final Object planLock = new Object();
    private final AtomicReference<Map.Entry<List<Object>, Readiness>> readinessCache = new AtomicReference<>();
    private final Object refitLock = new Object();
    private final AtomicInteger answersSinceCheck = new AtomicInteger();
    private final AtomicBoolean refitQueued = new AtomicBoolean();
    private volatile int refitEvery = DEFAULT_REFIT_EVERY;
    private ExecutorService background;

    /**
     * @param scheduler the scheduler answers go through (fuzz on for real use); the weights and desired
     *                  retention the user has stored replace its own
     */
    public DeckPractice(DeckStore store, Scheduler scheduler, Clock clock) {
        this(store, new GroupCommit(ScopedWrites.of(store), 512), SOLE_SCOPE, scheduler, clock);
    }

    /**
     * Practice of one user over one deck of a database many share.
     *
     * @param commits the database's group commit, shared by every user's practice so answers from all of
     *                them share durable commits
     * @param scope   the (deck, user) {@code store} is scoped to, which answers are written as
     */
    public DeckPractice(DeckStore store, GroupCommit commits, StoreScope scope, Scheduler scheduler, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.baseConfig = Objects.requireNonNull(scheduler).config();
        this.baseParameters = scheduler.parameters();
        this.clock = Objects.requireNonNull(clock);
        this.commits = Objects.requireNonNull(commits);
        this.scope = Objects.requireNonNull(scope);
        useScheduler(store.read(this::settings));
    }

    /** Re-fit after this many answers since the last fit (default {@value #DEFAULT_REFIT_EVERY}); 0: never by itself. */
    @Override
    public void autoRefitEvery(int answers) {
        if (answers < 0) throw new InvalidInputException("answers between re-fits must be 0 (never) or more, got " + answers);
        this.refitEvery = answers;
    }

    /** As {@link #autoRefitEvery(int)}, for wiring. */
    public DeckPractice refitEvery(int answers) {
        autoRefitEvery(answers);
        return this;
    }

    private void useScheduler(PracticeSettings s) {
        Scheduler next = new Scheduler(s.fsrsParams(), baseConfig.withDesiredRetention(s.desiredRetention()));
        this.queue = new ReviewQueue(next);
        this.scheduler = next;
        this.schedulerSettings = s;
    }

    /**
     * Another server over the same database (or another tab's settings change there) may have stored new
     * weights or a new retention: every look at the next card reads the settings anyway, and takes up changed ones.
     */
    private void followSettings(PracticeSettings s) {
        PracticeSettings current = schedulerSettings;
        if (current == null || !current.fsrsParams().equals(s.fsrsParams()) || current.desiredRetention() != s.desiredRetention()) {
            useScheduler(s);
        }
    }

    /** Today's list of the interview planner, for the settings it was made with. */
    private record DayPlan(PlanKey key, List<DeckCardState> cards) {
    }

    private record PlanKey(LocalDate day, LocalDate interview, int budget, int newPerDay, double retention, Parameters params,
                           Object timed) {
    }

    /** Today's list toward several interviews under a time budget ({@link InterviewPlanning}), when the user has planned any. */
    public interface TimedPlanning {
        /** Empty when the user planned no interview and set no weekly budget. */
        Optional<List<Long>> todayIds(StoreReader r, PracticeSettings settings, LocalDate today);

        /** What the list depends on besides card states and settings (interviews, priorities, budget), to key a cache. */
        Object inputs(StoreReader r);
    }

    private volatile TimedPlanning timedPlanning;

    /** Serves the day's list of {@code planning} while it has one; set once, when the use cases are wired. */
    public void planWith(TimedPlanning planning) {
        this.timedPlanning = Objects.requireNonNull(planning, "planning");
    }

    @Override
    public Optional<NextCard> next(Optional<String> topic) {
        Instant now = now();
        return store.read(r -> {
            topic.ifPresent(t -> {
                if (!r.hasTopic(t)) throw new NotFoundException("no topic '" + t + "'");
            });
            PracticeSettings settings = settings(r);
            followSettings(settings);
            int newPerDay = settings.newPerDay();
            int newToday = r.cardsIntroducedSince(dayStart(now));
            var learning = r.dueInSteps(now.plus(ReviewQueue.LEARN_AHEAD), topic, CANDIDATES).stream().map(DeckPractice::candidate).toList();
            LocalDate today = day(now);
            TimedPlanning timed = timedPlanning;
            if ((settings.interviewDate().isPresent() && today.isBefore(settings.interviewDate().get()))
                    || (timed != null && hasTimedPlan(r, today))) {
                return nextPlanned(r, now, today, settings, topic, learning, newToday);
            }
            var review = r.dueForReview(now, topic, CANDIDATES).stream().map(DeckPractice::candidate).toList();
            var pick = queue.next(now, learning, review, newToday, newPerDay, () -> r.firstNewCard(topic, now));
            if (pick.isEmpty()) return Optional.<NextCard>empty();
            var p = pick.get();
            return Optional.of(nextCard(r, r.card(p.cardId()).orElseThrow(), p.state(), p.reason(), now, r.dueCount(now, topic),
                    newToday, newPerDay));
        });
    }

    /** Steps due now, then the day's planned cards not done yet, then a step due soon. */
    private Optional<NextCard> nextPlanned(StoreReader r, Instant now, LocalDate today, PracticeSettings settings, Optional<String> topic,
                                           List<ReviewQueue.Candidate> learning, int newToday) {
        Comparator<ReviewQueue.Candidate> byDue = Comparator.comparing((ReviewQueue.Candidate c) -> c.state().due())
                .thenComparingLong(ReviewQueue.Candidate::cardId);
        var stepsDue = learning.stream().filter(c -> !c.state().due().isAfter(now)).sorted(byDue).toList();
        DayPlan plan = plan(r, now, today, settings, newToday);
        List<Long> ids = plan.cards().stream().filter(c -> topic.isEmpty() || c.inTopic(topic.get())).map(DeckCardState::cardId).toList();
        var states = new java.util.HashMap<Long, CardStateRow>();
        for (CardStateRow row : r.cardStates(ids)) states.put(row.cardId(), row);
        Instant dayStart = dayStart(now);
        Set<Long> held = r.heldCards(now);
        List<Long> remaining = ids.stream().filter(id -> !held.contains(id)).filter(id -> {
            CardStateRow st = states.get(id);
            return st == null || (st.lastReview().isBefore(dayStart) && st.state().equals(State.REVIEW.title()));
        }).toList();
        int due = remaining.size() + stepsDue.size();
        if (!stepsDue.isEmpty()) {
            var c = stepsDue.getFirst();
            return Optional.of(nextCard(r, r.card(c.cardId()).orElseThrow(), c.state(), ReviewQueue.Reason.LEARNING, now, due, newToday,
                    settings.newPerDay()));
        }
        for (long id : remaining) {
            Optional<CardRow> card = r.card(id).filter(c -> c.status() == CardStatus.ANSWERED);
            if (card.isEmpty()) continue;
            CardStateRow st = states.get(id);
            CardState state = st == null ? CardState.fresh() : state(st);
            var reason = st == null ? ReviewQueue.Reason.NEW : ReviewQueue.Reason.REVIEW;
            return Optional.of(nextCard(r, card.get(), state, reason, now, due, newToday, settings.newPerDay()));
        }
        var ahead = learning.stream().filter(c -> !c.state().due().isAfter(now.plus(ReviewQueue.LEARN_AHEAD))).min(byDue)
                .map(c -> nextCard(r, r.card(c.cardId()).orElseThrow(), c.state(), ReviewQueue.Reason.LEARNING_AHEAD, now, due, newToday,
                        settings.newPerDay()));
        if (ahead.isPresent()) return ahead;
        // The plan is done for today. Far from the interview it may plan few cards or none for days (late reviews
        // count most on the day), so the rest of the daily budget goes to plain FSRS: cards due, then new cards
        // within the daily limit, new cards from the nearest interview's topics first. Tomorrow's plan starts from the
        // states this leaves.
        if (r.cardsReviewedSince(dayStart) >= settings.dailyBudget()) return Optional.empty();
        var review = r.dueForReview(now, topic, CANDIDATES).stream().map(DeckPractice::candidate).toList();
        return queue.next(now, List.of(), review, newToday, settings.newPerDay(), () -> firstNewForInterviews(r, topic, now, today))
                .map(p -> nextCard(r, r.card(p.cardId()).orElseThrow(), p.state(), p.reason(), now, r.dueCount(now, topic),
                        newToday, settings.newPerDay()));
    }

    /**
     * The first new card beyond the day's plan (a day off in the budget plans none): from the topics of the interviews
     * ahead, nearest first, then from the whole deck. A topic the user chose is kept to.
     */
    private static OptionalLong firstNewForInterviews(StoreReader r, Optional<String> topic, Instant now, LocalDate today) {
        if (topic.isEmpty()) {
            var ahead = r.plannedInterviews().stream().filter(i -> i.day().isAfter(today))
                    .sorted(Comparator.comparing(PlannedInterview::day)).toList();
            for (PlannedInterview i : ahead) {
                if (i.topics().isEmpty()) break; // an interview on the whole deck: the deck's order is its order
                for (String t : i.topics()) {
                    OptionalLong card = r.firstNewCard(Optional.of(t), now);
                    if (card.isPresent()) return card;
                }
            }
        }
        return r.firstNewCard(topic, now);
    }

    // Interviews ahead or a weekly budget: the time planner makes the day's list.
    private static boolean hasTimedPlan(StoreReader r, LocalDate today) {
        return r.plannedInterviews().stream().anyMatch(i -> i.day().isAfter(today));
    }

    /** The day's plan, computed on first use of the day and again when a setting changes. */
    private DayPlan plan(StoreReader r, Instant now, LocalDate today, PracticeSettings s, int newToday) {
        TimedPlanning timed = timedPlanning;
        Object timedInputs = timed == null ? null : timed.inputs(r);
        var key = new PlanKey(today, s.interviewDate().orElse(null), s.dailyBudget(), s.newPerDay(), s.desiredRetention(), s.fsrsParams(),
                timedInputs);
        DayPlan current = dayPlan.get();
        if (current != null && current.key().equals(key)) return current;
        synchronized (planLock) {
            current = dayPlan.get();
            if (current != null && current.key().equals(key)) return current;
            List<DeckCardState> cards = r.deckCardStates();
            Instant dayStart = dayStart(now);
            int reviewedToday = (int) cards.stream().filter(c -> c.state().isPresent() && !c.state().get().lastReview().isBefore(dayStart)).count();
            var byId = new java.util.HashMap<Long, DeckCardState>(cards.size() * 2);
            for (DeckCardState c : cards) byId.put(c.cardId(), c);
            Optional<List<Long>> timedIds = timed == null ? Optional.empty() : timed.todayIds(r, s, today);
            List<Long> ids = timedIds.isPresent() ? timedIds.get()
                    : schedule.today(today, key.interview(), s, cards.stream().map(InterviewSchedule::planCard).toList(), reviewedToday, newToday);
            DayPlan made = new DayPlan(key, ids.stream().map(byId::get).toList());
            dayPlan.set(made);
            return made;
        }
    }

    /** How many cards an offline window holds at most (due and new together). */
    static final int OFFLINE_CARDS = 300;

    @Override
    public OfflineWindow offlineWindow(Optional<String> topic, Duration ahead) {
        if (ahead.isNegative() || ahead.compareTo(MAX_OFFLINE_AHEAD) > 0) {
            throw new InvalidInputException("an offline window looks 0–" + MAX_OFFLINE_AHEAD.toDays() + " days ahead, not " + ahead.toHours() + " hours");
        }
        Instant now = now();
        Instant until = now.plus(ahead);
        return store.read(r -> {
            topic.ifPresent(t -> {
                if (!r.hasTopic(t)) throw new NotFoundException("no topic '" + t + "'");
            });
            PracticeSettings settings = settings(r);
            followSettings(settings);
            int newToday = r.cardsIntroducedSince(dayStart(now));
            int newAllowed = Math.max(0, settings.newPerDay() - newToday);
            Set<Long> held = r.heldCards(now);
            var seen = new java.util.TreeMap<Long, CardStateRow>();
            for (CardStateRow row : r.dueInSteps(until, topic, OFFLINE_CARDS)) seen.put(row.cardId(), row);
            for (CardStateRow row : r.dueForReview(until, topic, OFFLINE_CARDS)) seen.putIfAbsent(row.cardId(), row);
            List<CardStateRow> due = seen.values().stream().filter(row -> !held.contains(row.cardId()))
                    .sorted(Comparator.comparing(CardStateRow::due).thenComparingLong(CardStateRow::cardId)).limit(OFFLINE_CARDS).toList();
            var entries = new ArrayList<OfflineWindow.Entry>();
            for (CardStateRow row : due) {
                Optional<CardRow> card = r.card(row.cardId()).filter(c -> c.status() == CardStatus.ANSWERED);
                if (card.isEmpty()) continue;
                CardState.Seen state = state(row);
                var reason = state.state() == State.REVIEW ? ReviewQueue.Reason.REVIEW : ReviewQueue.Reason.LEARNING;
                // the intervals the grades give when the card falls due, which is when the device will ask it
                Instant askedAt = row.due().isAfter(now) ? row.due() : now;
                entries.add(new OfflineWindow.Entry(nextCard(r, card.get(), state, reason, askedAt, due.size(), newToday, settings.newPerDay()),
                        Optional.of(row.due())));
            }
            int newCards = Math.min(newAllowed, OFFLINE_CARDS - entries.size());
            for (long id : newCards > 0 ? r.newCards(topic, now, newCards) : List.<Long>of()) {
                Optional<CardRow> card = r.card(id);
                if (card.isEmpty()) continue;
                entries.add(new OfflineWindow.Entry(nextCard(r, card.get(), CardState.fresh(), ReviewQueue.Reason.NEW, now, due.size(), newToday,
                        settings.newPerDay()), Optional.empty()));
            }
            return new OfflineWindow(now, until, newAllowed, entries);
        });
    }

    @Override
    public NextCard show(long cardId) {
        Instant now = now();
        return store.read(r -> {
            CardRow card = reviewable(r, cardId);
            CardState state = r.cardState(cardId).<CardState>map(DeckPractice::state).orElse(CardState.fresh());
            var reason = switch (state.state()) {
                case NEW -> ReviewQueue.Reason.NEW;
                case REVIEW -> ReviewQueue.Reason.REVIEW;
                case LEARNING, RELEARNING -> ReviewQueue.Reason.LEARNING;
            };
            return nextCard(r, card, state, reason, now, r.dueCount(now, Optional.empty()), r.cardsIntroducedSince(dayStart(now)),
                    newCardsPerDay(r));
        });
    }

    private NextCard nextCard(StoreReader r, CardRow row, CardState state, ReviewQueue.Reason reason, Instant now,
                              int due, int newToday, int newPerDay) {
        CardView card = DeckKnowledge.views(r, List.of(row)).getFirst();
        Map<Rating, Duration> intervals = new EnumMap<>(Rating.class);
        scheduler.preview(state, atOrAfterLastReview(state, now), ReviewQueue.fuzzKey(row.id()))
                .forEach((rating, s) -> intervals.put(rating, s.interval()));
        return new NextCard(card, state.state(), reason, intervals, due, newToday, newPerDay);
    }

    private static CardRow reviewable(StoreReader r, long cardId) {
        CardRow card = r.card(cardId).orElseThrow(() -> new NotFoundException("no card " + cardId));
        if (card.status() == CardStatus.GAP) {
            throw new ConflictException("card " + cardId + " is a gap: its answer is not written yet, so it cannot be reviewed");
        }
        if (card.status() == CardStatus.RETIRED) {
            throw new ConflictException("card " + cardId + " is retired: it is no longer in the notes");
        }
        return card;
    }

    @Override
    public ReviewReceipt answer(long cardId, int rating, String idempotencyKey, long durationMs) {
        Instant at = now();
        return answerAt(cardId, rating, idempotencyKey, durationMs, at, at);
    }

    @Override
    public ReviewReceipt answerGivenAt(long cardId, int rating, String idempotencyKey, long durationMs, Instant givenAt) {
        Instant now = now();
        // a device whose clock runs ahead cannot answer in the future; the bound on age is checked for new keys only,
        // so a reply lost on the way can always be asked for again
        Instant at = givenAt.isAfter(now) ? now : givenAt.truncatedTo(ChronoUnit.MILLIS);
        return answerAt(cardId, rating, idempotencyKey, durationMs, at, now.minus(MAX_OFFLINE_AGE));
    }

    private ReviewReceipt answerAt(long cardId, int rating, String idempotencyKey, long durationMs, Instant at, Instant oldest) {
        if (rating < 1 || rating > 4) throw new InvalidInputException("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got " + rating);
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException("idempotency_key must be 1–" + MAX_KEY_LENGTH + " characters");
        }
        if (durationMs < 0) throw new InvalidInputException("duration_ms must be >= 0, got " + durationMs);
        long duration = Math.min(durationMs, MAX_DURATION_MS);
        ReviewReceipt receipt = commits.write(scope, tx -> answerIn(tx, cardId, Rating.ofGrade(rating), idempotencyKey, duration, at, oldest));
        if (answersSinceCheck.incrementAndGet() % REFIT_CHECK_EVERY == 0) refitInBackgroundIfDue();
        return receipt;
    }

    /** Checks everything before writing anything (see {@link GroupCommit}). */
    private ReviewReceipt answerIn(StoreTransaction tx, long cardId, Rating rating, String key, long durationMs, Instant at, Instant oldest) {
        var earlier = tx.reviewByKey(key);
        if (earlier.isPresent()) {
            ReviewRow row = earlier.get();
            if (row.cardId() != cardId || row.rating() != rating.grade()) {
                throw new ConflictException("idempotency_key '" + key + "' was already used for card " + row.cardId()
                        + " with rating " + row.rating());
            }
            return receipt(row);
        }
        if (at.isBefore(oldest)) {
            throw new InvalidInputException("the answer '" + key + "' to card " + cardId + " was given at " + at + ", more than "
                    + MAX_OFFLINE_AGE.toDays() + " days ago: it is too old to schedule from");
        }
        reviewable(tx, cardId);
        Optional<CardStateRow> before = tx.cardState(cardId);
        CardState state = before.<CardState>map(DeckPractice::state).orElse(CardState.fresh());
        Instant when = atOrAfterLastReview(state, at);
        Scheduled next = scheduler.next(state, rating, when, ReviewQueue.fuzzKey(cardId));
        CardStateRow after = row(cardId, next.state());
        long id = tx.appendReview(new ReviewWrite(cardId, when, rating.grade(), durationMs, before, after, key));
        tx.putCardState(after, when);
        return new ReviewReceipt(id, cardId, next.state().state(), next.due());
    }

    @Override
    public UndoReceipt undo(long reviewId) {
        Instant at = now();
        return commits.write(scope, tx -> {
            ReviewRow review = tx.review(reviewId).orElseThrow(() -> new NotFoundException("no review " + reviewId));
            if (review.undone()) return undoReceipt(review);
            ReviewRow last = tx.lastLiveReview().orElseThrow();
            if (last.id() != reviewId) {
                throw new ConflictException("review " + reviewId + " is not your latest answer (" + last.id() + " is): answers are undone latest first");
            }
            return undoIn(tx, review, at);
        });
    }

    @Override
    public Optional<UndoReceipt> undoLast() {
        Instant at = now();
        return commits.write(scope, tx -> tx.lastLiveReview().map(review -> undoIn(tx, review, at)));
    }

    private static UndoReceipt undoIn(StoreTransaction tx, ReviewRow review, Instant at) {
        tx.appendUndo(review.id(), at);
        review.before().ifPresentOrElse(s -> tx.putCardState(s, review.reviewedAt()), () -> tx.dropCardState(review.cardId()));
        return undoReceipt(review);
    }

    private static UndoReceipt undoReceipt(ReviewRow review) {
        return new UndoReceipt(review.id(), review.cardId(), review.before().map(s -> State.ofTitle(s.state())).orElse(State.NEW));
    }

    @Override
    public int newCardsPerDay() {
        return store.read(DeckPractice::newCardsPerDay);
    }

    private static int newCardsPerDay(StoreReader r) {
        return r.setting(NEW_PER_DAY).map(Integer::parseInt).orElse(DEFAULT_NEW_PER_DAY);
    }

    @Override
    public void setNewCardsPerDay(int limit) {
        if (limit < 0 || limit > 10_000) throw new InvalidInputException("the daily new-card limit must be 0–10000, got " + limit);
        store.write(tx -> {
            tx.putSetting(NEW_PER_DAY, Integer.toString(limit));
            return null;
        });
    }

    @Override
    public int recordHistory(List<PastReview> reviews) {
        var byCard = new LinkedHashMap<Long, List<PastReview>>();
        for (PastReview p : reviews) {
            if (p.rating() < 1 || p.rating() > 4) throw new InvalidInputException("rating must be 1..4, got " + p.rating() + " for card " + p.cardId());
            byCard.computeIfAbsent(p.cardId(), k -> new ArrayList<>()).add(p);
        }
        return store.write(tx -> {
            var writes = new ArrayList<ReviewWrite>(reviews.size());
            var states = new ArrayList<CardStateRow>(byCard.size());
            var firstReviews = new ArrayList<Instant>(byCard.size());
            for (var entry : byCard.entrySet()) {
                long cardId = entry.getKey();
                CardRow card = tx.card(cardId).orElseThrow(() -> new NotFoundException("no card " + cardId));
                if (card.status() == CardStatus.GAP) throw new ConflictException("card " + cardId + " is a gap and has no reviews");
                Optional<CardStateRow> before = tx.cardState(cardId);
                CardState state = before.<CardState>map(DeckPractice::state).orElse(CardState.fresh());
                Instant first = null;
                var answers = entry.getValue();
                answers.sort(Comparator.comparing(PastReview::at));
                for (PastReview p : answers) {
                    Instant when = atOrAfterLastReview(state, p.at().truncatedTo(ChronoUnit.MILLIS));
                    Scheduled next = scheduler.next(state, Rating.ofGrade(p.rating()), when, ReviewQueue.fuzzKey(cardId));
                    CardStateRow after = row(cardId, next.state());
                    writes.add(new ReviewWrite(cardId, when, p.rating(), p.durationMs(), before, after, p.idempotencyKey()));
                    if (first == null) first = when;
                    before = Optional.of(after);
                    state = next.state();
                }
                states.add(before.orElseThrow());
                firstReviews.add(first);
            }
            tx.appendReviews(writes);
            tx.putCardStates(states, firstReviews);
            return writes.size();
        });
    }

    @Override
    public PracticeSettings settings() {
        return store.read(this::settings);
    }

    private PracticeSettings settings(StoreReader r) {
        Optional<LocalDate> interview = r.setting(INTERVIEW_DATE).flatMap(DeckPractice::date);
        int budget = r.setting(DAILY_BUDGET).flatMap(DeckPractice::integer).orElse(DEFAULT_DAILY_BUDGET);
        double retention = r.setting(DESIRED_RETENTION).flatMap(DeckPractice::decimal).orElse(DEFAULT_DESIRED_RETENTION);
        Optional<Parameters> params = r.setting(FSRS_PARAMS).flatMap(DeckPractice::parameters);
        return new PracticeSettings(interview, budget, newCardsPerDay(r), retention, params.orElse(baseParameters), params.isPresent());
    }

    @Override
    public void setInterviewDate(Optional<LocalDate> day) {
        LocalDate today = day(now());
        if (day.isPresent() && day.get().isBefore(today)) {
            throw new InvalidInputException("the interview date " + day.get() + " is in the past (today is " + today + ")");
        }
        store.write(tx -> {
            day.ifPresentOrElse(d -> tx.putSetting(INTERVIEW_DATE, d.toString()), () -> tx.removeSetting(INTERVIEW_DATE));
            return null;
        });
    }

    @Override
    public void setDailyBudget(int budget) {
        if (budget < 1 || budget > 10_000) throw new InvalidInputException("the daily review budget must be 1–10000, got " + budget);
        putSetting(DAILY_BUDGET, Integer.toString(budget));
    }

    @Override
    public void setDesiredRetention(double retention) {
        if (!(retention >= 0.7 && retention <= 0.99)) {
            throw new InvalidInputException("the desired retention must be 0.70–0.99, got " + retention);
        }
        putSetting(DESIRED_RETENTION, Double.toString(retention));
        useScheduler(settings());
    }

    private void putSetting(String key, String value) {
        store.write(tx -> {
            tx.putSetting(key, value);
            return null;
        });
    }

    @Override
    public Set<Long> dueCardIds() {
        Instant now = now();
        return store.read(r -> r.dueCardIds(now));
    }

    /**
     * The forecast, kept until the day, a setting, the deck's cards or their states change: following the plan
     * runs the planner once for every day to the interview (about 0.1 s for the seeds and a date two months
     * ahead, with the planner's memo the forecast keeps from its last run).
     */
    @Override
    public Readiness readiness() {
        Instant now = now();
        return store.read(r -> {
            PracticeSettings s = settings(r);
            var key = java.util.List.of(day(now), s, deckVersion(r));
            var cached = readinessCache.get();
            if (cached != null && cached.getKey().equals(key)) return cached.getValue();
            List<DeckCardState> cards = r.deckCardStates();
            List<TopicRow> topics = r.topics();
            Instant dayStart = dayStart(now);
            int reviewedToday = (int) cards.stream().filter(c -> c.state().isPresent() && !c.state().get().lastReview().isBefore(dayStart)).count();
            Readiness made = forecast.compute(day(now), s, cards, topics, reviewedToday, r.cardsIntroducedSince(dayStart));
            readinessCache.set(Map.entry(key, made));
            return made;
        });
    }

    /**
     * What the forecasts are computed from, as two cheap numbers instead of every card's state: the notes' change
     * log (cards and topics) and the user's answers. Loading 100,000 states only to find the cache still good cost
     * the home page a second.
     */
    private static List<Object> deckVersion(StoreReader r) {
        return List.of(r.latestChange(), r.answersVersion());
    }

    @Override
    public PracticeToday today() {
        Instant now = now();
        return store.read(r -> {
            int newPerDay = newCardsPerDay(r);
            int newToday = r.cardsIntroducedSince(dayStart(now));
            // counted in the database: the home page shows this line, and a deck may hold 100,000 cards
            int held = r.heldCards(now).size();
            int newLeft = Math.min(r.newCardCount(now), Math.max(0, newPerDay - newToday));
            return new PracticeToday(r.dueCount(now, Optional.empty()), newLeft, newToday, newPerDay, held);
        });
    }

    /**
     * Runs the forecast with the user's settings but other numbers of new cards a day: first the current one, then
     * the most there could be (every unreviewed card), then halves the range until the fewest that reach the target.
     */
    @Override
    public Optional<ReadinessAdvice> advice(double target) {
        Instant now = now();
        return store.read(r -> {
            PracticeSettings s = settings(r);
            LocalDate today = day(now);
            if (s.interviewDate().isEmpty() || !today.isBefore(s.interviewDate().get())) return Optional.<ReadinessAdvice>empty();
            var key = List.of(today, s, deckVersion(r), target);
            var cached = adviceCache.get();
            if (cached != null && cached.getKey().equals(key)) return Optional.of(cached.getValue());
            List<DeckCardState> cards = r.deckCardStates();
            List<TopicRow> topics = r.topics();
            Instant dayStart = dayStart(now);
            int reviewedToday = (int) cards.stream().filter(c -> c.state().isPresent() && !c.state().get().lastReview().isBefore(dayStart)).count();
            int newToday = r.cardsIntroducedSince(dayStart);
            java.util.function.IntFunction<ReadinessAdvice.Option> at = n -> {
                var settings = new PracticeSettings(s.interviewDate(), s.dailyBudget(), n, s.desiredRetention(), s.fsrsParams(), s.fitted());
                var days = whatIf.compute(today, settings, cards, topics, reviewedToday, newToday).days();
                return new ReadinessAdvice.Option(n, days.isEmpty() ? 0 : days.getLast().recallWithPlan().orElse(0.0));
            };
            ReadinessAdvice.Option current = at.apply(s.newPerDay());
            ReadinessAdvice made;
            if (current.recall() >= target) {
                made = new ReadinessAdvice(s.interviewDate().get(), target, current, Optional.empty(), true);
            } else {
                int unseen = (int) cards.stream().filter(c -> c.state().isEmpty()).count();
                int high = Math.min(10_000, Math.max(s.newPerDay() + 1, unseen));
                ReadinessAdvice.Option best = at.apply(high);
                if (best.recall() < target) {
                    made = new ReadinessAdvice(s.interviewDate().get(), target, current,
                            best.recall() > current.recall() ? Optional.of(best) : Optional.empty(), false);
                } else {
                    int low = s.newPerDay();
                    while (high - low > 1) {
                        int mid = (low + high) >>> 1;
                        ReadinessAdvice.Option o = at.apply(mid);
                        if (o.recall() >= target) {
                            high = mid;
                            best = o;
                        } else {
                            low = mid;
                        }
                    }
                    made = new ReadinessAdvice(s.interviewDate().get(), target, current, Optional.of(best), true);
                }
            }
            adviceCache.set(Map.entry(key, made));
            return Optional.of(made);
        });
    }

    @Override
    public CardHistory history(long cardId) {
        Instant now = now();
        return store.read(r -> {
            r.card(cardId).orElseThrow(() -> new NotFoundException("no card " + cardId));
            List<ReviewRow> rows = r.cardReviews(cardId);
            var entries = rows.stream().map(row -> new CardHistory.Entry(row.id(), row.reviewedAt(), row.rating(),
                    State.ofTitle(row.after().state()), Duration.between(row.reviewedAt(), row.after().due()),
                    row.after().stability(), row.undone())).toList();
            Optional<CardStateRow> st = r.cardState(cardId);
            CardState state = st.<CardState>map(DeckPractice::state).orElse(CardState.fresh());
            List<ReviewRow> live = rows.stream().filter(row -> !row.undone()).toList();
            LocalDate today = day(now);
            LocalDate first = live.isEmpty() ? today : day(live.getFirst().reviewedAt());
            LocalDate last = today.plusDays(CardHistory.DAYS_AHEAD);
            if (last.toEpochDay() - first.toEpochDay() + 1 > CardHistory.MAX_DAYS) first = last.minusDays(CardHistory.MAX_DAYS - 1);
            var curve = new ArrayList<Double>();
            if (!live.isEmpty()) {
                long dayMs = Duration.ofDays(1).toMillis();
                long shift = scheduler.config().dayStartUtcMinutes() * 60_000L;
                int k = -1;
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    Instant end = Instant.ofEpochMilli((d.toEpochDay() + 1) * dayMs + shift - 1);
                    while (k + 1 < live.size() && !live.get(k + 1).reviewedAt().isAfter(end)) k++;
                    curve.add(k < 0 ? 0.0 : scheduler.retrievability(state(live.get(k).after()), end));
                }
            }
            return new CardHistory(cardId, entries, state.state(),
                    st.map(CardStateRow::due), scheduler.retrievability(state, now), today, first, curve, r.cardMark(cardId), r.cardMark(cardId).buriedAt(now));
        });
    }

    @Override
    public CardMark mark(long cardId, CardMark.Change change) {
        Instant now = now();
        return store.write(tx -> {
            tx.card(cardId).orElseThrow(() -> new NotFoundException("no card " + cardId));
            CardMark m = tx.cardMark(cardId);
            CardMark next = switch (change) {
                case SUSPEND -> new CardMark(cardId, true, m.buriedUntil(), m.flagged());
                case UNSUSPEND -> new CardMark(cardId, false, m.buriedUntil(), m.flagged());
                case BURY -> new CardMark(cardId, m.suspended(), dayStart(now).plus(Duration.ofDays(1)), m.flagged());
                case UNBURY -> new CardMark(cardId, m.suspended(), Instant.EPOCH, m.flagged());
                case FLAG -> new CardMark(cardId, m.suspended(), m.buriedUntil(), true);
                case UNFLAG -> new CardMark(cardId, m.suspended(), m.buriedUntil(), false);
            };
            tx.putCardMark(next, now);
            return next;
        });
    }

    @Override
    public Set<Long> flaggedCards() {
        return store.read(StoreReader::flaggedCards);
    }

    @Override
    public FsrsRefit refit() {
        synchronized (refitLock) {
            Instant at = now();
            List<LoggedAnswer> answers = store.read(StoreReader::liveAnswers);
            var byCard = new LinkedHashMap<Long, List<Replay.TimedRating>>();
            for (LoggedAnswer a : answers) {
                byCard.computeIfAbsent(a.cardId(), k -> new ArrayList<>()).add(new Replay.TimedRating(a.at(), Rating.ofGrade(a.rating())));
            }
            var histories = byCard.entrySet().stream().map(e -> new Replay.History(Long.toString(e.getKey()), e.getValue())).toList();
            PracticeSettings before = settings();
            long t0 = clock.millis();
            var decision = new KeepCurrentUnlessBetter(new Optimizer(Optimizer.Config.DEFAULT))
                    .decide(before.fsrsParams(), histories, baseConfig.dayStartUtcMinutes());
            double seconds = (clock.millis() - t0) / 1000.0;
            var refit = new FsrsRefit(at, answers.size(), decision.currentLogLoss(), decision.fit(), decision.replaced(),
                    decision.parameters(), seconds);
            store.write(tx -> {
                if (decision.replaced()) tx.putSetting(FSRS_PARAMS, format(decision.parameters()));
                tx.putSetting(REFIT_AT, Integer.toString(answers.size()));
                tx.putSetting(LAST_REFIT, at + ": " + refit.summary());
                return null;
            });
            if (decision.replaced()) useScheduler(settings());
            return refit;
        }
    }

    @Override
    public Optional<String> lastRefit() {
        return store.read(r -> r.setting(LAST_REFIT));
    }

    /** Looks, off the answer's thread, whether enough answers came since the last fit, and fits if so. */
    private void refitInBackgroundIfDue() {
        int every = refitEvery;
        if (every <= 0 || !refitQueued.compareAndSet(false, true)) return;
        executor().execute(() -> {
            try {
                boolean due = store.read(r -> r.liveAnswerCount() - r.setting(REFIT_AT).flatMap(DeckPractice::integer).orElse(0) >= every);
                if (due) refit();
            } catch (RuntimeException e) {
                // a failed fit changes nothing; the next check tries again
            } finally {
                refitQueued.set(false);
            }
        });
    }

    private synchronized ExecutorService executor() {
        if (background == null) {
            background = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "fsrs-refit");
                t.setDaemon(true);
                return t;
            });
        }
        return background;
    }

    /** Waits for a background re-fit that is running or queued (for tests and orderly shutdown). */
    public void awaitBackgroundWork() throws InterruptedException {
        ExecutorService e;
        synchronized (this) {
            e = background;
        }
        if (e == null) return;
        try {
            e.submit(() -> { }).get();
        } catch (java.util.concurrent.ExecutionException x) {
            throw new IllegalStateException(x);
        }
    }

    static String format(Parameters p) {
        var out = new StringBuilder();
        for (double w : p.w()) {
            if (!out.isEmpty()) out.append(',');
            out.append(w);
        }
        return out.toString();
    }

    private static Optional<Parameters> parameters(String text) {
        try {
            String[] parts = text.split(",");
            double[] w = new double[parts.length];
            for (int i = 0; i < parts.length; i++) w[i] = Double.parseDouble(parts[i].strip());
            return Optional.of(Parameters.fromAnyVersion(w));
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable weights: the defaults schedule
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> decimal(String text) {
        try {
            return Optional.of(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The scheduler's day (UTC, shifted by its day start) that {@code at} falls in. */
    private LocalDate day(Instant at) {
        long shift = scheduler.config().dayStartUtcMinutes() * 60_000L;
        return LocalDate.ofEpochDay(Math.floorDiv(at.toEpochMilli() - shift, Duration.ofDays(1).toMillis()));
    }

    /** The store keeps milliseconds: a reply recomputed from a stored row must equal the first one. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Where the day the new-card limit counts in began: the scheduler's day start, in UTC. */
    private Instant dayStart(Instant now) {
        long shift = scheduler.config().dayStartUtcMinutes() * 60_000L;
        long day = Math.floorDiv(now.toEpochMilli() - shift, Duration.ofDays(1).toMillis());
        return Instant.ofEpochMilli(day * Duration.ofDays(1).toMillis() + shift);
    }

    /** A clock that stepped back (or a batch committed out of order) must not put an answer before the last one. */
    private static Instant atOrAfterLastReview(CardState state, Instant at) {
        return state instanceof CardState.Seen seen && at.isBefore(seen.lastReview()) ? seen.lastReview() : at;
    }

    private static ReviewQueue.Candidate candidate(CardStateRow row) {
        return new ReviewQueue.Candidate(row.cardId(), state(row));
    }

    static CardState.Seen state(CardStateRow row) {
        return CardState.of(State.ofTitle(row.state()), new MemoryState(row.stability(), row.difficulty()), row.step(),
                row.lastReview(), row.due(), row.reps());
    }

    static CardStateRow row(long cardId, CardState.Seen s) {
        return new CardStateRow(cardId, s.state().title(), s.memory().stability(), s.memory().difficulty(), s.step(), s.reps(),
                s.lastReview(), s.due());
    }

    private static ReviewReceipt receipt(ReviewRow row) {
        return new ReviewReceipt(row.id(), row.cardId(), State.ofTitle(row.after().state()), row.after().due());
    }
}
