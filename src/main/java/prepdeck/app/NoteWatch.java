package prepdeck.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps a served deck in step with its notes: watches the folders and files it was imported from (see
 * {@link ImportedPlaces}) and, once a changed note has been quiet for {@code quiet}, imports its folder or file
 * again through the ordinary incremental import, so cards keep their ids and their reviews.
 *
 * <p>An import that fails (the store refused, a file vanished mid-read) changes nothing, since the import is one
 * transaction; a file that cannot be read or parsed is a diagnostic of the import and its cards stay as they were.
 * Either way the outcome says so, through {@code log} and {@link #last()}, which the web pages show.
 */
public final class NoteWatch implements AutoCloseable {
    /** How long a note must be left alone before it is read: an editor's save is several writes. */
    public static final Duration QUIET = Duration.ofMillis(250);
    /** How often the places are read again, so notes imported meanwhile (by the CLI, the web) are watched too. */
    static final Duration PLACES_EVERY = Duration.ofSeconds(5);

    /**
     * One re-import: when it finished, what it read ({@code paths}, absolute), how many sources it read again, and
     * the problems it met (a failure, or the import's diagnostics), each a sentence naming the file.
     */
    public record Outcome(Instant at, List<String> paths, int sourcesRead, List<String> problems, boolean failed) {
        public Outcome {
            paths = List.copyOf(paths);
            problems = List.copyOf(problems);
        }
    }

    private final ImportNotes importNotes;
    private final Clock clock;
    private final Duration quiet;
    private final Consumer<String> log;
    private final WatchService watcher;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Outcome last;
    private ImportedPlaces places = ImportedPlaces.NONE;
    private long placesReadAt;
    private boolean registrationFailed;

    private NoteWatch(ImportNotes importNotes, Clock clock, Duration quiet, Consumer<String> log, WatchService watcher) {
        this.importNotes = Objects.requireNonNull(importNotes);
        this.clock = Objects.requireNonNull(clock);
        this.quiet = Objects.requireNonNull(quiet);
        this.log = Objects.requireNonNull(log);
        this.watcher = watcher;
        this.thread = new Thread(this::loop, "prepdeck-note-watch");
        thread.setDaemon(true);
    }

    /**
     * Starts watching the deck's imported notes. Where the system gives no file watching at all, says so through
     * {@code log} and watches nothing (the notes can still be imported by hand).
     */
    public static NoteWatch start(ImportNotes importNotes, Clock clock, Duration quiet, Consumer<String> log) {
        WatchService watcher;
        try {
            watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            log.accept("prepdeck: cannot watch the imported notes (" + e.getMessage() + "); import them again after editing");
            watcher = null;
        }
        var watch = new NoteWatch(importNotes, clock, quiet, log, watcher);
        if (watcher != null) {
            watch.readPlaces(); // before start returns: a note changed right after is seen
            watch.thread.start();
        }
        return watch;
    }

    /** The latest re-import, if any happened. */
    public Optional<Outcome> last() {
        return Optional.ofNullable(last);
    }

    private void loop() {
        var pending = new LinkedHashSet<Path>();
        long lastEvent = 0;
        try {
            while (!closed) {
                long waitNanos = pending.isEmpty() ? TimeUnit.SECONDS.toNanos(1) : Math.max(1, lastEvent + quiet.toNanos() - System.nanoTime());
                WatchKey key = watcher.poll(waitNanos, TimeUnit.NANOSECONDS);
                while (key != null) {
                    if (collect(key, pending)) lastEvent = System.nanoTime();
                    key = watcher.poll();
                }
                if (!pending.isEmpty() && System.nanoTime() - lastEvent >= quiet.toNanos()) {
                    reimport(List.copyOf(pending));
                    pending.clear();
                    readPlaces();
                } else if (System.nanoTime() - placesReadAt >= PLACES_EVERY.toNanos()) {
                    readPlaces();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    /** Takes one folder's events; adds what to import again to {@code pending}; whether anything counted. */
    private boolean collect(WatchKey key, Set<Path> pending) {
        Path dir = watched.get(key);
        boolean any = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // events were lost: every place is read again (the import skips what did not change)
                pending.addAll(places.folders());
                places.files().stream().filter(Files::exists).forEach(pending::add);
                any = true;
                continue;
            }
            if (dir == null || !(event.context() instanceof Path name) || editorsOwn(name.toString())) continue;
            Path changed = dir.resolve(name);
            Optional<Path> target = places.targetOf(changed);
            if (target.isEmpty()) continue;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) register(changed);
            pending.add(target.get());
            any = true;
        }
        if (!key.reset()) watched.remove(key);
        return any;
    }

    /** Swap, backup and probe files editors write beside a note while saving it; hidden names the import skips. */
    static boolean editorsOwn(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913") || name.startsWith("#");
    }

    private void reimport(List<Path> targets) {
        // a file gone for good is left alone: its cards stay until its folder is imported again
        var paths = targets.stream().filter(Files::exists).toList();
        if (paths.isEmpty()) return;
        var names = paths.stream().map(Path::toString).toList();
        Outcome outcome;
        try {
            ImportReport report = importNotes.run(paths, ImportProgress.NONE);
            // a file the import refused (not text, empty, unreadable) keeps its cards as they were: say why
            var problems = report.sources().stream().filter(s -> s.format() == null)
                    .flatMap(s -> s.diagnostics().stream()).map(d -> d + "; its cards are as they were").toList();
            outcome = new Outcome(clock.instant(), names, report.totals().sources(), problems, false);
            if (report.totals().sources() > 0 || report.totals().retired() > 0) {
                log.accept("prepdeck: notes changed; imported again " + String.join(", ", names) + ": " + report.totals().sources()
                        + " source" + (report.totals().sources() == 1 ? "" : "s") + " read, " + report.totals().retired() + " cards retired");
            }
            problems.forEach(p -> log.accept("prepdeck: " + p));
        } catch (RuntimeException e) {
            String message = "could not import " + String.join(", ", names) + " again: " + e.getMessage() + "; the deck is as it was";
            log.accept("prepdeck: " + message);
            outcome = new Outcome(clock.instant(), names, 0, List.of(message), true);
        }
        last = outcome;
    }

    private void readPlaces() {
        placesReadAt = System.nanoTime();
        try {
            places = importNotes.importedPlaces();
        } catch (RuntimeException e) {
            return; // the store is busy or closing; the next round reads them
        }
        for (Path folder : places.folders()) registerTree(folder);
        for (Path dir : places.watchedFolders()) if (!places.folders().contains(dir)) register(dir);
    }

    private void registerTree(Path folder) {
        if (!Files.isDirectory(folder)) return;
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(folder) && dir.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what could be registered is; the rest is read when next imported by hand
        }
    }

    private void register(Path dir) {
        if (!Files.isDirectory(dir) || watched.containsValue(dir)) return;
        try {
            WatchKey key = dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            watched.put(key, dir);
        } catch (IOException | ClosedWatchServiceException e) {
            if (!registrationFailed) log.accept("prepdeck: cannot watch " + dir + " (" + e.getMessage() + "); notes there are not re-imported when they change");
            registrationFailed = true;
        }
    }

    /** Stops watching; an import under way finishes first, so nothing writes to the deck afterwards. */
    @Override
    public void close() {
        closed = true;
        if (watcher == null) return;
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
