package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import prepdeck.app.GapView;
import prepdeck.app.Knowledge;
import prepdeck.app.TopicView;
import prepdeck.web.view.GapsPage;

/** What the notes still miss, topic by topic. */
final class GapPages {
    private final Knowledge knowledge;
    private final HtmlReply html;

    GapPages(Knowledge knowledge, HtmlReply html) {
        this.knowledge = knowledge;
        this.html = html;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/gaps", this::gaps);
    }

    private void gaps(Context ctx) {
        var gaps = knowledge.gaps();
        var tree = new TopicTree(knowledge.topics());
        var byTopic = new LinkedHashMap<String, List<GapView>>();
        gaps.forEach(g -> byTopic.computeIfAbsent(g.topic(), t -> new ArrayList<>()).add(g));
        var groups = byTopic.entrySet().stream()
                .map(e -> new GapsPage.Group(e.getKey(), tree.byPath(e.getKey()).map(TopicView::id), e.getValue()))
                .toList();
        html.ok(ctx, "gaps.jte", new GapsPage(gaps.size(), groups));
    }
}
