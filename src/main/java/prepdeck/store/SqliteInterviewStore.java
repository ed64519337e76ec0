package prepdeck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import prepdeck.app.InterviewQuestion;
import prepdeck.app.InterviewSession;
import prepdeck.app.InterviewSettings;
import prepdeck.app.InterviewStore;
import prepdeck.app.PointResult;
import prepdeck.knowledge.Language;

/** One user's mock interviews over one deck, in {@code interview_sessions} and {@code interview_questions}. */
final class SqliteInterviewStore implements InterviewStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi writer;
    private final Jdbi reader;
    private final Dialect dialect;
    private final long deck;
    private final long user;

    SqliteInterviewStore(Jdbi writer, Jdbi reader, Dialect dialect, long deck, long user) {
        this.writer = writer;
        this.dialect = dialect;
        this.reader = reader;
        this.deck = deck;
        this.user = user;
    }

    @Override
    public long create(InterviewSettings settings, List<Planned> questions, Instant at) {
        return writer.inTransaction(h -> {
            long id = h.createUpdate(Sql.INSERT_SESSION.text(dialect)).bind("user", user).bind("deck", deck).bind("started", Times.format(at))
                    .bind("seed", settings.seed()).bind("limit", settings.questionLimit()).bind("minutes", settings.minutes().orElse(null))
                    .bind("topics", String.join("\n", settings.topics()))
                    .bind("language", settings.language().map(Language::code).orElse(null))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            var batch = h.prepareBatch(Sql.INSERT_QUESTION.text(dialect));
            for (int i = 0; i < questions.size(); i++) {
                Planned q = questions.get(i);
                batch.bind("session", id).bind("position", i).bind("card", q.cardId()).bind("main", q.mainCardId())
                        .bind("follow_up", q.followUp() ? 1 : 0).bind("prompt", q.prompt()).bind("topic", q.topic())
                        .bind("language", q.language()).bind("asked", i == 0 ? Times.format(at) : null).add();
            }
            if (!questions.isEmpty()) batch.execute();
            return id;
        });
    }

    @Override
    public Optional<InterviewSession> session(long id) {
        return reader.inTransaction(h -> {
            var settings = h.createQuery(Sql.SELECT_SESSION.text(dialect)).bind("session", id).bind("user", user).bind("deck", deck)
                    .map((rs, ctx) -> header(rs)).findOne();
            if (settings.isEmpty()) return Optional.<InterviewSession>empty();
            var questions = questions(h, id).getOrDefault(id, List.of());
            return Optional.of(settings.get().with(questions));
        });
    }

    @Override
    public List<InterviewSession> sessions() {
        return reader.inTransaction(h -> {
            var headers = h.createQuery(Sql.SELECT_SESSIONS.text(dialect)).bind("user", user).bind("deck", deck).map((rs, ctx) -> header(rs)).list();
            var questions = questions(h, null);
            return headers.stream().map(s -> s.with(questions.getOrDefault(s.id(), List.of()))).toList();
        });
    }

    @Override
    public void saveAnswer(long session, int position, String answer, boolean revealed, Optional<Double> score, List<PointResult> points, Instant at) {
        update(Sql.UPDATE_ANSWER, session, position, Map.of("answer", answer, "revealed", revealed ? 1 : 0, "points", json(points),
                "at", Times.format(at)), score.orElse(null));
    }

    @Override
    public void saveGrade(long session, int position, int rating, long reviewId, Instant at) {
        update(Sql.UPDATE_GRADE, session, position, Map.of("rating", rating, "review", reviewId, "at", Times.format(at)), null);
    }

    @Override
    public void skip(long session, int position, Instant at) {
        update(Sql.UPDATE_SKIP, session, position, Map.of("at", Times.format(at)), null);
    }

    @Override
    public void asked(long session, int position, Instant at) {
        update(Sql.UPDATE_ASKED, session, position, Map.of("at", Times.format(at)), null);
    }

    @Override
    public void finish(long session, Instant at) {
        writer.useTransaction(h -> h.createUpdate(Sql.UPDATE_FINISHED.text(dialect)).bind("session", session).bind("user", user)
                .bind("at", Times.format(at)).execute());
    }

    private void update(Sql sql, long session, int position, Map<String, Object> values, Double score) {
        writer.useTransaction(h -> {
            var u = h.createUpdate(sql.text(dialect)).bind("session", session).bind("position", position);
            values.forEach(u::bind);
            if (sql == Sql.UPDATE_ANSWER) u.bind("score", score);
            u.execute();
        });
    }

    /** A session's row, waiting for its questions. */
    private record Header(long id, Instant started, Optional<Instant> finished, InterviewSettings settings) {
        InterviewSession with(List<InterviewQuestion> questions) {
            return new InterviewSession(id, started, finished, settings, questions);
        }
    }

    private static Header header(ResultSet rs) throws SQLException {
        String topics = rs.getString("topics");
        int minutes = rs.getInt("minutes");
        Optional<Integer> m = rs.wasNull() ? Optional.empty() : Optional.of(minutes);
        var settings = new InterviewSettings(rs.getInt("question_limit"), m,
                topics.isEmpty() ? List.of() : Arrays.asList(topics.split("\n")),
                Optional.ofNullable(rs.getString("language")).map(Language::fromCode), rs.getLong("seed"));
        return new Header(rs.getLong("id"), Times.parse(rs.getString("started_at")),
                Optional.ofNullable(rs.getString("finished_at")).map(Times::parse), settings);
    }

    private Map<Long, List<InterviewQuestion>> questions(Handle h, Long session) {
        var out = new LinkedHashMap<Long, List<InterviewQuestion>>();
        h.createQuery(Sql.SELECT_QUESTIONS.text(dialect)).bind("user", user).bind("deck", deck).bind("session", session)
                .map((rs, ctx) -> Map.entry(rs.getLong("session_id"), question(rs)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    private static InterviewQuestion question(ResultSet rs) throws SQLException {
        double score = rs.getDouble("score");
        Optional<Double> s = rs.wasNull() ? Optional.empty() : Optional.of(score);
        int rating = rs.getInt("rating");
        Optional<Integer> r = rs.wasNull() ? Optional.empty() : Optional.of(rating);
        long review = rs.getLong("review_id");
        Optional<Long> rv = rs.wasNull() ? Optional.empty() : Optional.of(review);
        return new InterviewQuestion(rs.getInt("position"), rs.getLong("card_id"), rs.getLong("main_card_id"), rs.getInt("follow_up") == 1,
                rs.getString("prompt"), rs.getString("topic"), Language.fromCode(rs.getString("language")), time(rs, "asked_at"),
                time(rs, "answered_at"), Optional.ofNullable(rs.getString("answer")), rs.getInt("revealed") == 1, s,
                points(rs.getString("points")), r, rv, rs.getInt("skipped") == 1, time(rs, "done_at"));
    }

    private static Optional<Instant> time(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).map(Times::parse);
    }

    /** A point as stored; rows written before statuses were kept have none (null). */
    private record Point(String text, boolean covered, String status, List<String> matched) {
        PointResult result() {
            if (status == null) return new PointResult(text, covered);
            return new PointResult(text, prepdeck.review.interview.PointCheck.Status.valueOf(status.toUpperCase(java.util.Locale.ROOT)),
                    matched == null ? List.of() : matched, false);
        }
    }

    private static String json(List<PointResult> points) {
        try {
            return JSON.writeValueAsString(points.stream().map(p -> new Point(p.text(), p.covered(), p.status().code(), p.matched())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<PointResult> points(String json) {
        if (json == null) return List.of();
        try {
            return JSON.readValue(json, new TypeReference<List<Point>>() {}).stream().map(Point::result).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("interview points are not JSON: " + json, e);
        }
    }
}
