package prepdeck.app;

import java.util.function.Function;

/**
 * A database that holds many decks and users, written in transactions that several (deck, user) scopes
 * share: {@link GroupCommit} puts answers from different users into one durable commit this way.
 */
public interface ScopedWrites {
    /**
     * Runs {@code work} in one transaction: all of its writes happen, or none do if it throws. {@code work}
     * sees that one transaction as any scope it asks {@link Scopes} for.
     */
    <R> R write(Function<Scopes, R> work);

    /** The open transaction as one (deck, user) sees it. */
    @FunctionalInterface
    interface Scopes {
        StoreTransaction as(StoreScope scope);
    }

    /** A store of one deck and user: every scope is that store's own (single-user use, and tests). */
    static ScopedWrites of(DeckStore store) {
        return new ScopedWrites() {
            @Override
            public <R> R write(Function<Scopes, R> work) {
                return store.write(tx -> work.apply(scope -> tx));
            }
        };
    }
}
