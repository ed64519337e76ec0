package prepdeck.app;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Brings the search index up to date with the deck and warms it (its word list, the analysers, the code paths) in the
 * background as a server starts, so that the first search a user makes does not pay for it. Whoever stops the server
 * waits for it: a warm-up still writing the index while the data folder goes away would leave it half written.
 */
public final class SearchWarmUp {
    /** A word or two in each language, a typo and a question: every road a search takes. */
    static final List<String> QUERIES = List.of("python", "генератор", "потік", "what is a decorator", "генератр", "prefetch_related");

    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final Thread thread;

    private SearchWarmUp(CardSearch search, java.util.function.Supplier<List<GapView>> firstGaps, int perGap) {
        Objects.requireNonNull(search);
        thread = Thread.ofPlatform().name("search-warm-up").daemon().unstarted(() -> {
            try {
                for (String q : QUERIES) search.search(q, 20);
                // the first page of gaps and the cards that may answer them, so that /gaps shows its links at once
                search.withRelatedWithin(firstGaps.get(), perGap, GAP_LINKS_BUDGET);
                done.complete(null);
            } catch (RuntimeException e) {
                // the index could not be opened or read: the first real search will say why, to the one who asked
                done.completeExceptionally(e);
            }
        });
    }

    /** How long the warm-up may spend linking the first page of gaps; the rest are linked when a page asks. */
    static final java.time.Duration GAP_LINKS_BUDGET = java.time.Duration.ofSeconds(20);

    /** Starts warming {@code search} on a thread of its own. */
    public static SearchWarmUp start(CardSearch search) {
        return start(search, List::of, 1);
    }

    /** Starts warming {@code search}, and then linking {@code firstGaps} to up to {@code perGap} cards each, on a thread of its own. */
    public static SearchWarmUp start(CardSearch search, java.util.function.Supplier<List<GapView>> firstGaps, int perGap) {
        var warmUp = new SearchWarmUp(search, firstGaps, perGap);
        warmUp.thread.start();
        return warmUp;
    }

    /** Completes when the warm-up has ended, whether it warmed the index or failed to. */
    public CompletableFuture<Void> done() {
        return done.handle((ok, failed) -> null);
    }

    /** Waits for the warm-up to end (never interrupts it: an index interrupted mid-write is closed for good). */
    public void await() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
