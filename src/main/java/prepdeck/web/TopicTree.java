package prepdeck.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import prepdeck.app.TopicView;
import prepdeck.web.view.TopicNode;

/** The flat topic list of {@link prepdeck.app.Knowledge#topics()} as a tree with subtree counts. */
final class TopicTree {
    private final Map<Long, TopicView> byId = new LinkedHashMap<>();
    private final Map<String, TopicView> byPath = new LinkedHashMap<>();
    private final Map<Long, List<TopicView>> childrenOf = new LinkedHashMap<>();
    private final List<TopicView> roots = new ArrayList<>();

    TopicTree(List<TopicView> topics) {
        topics.forEach(t -> {
            byId.put(t.id(), t);
            byPath.putIfAbsent(t.path(), t);
        });
        for (TopicView t : topics) {
            // A topic whose parent is unknown is shown at the top rather than lost.
            if (t.parent().isPresent() && byId.containsKey(t.parent().get())) {
                childrenOf.computeIfAbsent(t.parent().get(), k -> new ArrayList<>()).add(t);
            } else {
                roots.add(t);
            }
        }
    }

    List<TopicNode> roots() {
        return roots.stream().map(this::node).toList();
    }

    List<TopicNode> childrenOf(TopicView topic) {
        return childrenOf.getOrDefault(topic.id(), List.of()).stream().map(this::node).toList();
    }

    Optional<TopicView> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<TopicView> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The topic's ancestors, root first, without the topic itself. */
    List<TopicView> trail(TopicView topic) {
        var trail = new ArrayList<TopicView>();
        var seen = new HashSet<Long>();
        Optional<Long> parent = topic.parent();
        while (parent.isPresent() && seen.add(parent.get())) {
            TopicView p = byId.get(parent.get());
            if (p == null) break;
            trail.addFirst(p);
            parent = p.parent();
        }
        return trail;
    }

    private TopicNode node(TopicView topic) {
        return node(topic, new HashSet<>());
    }

    private TopicNode node(TopicView topic, Set<Long> onPath) {
        if (!onPath.add(topic.id())) return new TopicNode(topic, topic.cards(), topic.gaps(), List.of());
        var children = childrenOf.getOrDefault(topic.id(), List.of()).stream().map(c -> node(c, onPath)).toList();
        onPath.remove(topic.id());
        int cards = topic.cards() + children.stream().mapToInt(TopicNode::totalCards).sum();
        int gaps = topic.gaps() + children.stream().mapToInt(TopicNode::totalGaps).sum();
        return new TopicNode(topic, cards, gaps, children);
    }
}
