package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import prepdeck.app.GapView;
import prepdeck.app.Knowledge;
import prepdeck.app.TopicView;
import prepdeck.web.view.CardLink;
import prepdeck.web.view.GapsPage;
import prepdeck.web.view.Pager;

/** What the notes still miss, topic by topic. */
final class GapPages {
    /** Cards from elsewhere in the notes listed under each gap, best first. */
    static final int RELATED_PER_GAP = 5;
    /** Gaps a page lists; their covering cards are found for the page's gaps only. */
    static final int GAPS_PER_PAGE = 100;
    /**
     * How long a page spends looking for covering cards it has not found before: the rest are looked for by the
     * next view (a page of 100 gaps over 100,000 cards of few distinct words costs seconds from scratch).
     */
    static final java.time.Duration LINKS_BUDGET = java.time.Duration.ofMillis(300);

    private final RequestUseCases.Resolver useCases;
    private final HtmlReply html;

    GapPages(RequestUseCases.Resolver useCases, HtmlReply html) {
        this.useCases = useCases;
        this.html = html;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/gaps", this::gaps);
    }

    private void gaps(Context ctx) {
        Knowledge knowledge = useCases.of(ctx).knowledge();
        int page = Ids.page(ctx, "page");
        var slice = TopicPages.pageOf(page, GAPS_PER_PAGE, knowledge::gaps);
        var pager = new Pager(page, GAPS_PER_PAGE, slice.total(), "/gaps?page=");
        var linked = useCases.of(ctx).search().withRelatedWithin(slice.items(), RELATED_PER_GAP, LINKS_BUDGET);
        var gaps = linked.gaps();
        var related = new java.util.HashMap<Long, CardLink>();
        var why = new java.util.HashMap<Long, java.util.Map<Long, String>>();
        // the prompts of the covering cards, each read once however many gaps list it
        for (GapView g : gaps) {
            for (long id : g.related()) {
                if (!related.containsKey(id)) knowledge.card(id).ifPresent(c -> related.put(id, new CardLink(c.id(), c.prompt(), c.status())));
                String reason = useCases.of(ctx).search().whyRelated(g.id(), id);
                if (!reason.isEmpty()) why.computeIfAbsent(g.id(), k -> new java.util.HashMap<>()).put(id, reason);
            }
        }
        var tree = new TopicTree(knowledge.topics());
        var byTopic = new LinkedHashMap<String, List<GapView>>();
        gaps.forEach(g -> byTopic.computeIfAbsent(g.topic(), t -> new ArrayList<>()).add(g));
        var groups = byTopic.entrySet().stream()
                .map(e -> new GapsPage.Group(e.getKey(), tree.byPath(e.getKey()).map(TopicView::id), e.getValue()))
                .toList();
        html.ok(ctx, "gaps.jte", new GapsPage(slice.total(), groups, related, why, pager, linked.pending().size()));
    }
}
