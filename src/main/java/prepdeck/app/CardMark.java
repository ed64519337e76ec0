package prepdeck.app;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's marks on one card: suspended (out of the review queue until unsuspended), buried until a moment
 * (out of the queue until then; {@link Instant#EPOCH} when not buried) and flagged (to fix in the notes).
 */
public record CardMark(long cardId, boolean suspended, Instant buriedUntil, boolean flagged) {
    public CardMark {
        Objects.requireNonNull(buriedUntil, "buriedUntil");
    }

    public static CardMark none(long cardId) {
        return new CardMark(cardId, false, Instant.EPOCH, false);
    }

    public boolean buriedAt(Instant now) {
        return buriedUntil.isAfter(now);
    }

    /** Whether the queue leaves the card out at {@code now}. */
    public boolean heldAt(Instant now) {
        return suspended || buriedAt(now);
    }

    /** One change a user makes to a card's marks, by button or key. */
    public enum Change {
        SUSPEND, UNSUSPEND, BURY, UNBURY, FLAG, UNFLAG;

        /** "suspend", "unbury"…, as the web forms and the API name them. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** @throws InvalidInputException for a word that names no change */
        public static Change of(String word) {
            for (Change c : values()) if (c.word().equals(word == null ? "" : word.strip().toLowerCase(java.util.Locale.ROOT))) return c;
            throw new InvalidInputException("a card mark must be suspend, unsuspend, bury, unbury, flag or unflag, got '" + word + "'");
        }
    }
}
