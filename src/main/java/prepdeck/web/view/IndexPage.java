package prepdeck.web.view;

import java.util.List;
import prepdeck.app.Stats;

/**
 * The start page: totals and the topic tree, as much of it as one page holds.
 *
 * @param pager which of the top-level topics are shown
 * @param folded whether some subtopics are folded into their parents' pages
 */
public record IndexPage(Stats stats, List<TopicNode> roots, Pager pager, boolean folded) {
    public IndexPage {
        roots = List.copyOf(roots);
    }

    public IndexPage(Stats stats, List<TopicNode> roots) {
        this(stats, roots, Pager.all(roots.size()), false);
    }
}
