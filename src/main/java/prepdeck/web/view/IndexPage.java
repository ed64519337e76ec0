package prepdeck.web.view;

import java.util.List;
import prepdeck.app.Stats;

/** The start page: totals and the topic tree. */
public record IndexPage(Stats stats, List<TopicNode> roots) {
    public IndexPage {
        roots = List.copyOf(roots);
    }
}
