package prepdeck.web.view;

import java.util.List;
import java.util.Optional;
import prepdeck.app.TopicView;

/** The review page's frame: the chosen topic (none: all), the topics the picker lists (of {@code allTopics}), the new-card limit. */
public record ReviewPage(Optional<String> topic, List<TopicView> topics, int newPerDay, int allTopics, java.util.Map<String, Integer> within) {
    public ReviewPage {
        topics = List.copyOf(topics);
        within = java.util.Map.copyOf(within);
    }

    public ReviewPage(Optional<String> topic, List<TopicView> topics, int newPerDay, int allTopics) {
        this(topic, topics, newPerDay, allTopics, totals(topics));
    }

    /** Each topic's cards with its subtopics' (over every topic of the deck, not only those a picker lists). */
    public static java.util.Map<String, Integer> totals(List<TopicView> all) {
        var out = new java.util.HashMap<String, Integer>();
        for (TopicView t : all) {
            String path = t.path();
            out.merge(path, t.cards(), Integer::sum);
            for (int i = path.lastIndexOf(" / "); i > 0; i = path.lastIndexOf(" / ", i - 1)) out.merge(path.substring(0, i), t.cards(), Integer::sum);
        }
        return out;
    }

    public ReviewPage(Optional<String> topic, List<TopicView> topics, int newPerDay) {
        this(topic, topics, newPerDay, topics.size());
    }

    /** A topic's cards with its subtopics' (what reviewing it covers, and what the topic tree shows). */
    public int cardsWithin(TopicView t) {
        return within.getOrDefault(t.path(), t.cards());
    }

    /** Indentation of a topic in the picker: two spaces a level. */
    public static String indent(TopicView t) {
        return "\u00a0\u00a0".repeat((int) t.path().chars().filter(c -> c == '/').count());
    }
}
