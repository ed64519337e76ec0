package prepdeck.app;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import prepdeck.knowledge.NoteCard;

/** Reads and writes inside one transaction of a {@link DeckStore}. */
public interface StoreTransaction extends StoreReader, ReviewWrites {
    /** Inserts the source or updates the one with the same path; returns its id. */
    long saveSource(SourceWrite source, Instant now);

    /**
     * Marks a source whose file is gone from its folder as removed, retires its live cards and drops its
     * topic links; returns how many cards it retired.
     */
    int removeSource(long sourceId, Instant now);

    /** Adds a topic under {@code parent}; returns its id. */
    long insertTopic(Optional<Long> parent, String title, String path, int position);

    /** Makes {@code topicIds} exactly the topics the source declares. */
    void linkSourceTopics(long sourceId, Collection<Long> topicIds);

    /**
     * Writes a source's cards in order: updates the ones with an id, inserts the rest.
     * A card's parent index (into {@code cards}) is resolved to that card's id.
     *
     * @return the id of each card, in the order given
     */
    List<Long> saveCards(long sourceId, List<CardWrite> cards, Instant now);

    /** Gives cards new identities (before {@link #saveCards} hands theirs to others), touching nothing else. */
    void renameCards(java.util.Map<Long, String> identities);

    void retireCards(Collection<Long> cardIds, Instant now);

    /** Replaces the snippets and references of every card of the source with those of {@code cards}. */
    void replaceAttachments(long sourceId, List<Long> cardIds, List<NoteCard> cards);

    /** Removes topics no source declares, with no cards and no children; returns how many went. */
    int removeOrphanTopics();

    void recordImport(ImportRecord record);
}
