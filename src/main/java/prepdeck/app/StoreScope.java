package prepdeck.app;

/**
 * Whose view of the store a transaction is: the deck its notes come from and the user whose reviews,
 * settings and interviews it reads and writes.
 */
public record StoreScope(long deckId, long userId) {
}
