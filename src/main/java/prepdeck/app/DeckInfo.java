package prepdeck.app;

import java.util.Objects;

/** A deck as the composition root needs it to tell a user's role: its name and its owner. */
public record DeckInfo(long id, String name, long ownerId) {
    public DeckInfo {
        Objects.requireNonNull(name);
    }
}
