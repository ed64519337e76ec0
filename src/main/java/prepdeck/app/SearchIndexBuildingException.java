package prepdeck.app;

import java.time.Duration;

/**
 * A search asked while the index is being built for the first time (a server starting over a large deck), which would
 * have kept the asker waiting for seconds: the page says so and tries again after {@link #retryAfter()}.
 */
public final class SearchIndexBuildingException extends PrepdeckException {
    private final Duration retryAfter;

    public SearchIndexBuildingException(Duration waited, Duration retryAfter) {
        super("the search index is still being built (waited " + waited.toMillis() + " ms); try again in "
                + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    /** When asking again is likely to find the index ready. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
