package prepdeck.app;

import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;

/**
 * A stored card as an import matches it against the cards it reads.
 *
 * @param identity the unique key it was stored under, see {@link CardIdentity}
 * @param source   the path of the source it was last imported from
 * @param topic    its topic path, empty for the root
 * @param stem     what its question is about (code and options), empty for most cards
 */
public record StoredCard(long id, String identity, CardKind kind, String prompt, String answer, CardStatus status,
                         long sourceId, String source, String topic, String stem) {
    /** A stored card without a stem. */
    public StoredCard(long id, String identity, CardKind kind, String prompt, String answer, CardStatus status,
                      long sourceId, String source, String topic) {
        this(id, identity, kind, prompt, answer, status, sourceId, source, topic, "");
    }
}
