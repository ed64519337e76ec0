package prepdeck.app;

/**
 * A source as the store knows it: enough to tell whether a file changed since it was imported.
 *
 * @param root      the folder the file was found under (absolute)
 * @param removed   whether a later import of its folder no longer found it
 * @param changedAt when an import last changed what the store holds of it (read again, or found removed)
 */
public record StoredSource(long id, String path, String root, String contentHash, String parserVersion, boolean removed,
                           java.time.Instant changedAt) {}
