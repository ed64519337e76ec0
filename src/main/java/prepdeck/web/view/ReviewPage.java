package prepdeck.web.view;

import java.util.List;
import java.util.Optional;
import prepdeck.app.TopicView;

/** The review page's frame: the chosen topic (none: all), every topic for the picker, the new-card limit. */
public record ReviewPage(Optional<String> topic, List<TopicView> topics, int newPerDay) {
    public ReviewPage {
        topics = List.copyOf(topics);
    }

    /** A topic's cards with its subtopics' (what reviewing it covers, and what the topic tree shows). */
    public int cardsWithin(TopicView t) {
        String prefix = t.path() + " / ";
        return topics.stream().filter(o -> o.path().equals(t.path()) || o.path().startsWith(prefix)).mapToInt(TopicView::cards).sum();
    }

    /** Indentation of a topic in the picker: two spaces a level. */
    public static String indent(TopicView t) {
        return "\u00a0\u00a0".repeat((int) t.path().chars().filter(c -> c == '/').count());
    }
}
