package prepdeck.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import prepdeck.app.CardStateRow;
import prepdeck.app.DeckCardState;
import prepdeck.app.LoggedAnswer;
import prepdeck.app.ReviewRow;
import prepdeck.app.ReviewWrite;
import prepdeck.app.ReviewWrites;

/**
 * The review log, card states and settings of one user, on the transaction's handle. A state is kept
 * twice on purpose: as columns of {@code card_states} (current, indexed for the queue) and as a small
 * JSON object in each review's {@code state_before}/{@code state_after} (history, for replies and undo).
 */
final class SqliteReviewLog implements ReviewWrites {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Handle handle;
    private final Dialect dialect;
    private final long deck;
    private final long user;

    SqliteReviewLog(Handle handle, Dialect dialect, long deck, long user) {
        this.handle = handle;
        this.dialect = dialect;
        this.deck = deck;
        this.user = user;
    }

    @Override
    public Optional<CardStateRow> cardState(long cardId) {
        return handle.createQuery(Sql.SELECT_CARD_STATE.text(dialect)).bind("user", user).bind("card", cardId)
                .map((rs, ctx) -> stateRow(rs)).findOne();
    }

    @Override
    public boolean hasTopic(String path) {
        return handle.createQuery(Sql.EXISTS_TOPIC.text(dialect)).bind("deck", deck).bind("path", path).mapTo(Boolean.class).one();
    }

    @Override
    public List<CardStateRow> dueInSteps(Instant until, Optional<String> topic, int limit) {
        return handle.createQuery(Sql.SELECT_DUE_IN_STEPS.text(dialect)).bind("user", user).bind("deck", deck)
                .bind("until", until.toEpochMilli()).bind("topic", topic.orElse(null)).bind("limit", limit)
                .map((rs, ctx) -> stateRow(rs)).list();
    }

    @Override
    public List<CardStateRow> dueForReview(Instant now, Optional<String> topic, int limit) {
        return handle.createQuery(Sql.SELECT_DUE_FOR_REVIEW.text(dialect)).bind("user", user).bind("deck", deck)
                .bind("now", now.toEpochMilli()).bind("topic", topic.orElse(null)).bind("limit", limit)
                .map((rs, ctx) -> stateRow(rs)).list();
    }

    @Override
    public int dueCount(Instant now, Optional<String> topic) {
        return handle.createQuery(Sql.COUNT_DUE.text(dialect)).bind("user", user).bind("deck", deck)
                .bind("now", now.toEpochMilli()).bind("topic", topic.orElse(null)).mapTo(Integer.class).one();
    }

    @Override
    public OptionalLong firstNewCard(Optional<String> topic, Instant now) {
        List<Long> first = newCards(topic, now, 1);
        return first.isEmpty() ? OptionalLong.empty() : OptionalLong.of(first.getFirst());
    }

    @Override
    public List<Long> newCards(Optional<String> topic, Instant now, int limit) {
        return handle.createQuery(Sql.SELECT_NEW_CARDS.text(dialect)).bind("user", user).bind("deck", deck)
                .bind("topic", topic.orElse(null)).bind("now", now.toEpochMilli()).bind("limit", limit).mapTo(Long.class).list();
    }

    @Override
    public prepdeck.app.CardMark cardMark(long cardId) {
        return handle.createQuery(Sql.SELECT_CARD_MARK.text(dialect)).bind("user", user).bind("card", cardId)
                .map((rs, ctx) -> new prepdeck.app.CardMark(cardId, rs.getInt("suspended") == 1,
                        Instant.ofEpochMilli(rs.getLong("buried_until_ms")), rs.getInt("flagged") == 1))
                .findOne().orElse(prepdeck.app.CardMark.none(cardId));
    }

