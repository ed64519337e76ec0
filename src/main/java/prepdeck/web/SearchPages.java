package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import prepdeck.app.SearchHit;
import prepdeck.app.SearchSyntaxException;
import prepdeck.web.view.SearchPage;

/** The search page, and the results list the search box in every page's header fetches as you type. */
final class SearchPages {
    static final int LIMIT = 20;
    /** How long a search waits for the index's first build before the page says it is being built. */
    static final java.time.Duration BUILD_BUDGET = java.time.Duration.ofMillis(500);

    private final RequestUseCases.Resolver useCases;
    private final HtmlReply html;

    SearchPages(RequestUseCases.Resolver useCases, HtmlReply html) {
        this.useCases = useCases;
        this.html = html;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/search", ctx -> html.ok(ctx, "search.jte", page(ctx)));
        routes.get("/search/results", ctx -> html.ok(ctx, "partials/search_results.jte", page(ctx)));
    }

    private SearchPage page(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        if (q.isEmpty()) return new SearchPage(q, List.of(), "", false);
        try {
            List<SearchHit> hits = useCases.of(ctx).search().searchWithin(q, LIMIT, BUILD_BUDGET);
            return new SearchPage(q, hits, "", false);
        } catch (SearchSyntaxException e) {
            return new SearchPage(q, List.of(), e.getMessage(), false);
        } catch (prepdeck.app.SearchIndexBuildingException e) {
            return new SearchPage(q, List.of(), "", true);
        }
    }
}
