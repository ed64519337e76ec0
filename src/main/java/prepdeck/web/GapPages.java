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

/** What the notes still miss, topic by topic. */
final class GapPages {
    /** Cards from elsewhere in the notes listed under each gap, best first. */
    static final int RELATED_PER_GAP = 5;

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
        var gaps = useCases.of(ctx).search().withRelated(knowledge.gaps(), RELATED_PER_GAP);
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
        html.ok(ctx, "gaps.jte", new GapsPage(gaps.size(), groups, related, why));
    }
}
