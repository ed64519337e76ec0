package prepdeck.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Runs small writes from many threads in shared transactions: whatever arrived while the previous
 * transaction was committing goes into the next one, so one durable commit (one fsync) acknowledges
 * them all. A caller returns only after the transaction holding its write has committed.
 *
 * <p>There is one per database, not one per user: answers of every user and deck share the writer thread
 * and the commits, and each job sees the shared transaction as its own (deck, user) scope.
 *
 * <p>A job that throws a {@link PrepdeckException} must do so before writing anything: it fails alone
 * and its batch goes on. Any other failure rolls the batch back, and its jobs are then run one per
 * transaction so only the faulty one fails.
 */
public final class GroupCommit {
    private record Job<R>(StoreScope scope, Function<StoreTransaction, R> work, CompletableFuture<R> done) {
        void run(ScopedWrites.Scopes scopes, List<Runnable> completions) {
            try {
                R result = work.apply(scopes.as(scope));
                completions.add(() -> done.complete(result));
            } catch (PrepdeckException e) {
                completions.add(() -> done.completeExceptionally(e));
            }
        }
    }

    private final ScopedWrites database;
    private final int maxBatch;
    private final LinkedBlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private Thread writer;

    /** @param maxBatch most jobs in one transaction */
    public GroupCommit(ScopedWrites database, int maxBatch) {
        if (maxBatch < 1) throw new IllegalArgumentException("maxBatch must be positive, got " + maxBatch);
        this.database = java.util.Objects.requireNonNull(database);
        this.maxBatch = maxBatch;
    }

    /** Runs {@code work} as {@code scope} in the next shared transaction and returns its result once committed. */
    <R> R write(StoreScope scope, Function<StoreTransaction, R> work) {
        var job = new Job<>(java.util.Objects.requireNonNull(scope), work, new CompletableFuture<R>());
        startWriter();
        queue.add(job);
        try {
            return job.done().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private synchronized void startWriter() {
        if (writer != null) return;
        writer = Thread.ofPlatform().daemon().name("prepdeck-group-commit").start(this::loop);
    }

    private void loop() {
        var batch = new ArrayList<Job<?>>(maxBatch);
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, maxBatch - 1);
            commit(batch);
            batch.clear();
        }
    }

    private void commit(List<Job<?>> batch) {
        var completions = new ArrayList<Runnable>(batch.size());
        try {
            database.write(scopes -> {
                for (Job<?> job : batch) job.run(scopes, completions);
                return null;
            });
            completions.forEach(Runnable::run);
        } catch (RuntimeException | Error e) {
            if (batch.size() == 1) {
                batch.getFirst().done().completeExceptionally(e);
                return;
            }
            for (Job<?> job : batch) commit(List.of(job));
        }
    }
}
