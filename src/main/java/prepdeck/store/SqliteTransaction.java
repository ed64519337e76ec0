package prepdeck.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import prepdeck.app.CardQuery;
import prepdeck.app.CardRow;
import prepdeck.app.CardStateRow;
import prepdeck.app.ReviewRow;
import prepdeck.app.ReviewWrite;
import prepdeck.app.CardWrite;
import prepdeck.app.ImportRecord;
import prepdeck.app.SourceWrite;
import prepdeck.app.Stats;
import prepdeck.app.StoreTransaction;
import prepdeck.app.StoredCard;
import prepdeck.app.StoredSource;
import prepdeck.app.TopicRow;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.Snippet;

/**
 * Reads and writes of one deck on one open handle, inside the transaction the caller began. Named for
 * where it began: the {@link Dialect} says whether the handle is SQLite's or PostgreSQL's.
 */
final class SqliteTransaction implements StoreTransaction {
    /** Ids per {@code IN (…)} list: well under SQLite's limit on bound parameters. */
    private static final int IN_CHUNK = 900;

    private final Handle handle;
    private final Dialect dialect;
    private final long deck;
    private final long user;
    /** Whether the caller may write (false: a read's snapshot, which never takes the import lock). */
    private final boolean writing;
    private boolean deckLocked;
    private SqliteReviewLog reviews;
    /** The deck's change number this transaction took, once it changed a source (0: none yet). */
    private long changeSeq;

    SqliteTransaction(Handle handle, Dialect dialect, long deck, long user, boolean writing) {
        this.handle = handle;
        this.dialect = dialect;
        this.deck = deck;
        this.user = user;
        this.writing = writing;
    }

    /**
     * On PostgreSQL, the first touch of the deck's notes in a write takes the deck's import lock, so two
     * imports into one deck (two app instances, two tabs) run one after the other and the second reads what
     * the first wrote. Practice never calls this, so learners answering do not wait for each other.
     */
    private void notesWrite() {
        if (!writing || deckLocked || dialect != Dialect.POSTGRESQL) return;
        handle.createQuery(Sql.LOCK_DECK.text(dialect)).bind("deck", deck).map((rs, ctx) -> 1).one();
        deckLocked = true;
    }

    @Override
    public Stats stats() {
        return handle.createQuery(Sql.SELECT_STATS.text(dialect)).bind("deck", deck).bind("user", user)
                .map((rs, ctx) -> new Stats(rs.getLong("sources"), rs.getLong("topics"), rs.getLong("cards"),
                        rs.getLong("gaps"), rs.getLong("snippets"), rs.getLong("reviews"), rs.getLong("retired")))
                .one();
    }

    @Override
    public Map<String, StoredSource> sources() {
        notesWrite();
        var out = new HashMap<String, StoredSource>();
        handle.createQuery(Sql.SELECT_SOURCES.text(dialect)).bind("deck", deck)
                .map((rs, ctx) -> new StoredSource(rs.getLong("id"), rs.getString("path"), rs.getString("root"),
                        rs.getString("content_hash"), rs.getString("parser_version"), rs.getBoolean("removed"),
                        Times.parse(rs.getString("changed_at"))))
                .forEach(s -> out.put(s.path(), s));
        return out;
    }

    @Override
    public List<TopicRow> topics() {
        return handle.createQuery(Sql.SELECT_TOPICS.text(dialect)).bind("deck", deck)
                .map((rs, ctx) -> new TopicRow(rs.getLong("id"), optionalLong(rs, "parent_id"), rs.getString("title"),
                        rs.getString("path"), rs.getInt("position"), rs.getInt("cards"), rs.getInt("gaps")))
                .list();
    }

    @Override
    public List<CardRow> cards(CardQuery query) {
        return handle.createQuery(Sql.SELECT_CARDS.text(dialect)).bind("deck", deck)
                .bind("includeRetired", query.includeRetired())
                .bind("source", query.source().orElse(null))
                .bind("topic", query.topic().orElse(null))
                .map((rs, ctx) -> cardRow(rs))
                .list();
    }

