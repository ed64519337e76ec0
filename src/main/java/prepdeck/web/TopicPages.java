package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Optional;
import prepdeck.app.CardQuery;
import prepdeck.app.Knowledge;
import prepdeck.knowledge.CardStatus;
import prepdeck.web.view.IndexPage;
import prepdeck.web.view.TopicPage;

/** The topic tree and the page of one topic. */
final class TopicPages {
    private final RequestUseCases.Resolver useCases;
    private final HtmlReply html;

    TopicPages(RequestUseCases.Resolver useCases, HtmlReply html) {
        this.useCases = useCases;
        this.html = html;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/", this::index);
        routes.get("/topics/{id}", this::topic);
    }

    private void index(Context ctx) {
        Knowledge knowledge = useCases.of(ctx).knowledge();
        var tree = new TopicTree(knowledge.topics());
        var practice = useCases.of(ctx).practice();
        html.ok(ctx, "index.jte", new IndexPage(knowledge.stats(), tree.roots(), practice.today(), practice.readiness()));
    }

    private void topic(Context ctx) {
        Knowledge knowledge = useCases.of(ctx).knowledge();
        long id = Ids.parse("topic", ctx.pathParam("id"));
        var tree = new TopicTree(knowledge.topics());
        var topic = tree.byId(id).orElseThrow(() -> HttpProblem.notFound("no topic " + id));
        var direct = knowledge.cards(new CardQuery(Optional.empty(), Optional.of(topic.path()), false)).stream()
                .filter(c -> c.topic().equals(topic.path()))
                .filter(c -> c.status() != CardStatus.GAP)
                .toList();
        var shown = new HashSet<Long>();
        direct.forEach(c -> shown.add(c.id()));
        var rows = direct.stream()
                .map(c -> new TopicPage.Row(c, c.parent().filter(shown::contains).isPresent()))
                .toList();
        var gaps = knowledge.gaps().stream().filter(g -> g.topic().equals(topic.path())).toList();
        html.ok(ctx, "topic.jte", new TopicPage(topic, tree.trail(topic), tree.childrenOf(topic), rows, gaps));
    }
}
