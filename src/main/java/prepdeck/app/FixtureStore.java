package prepdeck.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where the files a card's snippets read are kept (a {@code file.txt} the notes open but do not hold), and the latest
 * check of each snippet (one store for the CLI and the web).
 * A fixture belongs to one card of the deck; the store implements this, the use cases own it.
 */
public interface FixtureStore {
    /** Every fixture of the deck: card id → file name → content. */
    Map<Long, Map<String, String>> all();

    /** The fixtures of one card, by name. */
    List<SnippetFixture> ofCard(long cardId);

    /** Adds the fixture, or replaces the card's fixture of that name; false when the deck has no such card. */
    boolean save(long cardId, String name, String content, Instant now);

    /** Removes the card's fixture of that name; false when there was none. */
    boolean remove(long cardId, String name);

    /** Keeps these results, each replacing the earlier result of its snippet; results of cards not in the deck are dropped. */
    void saveResults(List<StoredSnippetResult> results);

    /** The latest result of every checked snippet of the deck, by card then index. */
    List<StoredSnippetResult> results();
}
