package prepdeck.web.view;

import java.util.List;
import java.util.Optional;
import prepdeck.app.GapView;

/** Open gaps grouped by topic, topics in the order their first gap appears. */
public record GapsPage(int total, List<Group> groups) {
    public GapsPage {
        groups = List.copyOf(groups);
    }

    /** The gaps of one topic; the topic id is empty when the topic is not in the tree. */
    public record Group(String topic, Optional<Long> topicId, List<GapView> gaps) {
        public Group {
            gaps = List.copyOf(gaps);
        }
    }
}
