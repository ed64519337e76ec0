package prepdeck.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import prepdeck.knowledge.CardStatus;
import prepdeck.review.ReviewQueue;
import prepdeck.review.fsrs.CardState;
import prepdeck.review.fsrs.MemoryState;
import prepdeck.review.fsrs.Rating;
import prepdeck.review.fsrs.Scheduled;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.State;

/** Practice over one deck's store: the FSRS scheduler, the review queue, and answers committed in groups. */
public final class DeckPractice implements Practice {
    static final String NEW_PER_DAY = "review.new_per_day";
    /** Candidates fetched per kind; the queue orders them exactly. */
    private static final int CANDIDATES = 16;
    private static final int MAX_KEY_LENGTH = 200;
    private static final long MAX_DURATION_MS = Duration.ofDays(1).toMillis();

    private final DeckStore store;
    private final Scheduler scheduler;
    private final ReviewQueue queue;
    private final Clock clock;
    private final GroupCommit commits;

    /** @param scheduler the scheduler answers go through; fuzz on for real use */
    public DeckPractice(DeckStore store, Scheduler scheduler, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.queue = new ReviewQueue(scheduler);
        this.clock = Objects.requireNonNull(clock);
        this.commits = new GroupCommit(store, 512);
    }

    @Override
    public Optional<NextCard> next(Optional<String> topic) {
        Instant now = now();
        return store.read(r -> {
            topic.ifPresent(t -> {
                if (!r.hasTopic(t)) throw new NotFoundException("no topic '" + t + "'");
            });
            var learning = r.dueInSteps(now.plus(ReviewQueue.LEARN_AHEAD), topic, CANDIDATES).stream().map(DeckPractice::candidate).toList();
            var review = r.dueForReview(now, topic, CANDIDATES).stream().map(DeckPractice::candidate).toList();
            int newPerDay = newCardsPerDay(r);
            int newToday = r.cardsIntroducedSince(dayStart(now));
            var pick = queue.next(now, learning, review, newToday, newPerDay, () -> r.firstNewCard(topic));
            if (pick.isEmpty()) return Optional.<NextCard>empty();
            var p = pick.get();
            return Optional.of(nextCard(r, r.card(p.cardId()).orElseThrow(), p.state(), p.reason(), now, topic, newToday, newPerDay));
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
            return nextCard(r, card, state, reason, now, Optional.empty(), r.cardsIntroducedSince(dayStart(now)), newCardsPerDay(r));
        });
    }

    private NextCard nextCard(StoreReader r, CardRow row, CardState state, ReviewQueue.Reason reason, Instant now,
                              Optional<String> topic, int newToday, int newPerDay) {
        CardView card = DeckKnowledge.views(r, List.of(row)).getFirst();
        Map<Rating, Duration> intervals = new EnumMap<>(Rating.class);
        scheduler.preview(state, atOrAfterLastReview(state, now), ReviewQueue.fuzzKey(row.id()))
                .forEach((rating, s) -> intervals.put(rating, s.interval()));
        return new NextCard(card, state.state(), reason, intervals, r.dueCount(now, topic), newToday, newPerDay);
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
        if (rating < 1 || rating > 4) throw new InvalidInputException("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got " + rating);
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException("idempotency_key must be 1–" + MAX_KEY_LENGTH + " characters");
        }
        if (durationMs < 0) throw new InvalidInputException("duration_ms must be >= 0, got " + durationMs);
        long duration = Math.min(durationMs, MAX_DURATION_MS);
        Instant at = now();
        return commits.write(tx -> answerIn(tx, cardId, Rating.ofGrade(rating), idempotencyKey, duration, at));
    }

    /** Checks everything before writing anything (see {@link GroupCommit}). */
    private ReviewReceipt answerIn(StoreTransaction tx, long cardId, Rating rating, String key, long durationMs, Instant at) {
        var earlier = tx.reviewByKey(key);
        if (earlier.isPresent()) {
            ReviewRow row = earlier.get();
            if (row.cardId() != cardId || row.rating() != rating.grade()) {
                throw new ConflictException("idempotency_key '" + key + "' was already used for card " + row.cardId()
                        + " with rating " + row.rating());
            }
            return receipt(row);
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
        return commits.write(tx -> {
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
        return commits.write(tx -> tx.lastLiveReview().map(review -> undoIn(tx, review, at)));
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
