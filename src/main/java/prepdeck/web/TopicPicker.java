package prepdeck.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import prepdeck.app.TopicView;

/**
 * The topics a picker (review, mock interview) lists: all of them in a deck of ordinary size; in a deck of tens of
 * thousands, the upper levels of the tree that fit in {@link #MAX} options, and the chosen topic always. A topic left
 * out is reached from its own page ("review this topic").
 */
final class TopicPicker {
    static final int MAX = 300;

    private TopicPicker() {}

    /** @param topics parents before children, as {@link prepdeck.app.Knowledge#topics()} gives them */
    static List<TopicView> choices(List<TopicView> topics, Optional<String> chosen, int max) {
        if (topics.size() <= max) return topics;
        Map<Long, Integer> depth = new HashMap<>();
        int[] atDepth = new int[64];
        for (TopicView t : topics) {
            int d = Math.min(atDepth.length - 1, t.parent().map(depth::get).map(p -> p + 1).orElse(0));
            depth.put(t.id(), d);
            atDepth[d]++;
        }
        int deepest = 0;
        int shown = atDepth[0];
        while (deepest + 1 < atDepth.length && shown + atDepth[deepest + 1] <= max) shown += atDepth[++deepest];
        int keepDepth = deepest;
        var out = new ArrayList<TopicView>();
        int roots = 0;
        for (TopicView t : topics) {
            boolean isChosen = chosen.isPresent() && chosen.get().equals(t.path());
            int d = depth.get(t.id());
            if (isChosen || (d <= keepDepth && (d > 0 || roots++ < max))) out.add(t);
        }
        return out;
    }
}
