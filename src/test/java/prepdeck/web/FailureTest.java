package prepdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import prepdeck.app.CardQuery;
import prepdeck.app.CardView;
import prepdeck.app.GapView;
import prepdeck.app.Knowledge;
import prepdeck.app.Stats;
import prepdeck.app.TopicView;

/** When the knowledge behind the pages fails, each request says so and the server carries on. */
class FailureTest {
    private static TestServer server;

    /** A store that has lost its database. */
    private static final class BrokenKnowledge implements Knowledge {
        private static IllegalStateException broken() {
            return new IllegalStateException("database is locked");
        }

        @Override public Stats stats() { throw broken(); }
        @Override public List<TopicView> topics() { throw broken(); }
        @Override public List<CardView> cards(CardQuery query) { throw broken(); }
        @Override public Optional<CardView> card(long id) { throw broken(); }
        @Override public List<GapView> gaps() { throw broken(); }
    }

    @BeforeAll
    static void start() {
        server = new TestServer(new BrokenKnowledge(), 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void apiAnswers500AsJsonAndHealthStillAnswers() {
        var response = server.get("/api/cards/1");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).startsWith("{\"error\":\"internal error: ").contains("database is locked");
        assertThat(server.get("/api/health").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesAnswer500AsAPage() {
        var response = server.get("/gaps");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("<h1>Something went wrong</h1>", "database is locked");
    }
}
