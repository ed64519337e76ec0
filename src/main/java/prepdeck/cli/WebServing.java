package prepdeck.cli;

import java.net.URI;
import java.nio.file.Path;
import prepdeck.app.UseCases;

/** Starts the web UI over a data folder's use cases; the composition root supplies it to {@code serve} and {@code demo}. */
@FunctionalInterface
public interface WebServing {
    /** A running server: where it listens, and how to stop it. */
    /**
     * @param warm completes once the search index is caught up and warmed (at once when the server does not warm it)
     */
    record Served(URI url, AutoCloseable stop, java.util.concurrent.CompletableFuture<Void> warm) {
        public Served(URI url, AutoCloseable stop) {
            this(url, stop, java.util.concurrent.CompletableFuture.completedFuture(null));
        }
    }

    Served serve(UseCases useCases, Path dataFolder, String host, int port);
}
