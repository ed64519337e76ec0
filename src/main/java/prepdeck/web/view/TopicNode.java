package prepdeck.web.view;

import java.util.List;
import prepdeck.app.TopicView;

/**
 * A topic in the tree with counts over its whole subtree.
 * Public only because the precompiled templates live in another package.
 */
public record TopicNode(TopicView topic, int totalCards, int totalGaps, List<TopicNode> children, int hiddenChildren) {
    public TopicNode {
        children = List.copyOf(children);
        if (hiddenChildren < 0) throw new IllegalArgumentException("hidden subtopics cannot be negative: " + hiddenChildren);
    }

    public TopicNode(TopicView topic, int totalCards, int totalGaps, List<TopicNode> children) {
        this(topic, totalCards, totalGaps, children, 0);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The same topic with its subtopics left out of the page (their counts stay in the totals). */
    public TopicNode folded() {
        return new TopicNode(topic, totalCards, totalGaps, List.of(), hiddenChildren + children.size());
    }
}
