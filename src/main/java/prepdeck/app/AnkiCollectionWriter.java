package prepdeck.app;

import java.nio.file.Path;
import prepdeck.exchange.AnkiCollection;

/** Writes an Anki collection as the SQLite file Anki reads ({@code collection.anki2}); the store implements it. */
public interface AnkiCollectionWriter {
    /** Creates {@code file} (which must not exist yet) holding the collection. */
    void write(AnkiCollection collection, Path file);
}
