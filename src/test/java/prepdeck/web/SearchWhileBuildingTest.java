package prepdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import prepdeck.app.CardSearch;
import prepdeck.app.GapView;
import prepdeck.app.SearchHit;
import prepdeck.app.SearchIndexBuildingException;

/**
 * A server starting over a large deck builds its search index for seconds; a search asked meanwhile is answered at
 * once with a page that says so and asks again by itself, and the API says when to retry.
 */
class SearchWhileBuildingTest {
    /** An index whose first build never ends within a page's budget. */
    private static final CardSearch BUILDING = new CardSearch() {
        @Override
        public List<SearchHit> search(String query, int limit) {
            throw new AssertionError("a page must not wait for the whole build");
        }

        @Override
        public List<SearchHit> searchWithin(String query, int limit, Duration budget) {
            assertThat(budget).isLessThan(Duration.ofSeconds(1));
            throw new SearchIndexBuildingException(budget, Duration.ofSeconds(2));
        }

        @Override
        public List<GapView> withRelated(List<GapView> gaps, int perGap) {
            return gaps;
        }
    };

    @Test
    void thePageSaysTheIndexIsBeingBuiltAndRefreshesItself() {
        try (var server = new TestServer(new FixtureKnowledge(), 0, app -> app.withSearch(BUILDING))) {
            var page = server.get("/search?q=kafka%20%26%20%3Cb%3E");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"search-building\"", "still being built", "<meta http-equiv=\"refresh\" content=\"2\">",
                    "href=\"/search?q=kafka+%26+%3Cb%3E\"").doesNotContain("<b>\"");
            var results = server.get("/search/results?q=kafka");
            assertThat(results.body()).contains("still being built").doesNotContain("http-equiv");

            var api = server.get("/api/search?q=kafka");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(api.body()).contains("the search index is still being built");
        }
    }

    @Test
    void aReadyIndexLeavesThePageAsItWas() {
        try (var server = new TestServer()) {
            assertThat(server.get("/search?q=kafka").body()).doesNotContain("http-equiv=\"refresh\"", "search-building");
        }
    }
}
