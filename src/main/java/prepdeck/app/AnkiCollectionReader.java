package prepdeck.app;

import java.nio.file.Path;
import prepdeck.exchange.AnkiContent;

/** Reads an Anki collection's SQLite file; the store implements it. */
public interface AnkiCollectionReader {
    /**
     * @param shownAs the name to put in error messages (the package the file came out of)
     * @throws InvalidInputException not a SQLite file, or not a collection of the layouts we read
     */
    AnkiContent read(Path collection, String shownAs);
}
