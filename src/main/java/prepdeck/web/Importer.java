package prepdeck.web;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import prepdeck.app.ImportProgress;
import prepdeck.app.ImportReport;
import prepdeck.app.NoteImport;

/**
 * Runs imports for the pages and the API: one at a time per deck, with the user's mistakes turned into
 * 400 replies that keep the import's own wording (it names file and line); a refusal stays a 403.
 */
final class Importer {
    private final java.util.Map<Long, ReentrantLock> oneAtATime = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.function.Predicate<io.javalin.http.Context> mayReadServerFiles;

    /** Single-user mode: the user imports their own machine's files. */
    Importer() {
        this(ctx -> true);
    }

    /**
     * @param mayReadServerFiles whether the request's user may import a path on the server (on a server, its admin
     *                           only: the server's files are not every account's to read, and another user's notes
     *                           may lie there); others upload
     */
    Importer(java.util.function.Predicate<io.javalin.http.Context> mayReadServerFiles) {
        this.mayReadServerFiles = java.util.Objects.requireNonNull(mayReadServerFiles);
    }

    /** Whether this request's user may import a path on the server, so the form offers a folder field. */
    boolean mayReadServerFiles(io.javalin.http.Context ctx) {
        return mayReadServerFiles.test(ctx);
    }

    /**
     * The path the user typed, absolute; "~/" means the home folder.
     *
     * @throws HttpProblem 403 when this user may not import the server's files
     */
    Path existing(io.javalin.http.Context ctx, String typed) {
        if (!mayReadServerFiles.test(ctx)) {
            throw new HttpProblem(403, "only the server's admin imports folders on the server: upload the files instead");
        }
        String text = typed.strip();
        Path path;
        try {
            path = text.equals("~") || text.startsWith("~/")
                    ? Path.of(System.getProperty("user.home")).resolve(text.substring(Math.min(2, text.length())))
                    : Path.of(text);
        } catch (InvalidPathException e) {
            throw HttpProblem.badRequest("not a valid path: " + text);
        }
        path = path.toAbsolutePath().normalize();
        if (!Files.exists(path)) throw HttpProblem.badRequest("no such file or folder: " + path);
        // refused before the import lock is taken: a FIFO or device would be read without end
        if (!Files.isDirectory(path) && !Files.isRegularFile(path)) throw HttpProblem.badRequest(path + ": not a regular file");
        if (!Files.isReadable(path)) throw HttpProblem.badRequest("cannot read " + path);
        return path;
    }

    ImportReport run(RequestUseCases useCases, List<Path> paths) {
        NoteImport noteImport = useCases.noteImport();
        ReentrantLock lock = oneAtATime.computeIfAbsent(useCases.principal().deckId(), deck -> new ReentrantLock());
        lock.lock();
        try {
            return noteImport.importPaths(paths, ImportProgress.NONE);
        } catch (prepdeck.app.ForbiddenException e) {
            throw e;
        } catch (IllegalArgumentException | prepdeck.app.PrepdeckException e) {
            throw HttpProblem.badRequest(e.getMessage() == null ? "the notes could not be imported" : e.getMessage());
        } catch (UncheckedIOException e) {
            throw HttpProblem.badRequest("could not read the notes: " + e.getCause().getMessage());
        } finally {
            lock.unlock();
        }
    }
}
