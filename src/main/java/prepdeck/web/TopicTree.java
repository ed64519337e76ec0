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

    /** How many topics {@link #roots()} would show in all. */
    int size() {
        return byId.size();
    }

    List<TopicView> rootTopics() {
        return List.copyOf(roots);
    }

    /**
     * The given roots with their subtrees opened level by level while the page stays within {@code budget}
     * topics: a level that would overflow it is folded (each topic shows how many subtopics its own page lists).
     * A tree of 50,000 topics is then a page of at most {@code budget} rows, and a small tree is shown whole.
     */
    List<TopicNode> bounded(List<TopicView> shownRoots, int budget) {
        var full = shownRoots.stream().map(this::node).toList();
        // breadth first: how many topics each depth adds
        var open = new ArrayList<TopicNode>(full);
        int shown = full.size();
        int depth = 0;
        while (!open.isEmpty()) {
            int next = open.stream().mapToInt(n -> n.children().size()).sum();
            if (shown + next > budget) break;
            shown += next;
            depth++;
            var below = new ArrayList<TopicNode>(next);
            open.forEach(n -> below.addAll(n.children()));
            open = below;
        }
        int keep = depth;
        return full.stream().map(n -> cut(n, keep)).toList();
    }

    private static TopicNode cut(TopicNode node, int depth) {
        if (node.isLeaf()) return node;
        if (depth == 0) return node.folded();
        return new TopicNode(node.topic(), node.totalCards(), node.totalGaps(),
                node.children().stream().map(c -> cut(c, depth - 1)).toList(), node.hiddenChildren());
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
