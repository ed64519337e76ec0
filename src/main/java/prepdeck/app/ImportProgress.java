package prepdeck.app;

/** Told how far an import has got, so the CLI can draw a bar; called on the importing thread. */
public interface ImportProgress {
    ImportProgress NONE = (done, total, current) -> {};

    void advanced(int done, int total, String currentPath);
}
