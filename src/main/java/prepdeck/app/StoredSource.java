package prepdeck.app;

/**
 * A source as the store knows it: enough to tell whether a file changed since it was imported.
 *
 * @param root    the folder the file was found under (absolute)
 * @param removed whether a later import of its folder no longer found it
 */
public record StoredSource(long id, String path, String root, String contentHash, String parserVersion, boolean removed) {}
