package prepdeck.web.view;

import java.util.List;
import prepdeck.app.SearchHit;

/**
 * A query and what it found.
 *
 * @param error    why the query could not be read (it names the bad token), or empty
 * @param building the index is still being built for the first time (a server starting over a large deck): no
 *                 results yet, and the page asks again by itself
 */
public record SearchPage(String query, List<SearchHit> hits, String error, boolean building) {
    public SearchPage {
        hits = List.copyOf(hits);
    }

    /** The query as a URL's {@code q=} value. */
    public String queryInUrl() {
        return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }
}
