package prepdeck.web.view;

import java.util.List;
import java.util.Map;
import prepdeck.app.TopicView;

/**
 * The form that starts a mock interview: the topics the picker lists (of {@code allTopics}), the default length, past
 * sessions; {@code within} each topic's cards with its subtopics' ({@link ReviewPage#totals}), as the picker counts them.
 */
public record InterviewStartPage(List<TopicView> topics, int defaultQuestions, int pastSessions, int allTopics, Map<String, Integer> within) {
    public InterviewStartPage {
        topics = List.copyOf(topics);
        within = Map.copyOf(within);
    }

    public InterviewStartPage(List<TopicView> topics, int defaultQuestions, int pastSessions) {
        this(topics, defaultQuestions, pastSessions, topics.size(), ReviewPage.totals(topics));
    }

    /** A topic's cards with its subtopics' (what choosing it asks from, and what the topic tree shows). */
    public int cardsWithin(TopicView t) {
        return within.getOrDefault(t.path(), t.cards());
    }
}
