package prepdeck.app;

import java.util.Objects;

/**
 * Who is asking, about which deck, and in what role. Single-user mode has one: the local user, owner of
 * the local deck. In server mode a signed-in user has one per deck they own or learn from.
 */
public record Principal(long userId, String userName, long deckId, DeckRole role) {
    public Principal {
        Objects.requireNonNull(userName);
        Objects.requireNonNull(role);
    }
}