    @Override
    public java.util.Set<Long> heldCards(Instant now) {
        return handle.createQuery(Sql.SELECT_HELD_CARDS.text(dialect)).bind("user", user).bind("deck", deck)
                .bind("now", now.toEpochMilli()).mapTo(Long.class).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public java.util.Set<Long> flaggedCards() {
        return handle.createQuery(Sql.SELECT_FLAGGED_CARDS.text(dialect)).bind("user", user).bind("deck", deck)
                .mapTo(Long.class).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public List<ReviewRow> cardReviews(long cardId) {
        return handle.createQuery(Sql.SELECT_CARD_REVIEWS.text(dialect)).bind("user", user).bind("deck", deck).bind("card", cardId)
                .map((rs, ctx) -> reviewRow(rs)).list();
    }

    @Override
    public void putCardMark(prepdeck.app.CardMark mark, Instant at) {
        handle.createUpdate(Sql.UPSERT_CARD_MARK.text(dialect)).bind("user", user).bind("card", mark.cardId())
                .bind("suspended", mark.suspended() ? 1 : 0).bind("buriedUntil", mark.buriedUntil().toEpochMilli())
                .bind("flagged", mark.flagged() ? 1 : 0).bind("updatedAt", Times.format(at)).execute();
    }

    @Override
    public int cardsIntroducedSince(Instant since) {
        return handle.createQuery(Sql.COUNT_INTRODUCED_SINCE.text(dialect)).bind("user", user).bind("since", since.toEpochMilli())
                .mapTo(Integer.class).one();
    }

    @Override
    public int cardsReviewedSince(Instant since) {
        return handle.createQuery(Sql.COUNT_REVIEWED_SINCE.text(dialect)).bind("user", user).bind("since", since.toEpochMilli())
                .mapTo(Integer.class).one();
    }

    @Override
    public Optional<ReviewRow> reviewByKey(String idempotencyKey) {
        return handle.createQuery(Sql.SELECT_REVIEW_BY_KEY.text(dialect)).bind("user", user).bind("key", idempotencyKey)
                .map((rs, ctx) -> reviewRow(rs)).findOne();
    }

    @Override
    public Optional<ReviewRow> review(long reviewId) {
        return handle.createQuery(Sql.SELECT_REVIEW.text(dialect)).bind("user", user).bind("deck", deck).bind("id", reviewId)
                .map((rs, ctx) -> reviewRow(rs)).findOne();
    }

    @Override
    public Optional<ReviewRow> lastLiveReview() {
        return handle.createQuery(Sql.SELECT_LAST_LIVE_REVIEW.text(dialect)).bind("user", user).bind("deck", deck)
                .map((rs, ctx) -> reviewRow(rs)).findOne();
    }

    @Override
    public Optional<String> setting(String key) {
        return handle.createQuery(Sql.SELECT_SETTING.text(dialect)).bind("user", user).bind("key", key).mapTo(String.class).findOne();
    }

    @Override
    public List<DeckCardState> deckCardStates() {
        return handle.createQuery(Sql.SELECT_DECK_CARD_STATES.text(dialect)).bind("user", user).bind("deck", deck)
                .map((rs, ctx) -> {
                    String topic = rs.getString("topic");
                    Optional<CardStateRow> state = rs.getString("state") == null ? Optional.empty() : Optional.of(stateRow(rs));
                    return new DeckCardState(rs.getLong("card_id"), topic == null ? "" : topic, state);
                }).list();
    }

    @Override
    public List<CardStateRow> cardStates(java.util.Collection<Long> cardIds) {
        if (cardIds.isEmpty()) return List.of();
        return handle.createQuery(Sql.SELECT_CARD_STATES.text(dialect)).bind("user", user).bindList("ids", List.copyOf(cardIds))
                .map((rs, ctx) -> stateRow(rs)).list();
    }

    @Override
    public java.util.Set<Long> dueCardIds(Instant now) {
        return handle.createQuery(Sql.SELECT_DUE_CARD_IDS.text(dialect)).bind("user", user).bind("deck", deck)
                .bind("now", now.toEpochMilli()).mapTo(Long.class).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public List<LoggedAnswer> liveAnswers() {
        return handle.createQuery(Sql.SELECT_LIVE_ANSWERS.text(dialect)).bind("user", user)
                .map((rs, ctx) -> new LoggedAnswer(rs.getLong("card_id"), Instant.parse(rs.getString("reviewed_at")), rs.getInt("rating"),
                        rs.getLong("duration_ms")))
                .list();
    }

    @Override
    public String answersVersion() {
        return handle.createQuery(Sql.SELECT_ANSWERS_VERSION.text(dialect)).bind("user", user).mapTo(String.class).one();
    }

    @Override
    public int newCardCount(Instant now) {
        return handle.createQuery(Sql.COUNT_NEW_CARDS.text(dialect)).bind("user", user).bind("deck", deck).bind("now", now.toEpochMilli())
                .mapTo(Integer.class).one();
    }

    @Override
    public int liveAnswerCount() {
        return handle.createQuery(Sql.COUNT_LIVE_ANSWERS.text(dialect)).bind("user", user).mapTo(Integer.class).one();
    }

    @Override
    public long appendReview(ReviewWrite review) {
        return handle.createQuery(Sql.INSERT_REVIEW.text(dialect)).bindMap(reviewParameters(review)).mapTo(Long.class).one();
    }

    @Override
    public void appendReviews(List<ReviewWrite> reviews) {
        if (reviews.isEmpty()) return;
        PreparedBatch batch = handle.prepareBatch(Sql.INSERT_REVIEW.text(dialect).replace("RETURNING id", ""));
        for (ReviewWrite r : reviews) batch.bindMap(reviewParameters(r)).add();
        batch.execute();
    }

    private java.util.Map<String, Object> reviewParameters(ReviewWrite r) {
        var p = new java.util.HashMap<String, Object>();
        p.put("user", user);
        p.put("card", r.cardId());
        p.put("reviewedAt", Times.format(r.reviewedAt()));
        p.put("rating", r.rating());
        p.put("durationMs", r.durationMs());
        p.put("stateBefore", r.before().map(SqliteReviewLog::json).orElse(null));
        p.put("stateAfter", json(r.after()));
        p.put("key", r.idempotencyKey());
        return p;
    }

    @Override
    public void putCardState(CardStateRow state, Instant firstReview) {
        bindState(handle.createUpdate(Sql.UPSERT_CARD_STATE.text(dialect)), state, firstReview).execute();
    }

    @Override
    public void putCardStates(List<CardStateRow> states, List<Instant> firstReviews) {
        if (states.isEmpty()) return;
        PreparedBatch batch = handle.prepareBatch(Sql.UPSERT_CARD_STATE.text(dialect));
        for (int i = 0; i < states.size(); i++) bindState(batch, states.get(i), firstReviews.get(i)).add();
        batch.execute();
    }

    private <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindState(S statement, CardStateRow s, Instant firstReview) {
        return statement.bind("user", user).bind("card", s.cardId()).bind("state", s.state())
                .bind("stability", s.stability()).bind("difficulty", s.difficulty()).bind("step", s.step()).bind("reps", s.reps())
                .bind("lastReview", s.lastReview().toEpochMilli()).bind("due", s.due().toEpochMilli())
                .bind("introduced", firstReview.toEpochMilli());
    }

    @Override
    public void dropCardState(long cardId) {
        handle.createUpdate(Sql.DELETE_CARD_STATE.text(dialect)).bind("user", user).bind("card", cardId).execute();
    }

    @Override
    public void appendUndo(long reviewId, Instant at) {
        handle.createUpdate(Sql.INSERT_REVIEW_UNDO.text(dialect)).bind("user", user).bind("review", reviewId)
                .bind("undoneAt", Times.format(at)).execute();
    }

    @Override
    public void putSetting(String key, String value) {
        handle.createUpdate(Sql.UPSERT_SETTING.text(dialect)).bind("user", user).bind("key", key).bind("value", value).execute();
    }

    @Override
    public void removeSetting(String key) {
        handle.createUpdate(Sql.DELETE_SETTING.text(dialect)).bind("user", user).bind("key", key).execute();
    }

    @Override
    public List<prepdeck.app.PlannedInterview> plannedInterviews() {
        return handle.createQuery(Sql.SELECT_PLANNED_INTERVIEWS.text(dialect)).bind("user", user)
                .map((rs, ctx) -> new prepdeck.app.PlannedInterview(rs.getLong("id"), rs.getString("name"),
                        java.time.LocalDate.parse(rs.getString("day")), prepdeck.app.PlannedInterview.topicsOf(rs.getString("topics")),
                        Optional.ofNullable(rs.getString("query")), rs.getDouble("importance"))).list();
    }

    @Override
    public List<prepdeck.app.PlanPriority> planPriorities() {
        return handle.createQuery(Sql.SELECT_PLAN_PRIORITIES.text(dialect)).bind("user", user)
                .map((rs, ctx) -> new prepdeck.app.PlanPriority(prepdeck.app.PlanPriority.Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                        rs.getString("target"), rs.getString("priority"))).list();
    }

    @Override
    public long addPlannedInterview(prepdeck.app.PlannedInterview interview, Instant at) {
        return handle.createUpdate(Sql.INSERT_PLANNED_INTERVIEW.text(dialect)).bind("user", user).bind("name", interview.name())
                .bind("day", interview.day().toString()).bind("topics", String.join("\n", interview.topics()))
                .bind("query", interview.query().orElse(null)).bind("importance", interview.importance())
                .bind("createdAt", Times.format(at)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override
    public boolean removePlannedInterview(long id) {
        return handle.createUpdate(Sql.DELETE_PLANNED_INTERVIEW.text(dialect)).bind("user", user).bind("id", id).execute() > 0;
    }

    @Override
    public void putPlanPriority(prepdeck.app.PlanPriority priority) {
        handle.createUpdate(Sql.UPSERT_PLAN_PRIORITY.text(dialect)).bind("user", user).bind("kind", priority.kind().label())
                .bind("target", priority.target()).bind("priority", priority.value()).execute();
    }

    @Override
    public void removePlanPriority(prepdeck.app.PlanPriority.Kind kind, String target) {
        handle.createUpdate(Sql.DELETE_PLAN_PRIORITY.text(dialect)).bind("user", user).bind("kind", kind.label()).bind("target", target).execute();
    }

    private static CardStateRow stateRow(ResultSet rs) throws SQLException {
        return new CardStateRow(rs.getLong("card_id"), rs.getString("state"), rs.getDouble("stability"), rs.getDouble("difficulty"),
                rs.getInt("step"), rs.getInt("reps"), Instant.ofEpochMilli(rs.getLong("last_review_ms")),
                Instant.ofEpochMilli(rs.getLong("due_ms")));
    }

    private static ReviewRow reviewRow(ResultSet rs) throws SQLException {
        long card = rs.getLong("card_id");
        String before = rs.getString("state_before");
        return new ReviewRow(rs.getLong("id"), card, Instant.parse(rs.getString("reviewed_at")), rs.getInt("rating"),
                rs.getLong("duration_ms"), before == null ? Optional.empty() : Optional.of(parse(card, before)),
                parse(card, rs.getString("state_after")), rs.getString("idempotency_key"), rs.getBoolean("undone"));
    }

    /** {"state":"Review","stability":…,"difficulty":…,"step":0,"reps":3,"last_review":"…","due":"…"} */
    static String json(CardStateRow s) {
        var o = JSON.createObjectNode().put("state", s.state()).put("stability", s.stability()).put("difficulty", s.difficulty())
                .put("step", s.step()).put("reps", s.reps())
                .put("last_review", Times.format(s.lastReview())).put("due", Times.format(s.due()));
        return o.toString();
    }

    static CardStateRow parse(long cardId, String json) {
        try {
            JsonNode o = JSON.readTree(json);
            return new CardStateRow(cardId, o.get("state").asText(), o.get("stability").asDouble(), o.get("difficulty").asDouble(),
                    o.get("step").asInt(), o.get("reps").asInt(), Instant.parse(o.get("last_review").asText()),
                    Instant.parse(o.get("due").asText()));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("a stored card state of card " + cardId + " is not readable: " + json, e);
        }
    }
}
