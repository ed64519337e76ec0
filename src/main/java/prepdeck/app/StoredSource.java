package prepdeck.app;

/** A source as the store knows it: enough to tell whether a file changed since it was imported. */
public record StoredSource(long id, String path, String contentHash, String parserVersion) {}