    @Override
    public java.util.Map<Long, Instant> cardsUpdatedAt() {
        var out = new java.util.HashMap<Long, Instant>();
        handle.createQuery(Sql.SELECT_CARDS_UPDATED_AT.text(dialect)).bind("deck", deck)
                .map((rs, ctx) -> java.util.Map.entry(rs.getLong("id"), Times.parse(rs.getString("updated_at"))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public Optional<CardRow> card(long id) {
        return handle.createQuery(Sql.SELECT_CARD.text(dialect)).bind("deck", deck).bind("id", id)
                .map((rs, ctx) -> cardRow(rs)).findOne();
    }

    @Override
    public List<CardRow> cards(CardQuery query, int offset, int limit) {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit cannot be negative: " + offset + ", " + limit);
        return handle.createQuery(Sql.SELECT_CARDS_PAGE.text(dialect)).bind("deck", deck)
                .bind("includeRetired", query.includeRetired())
                .bind("source", query.source().orElse(null))
                .bind("topic", query.topic().orElse(null))
                .bind("offset", offset).bind("limit", limit)
                .map((rs, ctx) -> cardRow(rs))
                .list();
    }

    @Override
    public List<CardRow> cardsWithSnippets() {
        return handle.createQuery(Sql.SELECT_CARDS_WITH_SNIPPETS.text(dialect)).bind("deck", deck).map((rs, ctx) -> cardRow(rs)).list();
    }

    @Override
    public int countCards(CardQuery query) {
        return handle.createQuery(Sql.COUNT_CARDS.text(dialect)).bind("deck", deck)
                .bind("includeRetired", query.includeRetired())
                .bind("source", query.source().orElse(null))
                .bind("topic", query.topic().orElse(null))
                .mapTo(Integer.class).one();
    }

    @Override
    public List<CardRow> cardsWithStatus(CardStatus status, Optional<String> topic, int offset, int limit) {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit cannot be negative: " + offset + ", " + limit);
        var sql = topic.isPresent() ? Sql.SELECT_TOPIC_CARDS_WITH_STATUS : Sql.SELECT_CARDS_WITH_STATUS;
        var query = handle.createQuery(sql.text(dialect)).bind("deck", deck).bind("status", status.code());
        topic.ifPresent(t -> query.bind("topic", t));
        return query.bind("offset", offset).bind("limit", limit)
                .map((rs, ctx) -> cardRow(rs))
                .list();
    }

    @Override
    public int countCardsWithStatus(CardStatus status, Optional<String> topic) {
        var sql = topic.isPresent() ? Sql.COUNT_TOPIC_CARDS_WITH_STATUS : Sql.COUNT_CARDS_WITH_STATUS;
        var query = handle.createQuery(sql.text(dialect)).bind("deck", deck).bind("status", status.code());
        topic.ifPresent(t -> query.bind("topic", t));
        return query.mapTo(Integer.class).one();
    }

    private static CardRow cardRow(ResultSet rs) throws SQLException {
        return new CardRow(rs.getLong("id"), rs.getString("prompt"), rs.getString("answer"),
                CardKind.fromCode(rs.getString("kind")), rs.getString("topic"), rs.getString("source"), rs.getInt("line"),
                Language.fromCode(rs.getString("language")), CardStatus.fromCode(rs.getString("status")),
                optionalLong(rs, "parent_id"), rs.getString("stem"));
    }

    @Override
    public Map<Long, List<Long>> followUps(List<Long> cardIds) {
        var out = new HashMap<Long, List<Long>>();
        for (List<Long> chunk : chunks(cardIds)) {
            handle.createQuery(Sql.SELECT_FOLLOW_UPS.text(dialect)).bindList("ids", chunk)
                    .map((rs, ctx) -> new long[] {rs.getLong("parent_id"), rs.getLong("id")})
                    .forEach(p -> out.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]));
        }
        return out;
    }

    @Override
    public Map<Long, List<Snippet>> snippets(List<Long> cardIds) {
        var out = new HashMap<Long, List<Snippet>>();
        for (List<Long> chunk : chunks(cardIds)) {
            handle.createQuery(Sql.SELECT_SNIPPETS.text(dialect)).bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getLong("card_id"), new Snippet(rs.getString("language"),
                            rs.getString("code"), Optional.ofNullable(rs.getString("expected_output")), rs.getInt("line"))))
                    .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return out;
    }

