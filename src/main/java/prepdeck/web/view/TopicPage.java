package prepdeck.web.view;

import java.util.List;
import prepdeck.app.CardView;
import prepdeck.app.GapView;
import prepdeck.app.TopicView;

/**
 * One topic: where it sits, its subtopics, the cards and gaps directly in it.
 *
 * @param trail the topic's ancestors, root first
 */
public record TopicPage(TopicView topic, List<TopicView> trail, List<TopicNode> children, List<Row> cards,
                        List<GapView> gaps, Pager childPager, Pager cardPager, Pager gapPager) {
    public TopicPage {
        trail = List.copyOf(trail);
        children = List.copyOf(children);
        cards = List.copyOf(cards);
        gaps = List.copyOf(gaps);
    }

    public TopicPage(TopicView topic, List<TopicView> trail, List<TopicNode> children, List<Row> cards, List<GapView> gaps) {
        this(topic, trail, children, cards, gaps, Pager.all(children.size()), Pager.all(cards.size()), Pager.all(gaps.size()));
    }

    /** A card in the list; follow-ups are indented under their main question. */
    public record Row(CardView card, boolean followUp) {}
}
