package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashSet;
import prepdeck.app.Knowledge;
import prepdeck.app.Slice;
import prepdeck.web.view.IndexPage;
import prepdeck.web.view.Pager;
import prepdeck.web.view.TopicNode;
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

    /** Topics the start page's tree shows at most; deeper levels fold into their parents' pages. */
    static final int TREE_BUDGET = 1_500;
    /** Top-level topics a page of the tree lists. */
    static final int ROOTS_PER_PAGE = 500;
    /** Cards, gaps and subtopics a topic page lists at most, each list with its own pages. */
    static final int ROWS_PER_PAGE = 200;

    private void index(Context ctx) {
        Knowledge knowledge = useCases.of(ctx).knowledge();
        var tree = new TopicTree(knowledge.topics());
        var roots = tree.rootTopics();
        var pager = new Pager(Ids.page(ctx, "page"), ROOTS_PER_PAGE, roots.size(), "/?page=");
        var shown = tree.bounded(pager.slice(roots), TREE_BUDGET);
        boolean folded = shown.stream().anyMatch(TopicPages::folds);
        var practice = useCases.of(ctx).practice();
        html.ok(ctx, "index.jte", new IndexPage(knowledge.stats(), shown, practice.today(), practice.readiness(), pager, folded));
    }

    /** Page {@code page} of a list read a page at a time; past its end, its last page (as {@link Pager} shows it). */
    static <T> Slice<T> pageOf(int page, int size, java.util.function.BiFunction<Integer, Integer, Slice<T>> read) {
        Slice<T> slice = read.apply((int) Math.min(Integer.MAX_VALUE, (page - 1L) * size), size);
        int last = Math.max(1, (slice.total() + size - 1) / size);
        return page > last ? read.apply((last - 1) * size, size) : slice;
    }

    private static boolean folds(TopicNode node) {
        return node.hiddenChildren() > 0 || node.children().stream().anyMatch(TopicPages::folds);
    }

    private void topic(Context ctx) {
        Knowledge knowledge = useCases.of(ctx).knowledge();
        long id = Ids.parse("topic", ctx.pathParam("id"));
        var tree = new TopicTree(knowledge.topics());
        var topic = tree.byId(id).orElseThrow(() -> HttpProblem.notFound("no topic " + id));
        String here = "/topics/" + id + "?";
        int cardsPage = Ids.page(ctx, "cards_page");
        var cards = pageOf(cardsPage, ROWS_PER_PAGE, (offset, limit) -> knowledge.cardsIn(topic.path(), offset, limit));
        var cardPager = new Pager(cardsPage, ROWS_PER_PAGE, cards.total(), here + "cards_page=");
        int gapsPage = Ids.page(ctx, "gaps_page");
        var gaps = pageOf(gapsPage, ROWS_PER_PAGE, (offset, limit) -> knowledge.gapsIn(topic.path(), offset, limit));
        var gapPager = new Pager(gapsPage, ROWS_PER_PAGE, gaps.total(), here + "gaps_page=");
        var children = tree.childrenOf(topic);
        var childPager = new Pager(Ids.page(ctx, "topics_page"), ROWS_PER_PAGE, children.size(), here + "topics_page=");
        var shown = new HashSet<Long>();
        cards.items().forEach(c -> shown.add(c.id()));
        var rows = cards.items().stream()
                .map(c -> new TopicPage.Row(c, c.parent().filter(shown::contains).isPresent()))
                .toList();
        html.ok(ctx, "topic.jte", new TopicPage(topic, tree.trail(topic), childPager.slice(children).stream().map(TopicNode::folded).toList(),
                rows, gaps.items(), childPager, cardPager, gapPager));
    }
}