    @Override
    public Map<Long, List<Reference>> references(List<Long> cardIds) {
        var out = new HashMap<Long, List<Reference>>();
        for (List<Long> chunk : chunks(cardIds)) {
            handle.createQuery(Sql.SELECT_REFERENCES.text(dialect)).bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getLong("card_id"), reference(rs)))
                    .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return out;
    }

    @Override
    public Map<Long, List<String>> tags(List<Long> cardIds) {
        var out = new HashMap<Long, List<String>>();
        for (List<Long> chunk : chunks(cardIds)) {
            handle.createQuery(Sql.SELECT_TAGS.text(dialect)).bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getLong("card_id"), rs.getString("tag")))
                    .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return out;
    }

    private static Reference reference(ResultSet rs) throws SQLException {
        return switch (rs.getString("type")) {
            case "link" -> new Reference.Link(rs.getString("url"), rs.getInt("line"));
            case "timecode" -> new Reference.TimeCode(rs.getString("video"), rs.getInt("seconds"), rs.getString("label"), rs.getInt("line"));
            default -> throw new IllegalStateException("unknown reference type '" + rs.getString("type") + "'");
        };
    }

    @Override
    public List<StoredCard> cardsOfSources(Collection<Long> sourceIds) {
        notesWrite();
        var out = new ArrayList<StoredCard>();
        for (List<Long> chunk : chunks(List.copyOf(sourceIds))) {
            handle.createQuery(Sql.SELECT_SOURCES_CARDS.text(dialect)).bindList("ids", chunk).bind("deck", deck)
                    .map((rs, ctx) -> new StoredCard(rs.getLong("id"), rs.getString("identity"),
                            CardKind.fromCode(rs.getString("kind")), rs.getString("prompt"), rs.getString("answer"),
                            CardStatus.fromCode(rs.getString("status")), rs.getLong("source_id"), rs.getString("source"),
                            rs.getString("topic"), rs.getString("stem")))
                    .forEach(out::add);
        }
        return out;
    }

    @Override
    public Map<Long, Integer> reviewCounts(Collection<Long> cardIds) {
        var out = new HashMap<Long, Integer>();
        for (List<Long> chunk : chunks(List.copyOf(cardIds))) {
            handle.createQuery(Sql.COUNT_CARD_REVIEWS.text(dialect)).bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getLong("card_id"), rs.getInt("reviews")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    @Override
    public long saveSource(SourceWrite source, Instant now) {
        notesWrite();
        long sourceId = handle.createQuery(Sql.UPSERT_SOURCE.text(dialect)).bind("deck", deck)
                .bind("path", source.path()).bind("root", source.root()).bind("format", source.format().code()).bind("language", source.language().code())
                .bind("contentHash", source.contentHash()).bind("parserVersion", source.parserVersion())
                .bind("now", Times.format(now))
                .mapTo(Long.class).one();
        logChange(sourceId, now);
        return sourceId;
    }

    @Override
    public int removeSource(long sourceId, Instant now) {
        notesWrite();
        String at = Times.format(now);
        int retired = handle.createUpdate(Sql.RETIRE_SOURCE_CARDS.text(dialect)).bind("source", sourceId).bind("deck", deck).bind("now", at).execute();
        handle.createUpdate(Sql.MARK_SOURCE_REMOVED.text(dialect)).bind("source", sourceId).bind("deck", deck).bind("now", at).execute();
        handle.createUpdate(Sql.DELETE_SOURCE_TOPICS.text(dialect)).bind("source", sourceId).execute();
        logChange(sourceId, now);
        return retired;
    }

    /** Lists the source in the deck's change log under this transaction's change number (taken on first use). */
    private void logChange(long sourceId, Instant now) {
        if (changeSeq == 0) changeSeq = handle.createQuery(Sql.NEXT_CHANGE_SEQ.text(dialect)).bind("deck", deck).mapTo(Long.class).one();
        handle.createUpdate(Sql.INSERT_CHANGE.text(dialect)).bind("deck", deck).bind("seq", changeSeq).bind("source", sourceId)
                .bind("now", Times.format(now)).execute();
    }

    @Override
    public prepdeck.app.DeckChanges changesSince(long since) {
        long latest = handle.createQuery(Sql.SELECT_CHANGE_SEQ.text(dialect)).bind("deck", deck).mapTo(Long.class).one();
        if (latest <= since) return new prepdeck.app.DeckChanges(latest, java.util.Set.of());
        var ids = handle.createQuery(Sql.SELECT_CHANGES_SINCE.text(dialect)).bind("deck", deck).bind("since", since)
                .map((rs, ctx) -> rs.getLong("source_id")).set();
        return new prepdeck.app.DeckChanges(latest, ids);
    }

    @Override
    public long insertTopic(Optional<Long> parent, String title, String path, int position) {
        notesWrite();
        return handle.createQuery(Sql.INSERT_TOPIC.text(dialect)).bind("deck", deck)
                .bind("parent", parent.orElse(null)).bind("title", title).bind("path", path).bind("position", position)
                .mapTo(Long.class).one();
    }

    @Override
    public void linkSourceTopics(long sourceId, Collection<Long> topicIds) {
        notesWrite();
        handle.createUpdate(Sql.DELETE_SOURCE_TOPICS.text(dialect)).bind("source", sourceId).execute();
        if (topicIds.isEmpty()) return;
        PreparedBatch batch = handle.prepareBatch(Sql.INSERT_SOURCE_TOPIC.text(dialect));
        for (long topic : topicIds) batch.bind("source", sourceId).bind("topic", topic).add();
        batch.execute();
    }

    @Override
    public List<Long> saveCards(long sourceId, List<CardWrite> cards, Instant now) {
        notesWrite();
        // ids are handed out before the batch so a whole source's cards, parents and follow-ups, go in at once
        var fresh = newCardIds((int) cards.stream().filter(c -> c.id().isEmpty()).count()).iterator();
        var ids = new ArrayList<Long>(cards.size());
        for (CardWrite c : cards) ids.add(c.id().orElseGet(fresh::next));
        String at = Times.format(now);
        // new cards first: an updated card may become the follow-up of a card this source just gained
        PreparedBatch inserts = handle.prepareBatch(Sql.INSERT_CARD.text(dialect));
        PreparedBatch updates = handle.prepareBatch(Sql.UPDATE_CARD.text(dialect));
        for (int i = 0; i < cards.size(); i++) {
            CardWrite c = cards.get(i);
            NoteCard card = c.card();
            PreparedBatch batch = c.id().isPresent() ? updates : inserts;
            batch.bind("id", ids.get(i)).bind("deck", deck).bind("identity", c.identity()).bind("source", sourceId)
                    .bind("topic", c.topic().orElse(null))
                    .bind("parent", card.parent().isPresent() ? ids.get(card.parent().getAsInt()) : null)
                    .bind("kind", card.kind().code()).bind("prompt", card.prompt()).bind("stem", card.stem()).bind("answer", card.answer())
                    .bind("language", card.language().code()).bind("line", card.line())
                    .bind("status", card.status().code()).bind("position", i).bind("now", at)
                    .add();
        }
        if (inserts.size() > 0) inserts.execute();
        if (updates.size() > 0) updates.execute();
        return ids;
    }

    private List<Long> newCardIds(int count) {
        if (count == 0) return List.of();
        return handle.createQuery(Sql.NEXT_CARD_IDS.text(dialect)).bind("count", count).mapTo(Long.class).list();
    }

    @Override
    public void renameCards(Map<Long, String> identities) {
        notesWrite();
        if (identities.isEmpty()) return;
        PreparedBatch batch = handle.prepareBatch(Sql.UPDATE_CARD_IDENTITY.text(dialect));
        identities.forEach((id, identity) -> batch.bind("id", id).bind("deck", deck).bind("identity", identity).add());
        batch.execute();
    }

    @Override
    public void retireCards(Collection<Long> cardIds, Instant now) {
        notesWrite();
        if (cardIds.isEmpty()) return;
        PreparedBatch batch = handle.prepareBatch(Sql.RETIRE_CARD.text(dialect));
        String at = Times.format(now);
        for (long id : cardIds) batch.bind("id", id).bind("deck", deck).bind("now", at).add();
        batch.execute();
    }

    @Override
    public void replaceAttachments(long sourceId, List<Long> cardIds, List<NoteCard> cards) {
        notesWrite();
        handle.createUpdate(Sql.DELETE_SOURCE_SNIPPETS.text(dialect)).bind("source", sourceId).execute();
        handle.createUpdate(Sql.DELETE_SOURCE_REFERENCES.text(dialect)).bind("source", sourceId).execute();
        handle.createUpdate(Sql.DELETE_SOURCE_TAGS.text(dialect)).bind("source", sourceId).execute();
        PreparedBatch tags = handle.prepareBatch(Sql.INSERT_TAG.text(dialect));
        PreparedBatch snippets = handle.prepareBatch(Sql.INSERT_SNIPPET.text(dialect));
        PreparedBatch references = handle.prepareBatch(Sql.INSERT_REFERENCE.text(dialect));
        for (int i = 0; i < cards.size(); i++) {
            long card = cardIds.get(i);
            var cardSnippets = cards.get(i).snippets();
            for (int k = 0; k < cardSnippets.size(); k++) {
                Snippet s = cardSnippets.get(k);
                snippets.bind("card", card).bind("position", k).bind("language", s.language()).bind("code", s.code())
                        .bind("expectedOutput", s.expectedOutput().orElse(null)).bind("line", s.line()).add();
            }
            var cardTags = cards.get(i).tags();
            for (int k = 0; k < cardTags.size(); k++) tags.bind("card", card).bind("position", k).bind("tag", cardTags.get(k)).add();
            var cardReferences = cards.get(i).references();
            for (int k = 0; k < cardReferences.size(); k++) {
                references.bind("card", card).bind("position", k);
                switch (cardReferences.get(k)) {
                    // typed nulls: a batch binds every row with the argument types of its first row
                    case Reference.Link l -> references.bind("type", "link").bind("url", l.url())
                            .bind("video", (String) null).bind("seconds", (Integer) null)
                            .bind("label", (String) null).bind("line", l.line());
                    case Reference.TimeCode t -> references.bind("type", "timecode").bind("url", (String) null)
                            .bind("video", t.video()).bind("seconds", (Integer) t.seconds()).bind("label", t.label()).bind("line", t.line());
                }
                references.add();
            }
        }
        if (snippets.size() > 0) snippets.execute();
        if (references.size() > 0) references.execute();
        if (tags.size() > 0) tags.execute();
    }

    @Override
    public int removeOrphanTopics() {
        notesWrite();
        int removed = 0;
        for (int round; (round = handle.createUpdate(Sql.DELETE_ORPHAN_TOPICS.text(dialect)).bind("deck", deck).execute()) > 0; ) {
            removed += round;
        }
        return removed;
    }

    @Override
    public void recordImport(ImportRecord r) {
        notesWrite();
        var t = r.totals();
        handle.createUpdate(Sql.INSERT_IMPORT.text(dialect)).bind("deck", deck).bind("user", user)
                .bind("startedAt", Times.format(r.startedAt())).bind("finishedAt", Times.format(r.finishedAt()))
                .bind("roots", String.join("\n", r.roots()))
                .bind("sources", t.sources()).bind("topics", t.topics()).bind("cards", t.cards()).bind("gaps", t.gaps())
                .bind("snippets", t.snippets()).bind("retired", t.retired()).bind("unchangedSources", t.unchangedSources())
                .bind("rejectedSources", r.rejectedSources()).bind("diagnostics", r.diagnostics())
                .execute();
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        var out = new ArrayList<List<Long>>();
        for (int i = 0; i < ids.size(); i += IN_CHUNK) out.add(ids.subList(i, Math.min(ids.size(), i + IN_CHUNK)));
        return out;
    }

    /** Practice's tables, on the same handle; made on first use so imports and listings never load them. */
    private SqliteReviewLog reviews() {
        if (reviews == null) reviews = new SqliteReviewLog(handle, dialect, deck, user);
        return reviews;
    }

    @Override
    public Optional<CardStateRow> cardState(long cardId) {
        return reviews().cardState(cardId);
    }

    @Override
    public boolean hasTopic(String path) {
        return reviews().hasTopic(path);
    }

    @Override
    public List<CardStateRow> dueInSteps(Instant until, Optional<String> topic, int limit) {
        return reviews().dueInSteps(until, topic, limit);
    }

    @Override
    public List<CardStateRow> dueForReview(Instant now, Optional<String> topic, int limit) {
        return reviews().dueForReview(now, topic, limit);
    }

    @Override
    public int dueCount(Instant now, Optional<String> topic) {
        return reviews().dueCount(now, topic);
    }

    @Override
    public OptionalLong firstNewCard(Optional<String> topic, Instant now) {
        return reviews().firstNewCard(topic, now);
    }

    @Override
    public List<Long> newCards(Optional<String> topic, Instant now, int limit) {
        return reviews().newCards(topic, now, limit);
    }

    @Override
    public prepdeck.app.CardMark cardMark(long cardId) {
        return reviews().cardMark(cardId);
    }

    @Override
    public java.util.Set<Long> heldCards(Instant now) {
        return reviews().heldCards(now);
    }

    @Override
    public java.util.Set<Long> flaggedCards() {
        return reviews().flaggedCards();
    }

    @Override
    public List<ReviewRow> cardReviews(long cardId) {
        return reviews().cardReviews(cardId);
    }

    @Override
    public void putCardMark(prepdeck.app.CardMark mark, Instant at) {
        reviews().putCardMark(mark, at);
    }

    @Override
    public int cardsIntroducedSince(Instant since) {
        return reviews().cardsIntroducedSince(since);
    }

    @Override
    public int cardsReviewedSince(Instant since) {
        return reviews().cardsReviewedSince(since);
    }

    @Override
    public Optional<ReviewRow> reviewByKey(String idempotencyKey) {
        return reviews().reviewByKey(idempotencyKey);
    }

    @Override
    public Optional<ReviewRow> review(long reviewId) {
        return reviews().review(reviewId);
    }

    @Override
    public Optional<ReviewRow> lastLiveReview() {
        return reviews().lastLiveReview();
    }

    @Override
    public Optional<String> setting(String key) {
        return reviews().setting(key);
    }

    @Override
    public long appendReview(ReviewWrite review) {
        return reviews().appendReview(review);
    }

    @Override
    public void appendReviews(List<ReviewWrite> list) {
        reviews().appendReviews(list);
    }

    @Override
    public void putCardState(CardStateRow state, Instant firstReview) {
        reviews().putCardState(state, firstReview);
    }

    @Override
    public void putCardStates(List<CardStateRow> states, List<Instant> firstReviews) {
        reviews().putCardStates(states, firstReviews);
    }

    @Override
    public void dropCardState(long cardId) {
        reviews().dropCardState(cardId);
    }

    @Override
    public void appendUndo(long reviewId, Instant at) {
        reviews().appendUndo(reviewId, at);
    }

    @Override
    public void putSetting(String key, String value) {
        reviews().putSetting(key, value);
    }

    @Override
    public void removeSetting(String key) {
        reviews().removeSetting(key);
    }

    @Override
    public List<prepdeck.app.PlannedInterview> plannedInterviews() {
        return reviews().plannedInterviews();
    }

    @Override
    public List<prepdeck.app.PlanPriority> planPriorities() {
        return reviews().planPriorities();
    }

    @Override
    public long addPlannedInterview(prepdeck.app.PlannedInterview interview, java.time.Instant at) {
        return reviews().addPlannedInterview(interview, at);
    }

    @Override
    public boolean removePlannedInterview(long id) {
        return reviews().removePlannedInterview(id);
    }

    @Override
    public void putPlanPriority(prepdeck.app.PlanPriority priority) {
        reviews().putPlanPriority(priority);
    }

    @Override
    public void removePlanPriority(prepdeck.app.PlanPriority.Kind kind, String target) {
        reviews().removePlanPriority(kind, target);
    }

    @Override
    public List<prepdeck.app.DeckCardState> deckCardStates() {
        return reviews().deckCardStates();
    }

    @Override
    public List<CardStateRow> cardStates(java.util.Collection<Long> cardIds) {
        return reviews().cardStates(cardIds);
    }

    @Override
    public java.util.Set<Long> dueCardIds(Instant now) {
        return reviews().dueCardIds(now);
    }

    @Override
    public List<prepdeck.app.LoggedAnswer> liveAnswers() {
        return reviews().liveAnswers();
    }

    @Override
    public String answersVersion() {
        return reviews().answersVersion();
    }

    @Override
    public int newCardCount(Instant now) {
        return reviews().newCardCount(now);
    }

    @Override
    public int liveAnswerCount() {
        return reviews().liveAnswerCount();
    }
}
