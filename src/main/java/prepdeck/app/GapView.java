package prepdeck.app;

import java.util.List;
import prepdeck.knowledge.CardKind;

/**
 * Something the notes ask or announce but do not answer yet.
 *
 * @param kind    {@link CardKind#QUESTION} or {@link CardKind#SECTION}
 * @param related ids of cards elsewhere in the notes that cover it (empty until search exists)
 */
public record GapView(long id, String title, CardKind kind, String topic, String source, int line, List<Long> related) {
    public GapView {
        related = List.copyOf(related);
    }
}
