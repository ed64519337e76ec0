package prepdeck.web.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import prepdeck.app.GapView;

/**
 * Open gaps grouped by topic, topics in the order their first gap appears.
 *
 * @param related the cards listed under the gaps (as covering them), by id
 */
public record GapsPage(int total, List<Group> groups, Map<Long, CardLink> related, Pager pager) {
    public GapsPage {
        groups = List.copyOf(groups);
        related = Map.copyOf(related);
    }

    public GapsPage(int total, List<Group> groups, Map<Long, CardLink> related) {
        this(total, groups, related, Pager.all(total));
    }

    public GapsPage(int total, List<Group> groups) {
        this(total, groups, Map.of());
    }

    /** The gaps of one topic; the topic id is empty when the topic is not in the tree. */
    public record Group(String topic, Optional<Long> topicId, List<GapView> gaps) {
        public Group {
            gaps = List.copyOf(gaps);
        }
    }
}
