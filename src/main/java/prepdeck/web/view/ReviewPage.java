package prepdeck.web.view;

import java.util.List;
import java.util.Optional;
import prepdeck.app.TopicView;

/** The review page's frame: the chosen topic (none: all), the topics the picker lists (of {@code allTopics}), the new-card limit. */
public record ReviewPage(Optional<String> topic, List<TopicView> topics, int newPerDay, int allTopics) {
    public ReviewPage {
        topics = List.copyOf(topics);
    }

    public ReviewPage(Optional<String> topic, List<TopicView> topics, int newPerDay) {
        this(topic, topics, newPerDay, topics.size());
    }

    /** Indentation of a topic in the picker: two spaces a level. */
    public static String indent(TopicView t) {
        return "\u00a0\u00a0".repeat((int) t.path().chars().filter(c -> c == '/').count());
    }
}
