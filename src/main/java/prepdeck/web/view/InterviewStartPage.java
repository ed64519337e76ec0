package prepdeck.web.view;

import java.util.List;
import prepdeck.app.TopicView;

/** The form that starts a mock interview: the topics the picker lists (of {@code allTopics}), the default length, past sessions. */
public record InterviewStartPage(List<TopicView> topics, int defaultQuestions, int pastSessions, int allTopics) {
    public InterviewStartPage {
        topics = List.copyOf(topics);
    }

    public InterviewStartPage(List<TopicView> topics, int defaultQuestions, int pastSessions) {
        this(topics, defaultQuestions, pastSessions, topics.size());
    }
}
