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

    /** One page of {@link #cards}, and how many cards the query lists in all. */
    default Slice<CardView> cards(CardQuery query, int offset, int limit) {
        return Slice.of(cards(query), offset, limit);
    }

    Optional<CardView> card(long id);

    /** The live cards that carry code snippets, in source order. */
    default List<CardView> cardsWithSnippets() {
        return cards(CardQuery.ALL).stream().filter(c -> !c.snippets().isEmpty()).toList();
    }

    /** Open gaps in source order. */
    List<GapView> gaps();

    /** One page of the open gaps in source order, and how many there are. */
    default Slice<GapView> gaps(int offset, int limit) {
        return Slice.of(gaps(), offset, limit);
    }

    /**
     * One page of the answered cards directly in the topic with this path (not in its subtopics), in source order,
     * and how many there are. Unlike {@link #cards}, an unknown path is simply empty.
     */
    default Slice<CardView> cardsIn(String topic, int offset, int limit) {
        var direct = cards(CardQuery.ALL).stream().filter(c -> c.topic().equals(topic))
                .filter(c -> c.status() == prepdeck.knowledge.CardStatus.ANSWERED).toList();
        return Slice.of(direct, offset, limit);
    }

    /** One page of the open gaps directly in the topic with this path, in source order, and how many there are. */
    default Slice<GapView> gapsIn(String topic, int offset, int limit) {
        return Slice.of(gaps().stream().filter(g -> g.topic().equals(topic)).toList(), offset, limit);
    }

    /** The deck's change number: it moves whenever an import changes what the deck holds of its notes. */
    default long changeVersion() {
        return 0;
    }

    /** Where the note {@code source} (a card's source) was imported from, when that file is still on disk. */
    default Optional<java.nio.file.Path> sourceFile(String source) {
        return Optional.empty();
    }
}
