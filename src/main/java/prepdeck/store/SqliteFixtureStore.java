package prepdeck.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import prepdeck.app.FixtureStore;
import prepdeck.app.SnippetFixture;

/** The snippet fixtures of one deck's cards, in the {@code snippet_fixtures} table. */
final class SqliteFixtureStore implements FixtureStore {
    private final Jdbi writer;
    private final Jdbi reader;
    private final Dialect dialect;
    private final long deck;

    SqliteFixtureStore(Jdbi writer, Jdbi reader, Dialect dialect, long deck) {
        this.writer = writer;
        this.dialect = dialect;
        this.reader = reader;
        this.deck = deck;
    }

    @Override
    public Map<Long, Map<String, String>> all() {
        var out = new HashMap<Long, Map<String, String>>();
        reader.useHandle(h -> h.createQuery(Sql.SELECT_DECK_FIXTURES.text(dialect)).bind("deck", deck)
                .map((rs, ctx) -> new Object[] {rs.getLong("card_id"), rs.getString("name"), rs.getString("content")})
                .forEach(row -> out.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>()).put((String) row[1], (String) row[2])));
        return out;
    }

    @Override
    public List<SnippetFixture> ofCard(long cardId) {
        return reader.withHandle(h -> h.createQuery(Sql.SELECT_CARD_FIXTURES.text(dialect)).bind("deck", deck).bind("card", cardId)
                .map((rs, ctx) -> new SnippetFixture(rs.getString("name"), rs.getString("content"))).list());
    }

    @Override
    public boolean save(long cardId, String name, String content, Instant now) {
        return writer.inTransaction(h -> h.createUpdate(Sql.UPSERT_FIXTURE.text(dialect)).bind("deck", deck).bind("card", cardId)
                .bind("name", name).bind("content", content).bind("now", Times.format(now)).execute()) > 0;
    }

    @Override
    public boolean remove(long cardId, String name) {
        return writer.inTransaction(h -> h.createUpdate(Sql.DELETE_FIXTURE.text(dialect)).bind("deck", deck).bind("card", cardId)
                .bind("name", name).execute()) > 0;
    }

    @Override
    public void saveResults(List<prepdeck.app.StoredSnippetResult> results) {
        if (results.isEmpty()) return;
        writer.useTransaction(h -> {
            var batch = h.prepareBatch(Sql.UPSERT_SNIPPET_RESULT.text(dialect));
            for (var r : results) {
                batch.bind("deck", deck).bind("card", r.cardId()).bind("position", r.index()).bind("code", r.code()).bind("status", r.status())
                        .bind("detail", r.detail()).bind("line", r.line()).bind("isolation", r.isolation()).bind("tookMs", r.tookMs())
                        .bind("checkedAt", Times.format(r.checkedAt())).add();
            }
            batch.execute();
        });
    }

    @Override
    public List<prepdeck.app.StoredSnippetResult> results() {
        return reader.withHandle(h -> h.createQuery(Sql.SELECT_SNIPPET_RESULTS.text(dialect)).bind("deck", deck)
                .map((rs, ctx) -> new prepdeck.app.StoredSnippetResult(rs.getLong("card_id"), rs.getInt("position"), rs.getString("code"),
                        rs.getString("status"), rs.getString("detail"), rs.getInt("line"), rs.getString("isolation"), rs.getLong("took_ms"),
                        java.time.Instant.parse(rs.getString("checked_at"))))
                .list());
    }
}
