package prepdeck.app;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a deck's notes were imported from, as far as its sources tell: folders, re-imported whole when anything in
 * them changes, and single files, re-imported alone.
 *
 * <p>A source knows its root (the folder it was found under) and its path below it. A path with a folder in it can
 * only come from importing the root as a folder; a bare name may come from the folder or from the file given
 * directly, and importing that file directly stores it under the same root and name, so such roots are watched
 * file by file: a changed known file is read again, while unrelated files beside it (a Downloads folder) are not.
 * Anki packages are left out: they are not notes one edits.
 */
public record ImportedPlaces(Set<Path> folders, Set<Path> files) {
    public ImportedPlaces {
        folders = Set.copyOf(folders);
        files = Set.copyOf(files);
    }

    public static final ImportedPlaces NONE = new ImportedPlaces(Set.of(), Set.of());

    /** The places of the sources still in the deck (removed ones are left out). */
    public static ImportedPlaces of(Collection<StoredSource> sources) {
        var folders = new TreeSet<Path>();
        for (StoredSource s : sources) if (!s.removed() && s.path().contains("/")) folders.add(Path.of(s.root()).normalize());
        var files = new TreeSet<Path>();
        for (StoredSource s : sources) {
            if (s.removed() || isPackage(s.path())) continue;
            Path root = Path.of(s.root()).normalize();
            if (!folders.contains(root)) files.add(root.resolve(s.path()).normalize());
        }
        return new ImportedPlaces(folders, files);
    }

    /** What to import again when {@code changed} (an absolute path) changed: its folder, itself, or nothing. */
    public Optional<Path> targetOf(Path changed) {
        Path p = changed.normalize();
        if (files.contains(p)) return Optional.of(p);
        // the innermost folder that holds it: folders imported inside one another are imported each as itself
        return folders.stream().filter(p::startsWith).max(java.util.Comparator.comparingInt(Path::getNameCount));
    }

    /** The folders whose entries tell of a change: each imported folder (its subfolders too) and each file's folder. */
    public Set<Path> watchedFolders() {
        var out = new TreeSet<Path>(folders);
        for (Path f : files) if (f.getParent() != null) out.add(f.getParent());
        return out;
    }

    public boolean isEmpty() {
        return folders.isEmpty() && files.isEmpty();
    }

    private static boolean isPackage(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".apkg") || p.endsWith(".colpkg");
    }
}
