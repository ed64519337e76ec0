package prepdeck.web.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import prepdeck.app.GapView;

/**
 * Open gaps grouped by topic, topics in the order their first gap appears.
 *
 * @param related the cards listed under the gaps (as covering them), by id
 * @param why     by gap id, then by covering card id: why the card was linked when it took another language, layout or
 *                typo to reach ("matched «декоратор» → Decorators")
 * @param pager   which page of the gaps this is
 * @param linksPending gaps on this page whose covering cards are still to be looked for (the index's first build, or
 *                     more new links than one view has time for): a reload finds more
 */
public record GapsPage(int total, List<Group> groups, Map<Long, CardLink> related, Map<Long, Map<Long, String>> why, Pager pager,
                       int linksPending) {
    public GapsPage {
        groups = List.copyOf(groups);
        related = Map.copyOf(related);
        why = Map.copyOf(why);
    }

    public GapsPage(int total, List<Group> groups, Map<Long, CardLink> related) {
        this(total, groups, related, Map.of(), Pager.all(total), 0);
    }

    public GapsPage(int total, List<Group> groups) {
        this(total, groups, Map.of());
    }

    /** Why {@code card} is linked to {@code gap}; "" when it needs no saying. */
    public String whyLinked(long gap, long card) {
        return why.getOrDefault(gap, Map.of()).getOrDefault(card, "");
    }

    /** The gaps of one topic; the topic id is empty when the topic is not in the tree. */
    public record Group(String topic, Optional<Long> topicId, List<GapView> gaps) {
        public Group {
            gaps = List.copyOf(gaps);
        }
    }
}
