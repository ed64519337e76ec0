package prepdeck.app;

import java.util.Objects;
import java.util.Optional;
import prepdeck.knowledge.NoteCard;

/**
 * One card of a source to write.
 *
 * @param id       the stored card it continues, or empty for a new card
 * @param identity source path plus normalized prompt, see {@link CardIdentity}
 * @param topic    the topic's id, or empty for the root
 */
public record CardWrite(Optional<Long> id, String identity, NoteCard card, Optional<Long> topic) {
    public CardWrite {
        Objects.requireNonNull(id);
        Objects.requireNonNull(identity);
        Objects.requireNonNull(card);
        Objects.requireNonNull(topic);
    }
}
