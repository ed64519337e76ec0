package prepdeck.web.view;

import java.util.List;
import prepdeck.app.SearchHit;

/**
 * A query and what it found.
 *
 * @param error why the query could not be read (it names the bad token), or empty
 */
public record SearchPage(String query, List<SearchHit> hits, String error) {
    public SearchPage {
        hits = List.copyOf(hits);
    }
}
