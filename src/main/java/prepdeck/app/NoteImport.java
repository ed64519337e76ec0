package prepdeck.app;

import java.nio.file.Path;
import java.util.List;

/**
 * The import use case as the web and other adapters call it: read the files and folders named,
 * store what they give as one all-or-nothing import, and say what was done.
 */
@FunctionalInterface
public interface NoteImport {
    /**
     * @param paths    files or folders on disk; a folder's files are named relative to it
     * @param progress told about each file as the import reaches it
     * @throws IllegalArgumentException when the user's input is at fault; the message names file and line
     */
    ImportReport importPaths(List<Path> paths, ImportProgress progress);

    /**
     * Asks, before any work, whether this user may import into the deck at all (the import page is refused
     * to a learner before they pick files).
     *
     * @throws ForbiddenException when they may not; the message names the deck
     */
    default void requireAllowed() {
    }
}
