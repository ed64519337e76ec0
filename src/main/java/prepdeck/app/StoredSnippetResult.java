package prepdeck.app;

import java.time.Instant;
import java.util.Objects;

/**
 * The latest check of one snippet as the store keeps it.
 *
 * @param index     the snippet's place among its card's snippets, from 0
 * @param code      the snippet's code when it was checked (a result of other code is out of date)
 * @param status    the verdict's code ("ok", "differs"…)
 * @param isolation the {@link prepdeck.snippets.Isolation} name the run had
 * @param tookMs    how long the whole check it was part of took
 */
public record StoredSnippetResult(long cardId, int index, String code, String status, String detail, int line, String isolation,
                                  long tookMs, Instant checkedAt) {
    public StoredSnippetResult {
        Objects.requireNonNull(code);
        Objects.requireNonNull(status);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(isolation);
        Objects.requireNonNull(checkedAt);
    }
}
