package prepdeck.web.view;

import java.util.List;
import prepdeck.app.TopicView;

/**
 * A topic in the tree with counts over its whole subtree.
 * Public only because the precompiled templates live in another package.
 */
public record TopicNode(TopicView topic, int totalCards, int totalGaps, List<TopicNode> children) {
    public TopicNode {
        children = List.copyOf(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }
}
