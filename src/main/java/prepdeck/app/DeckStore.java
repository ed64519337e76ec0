package prepdeck.app;

import java.util.function.Function;

/**
 * Where one deck and its user's history are kept. The use cases own this interface;
 * SQLite implements it today and PostgreSQL will be a second implementation.
 */
public interface DeckStore {
    /** Runs {@code work} in one transaction: all of its writes happen, or none do if it throws. */
    <R> R write(Function<StoreTransaction, R> work);

    /** Runs {@code work} against one consistent snapshot. */
    <R> R read(Function<StoreReader, R> work);
}
