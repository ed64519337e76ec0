package prepdeck.app;

import java.util.List;
import java.util.Optional;

/** Read side of the knowledge map: what the CLI, API and pages show. */
public interface Knowledge {
    Stats stats();

    /** Every topic, parents before children, in the order the notes give them. */
    List<TopicView> topics();

    /** Cards in source order (source path, then line). */
    List<CardView> cards(CardQuery query);

    Optional<CardView> card(long id);

    /** Open gaps in source order. */
    List<GapView> gaps();
}
