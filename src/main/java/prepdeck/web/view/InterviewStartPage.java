package prepdeck.web.view;

import java.util.List;
import prepdeck.app.TopicView;

/** The form that starts a mock interview: every topic for the picker, the default length, past sessions. */
public record InterviewStartPage(List<TopicView> topics, int defaultQuestions, int pastSessions) {
    public InterviewStartPage {
        topics = List.copyOf(topics);
    }
}
