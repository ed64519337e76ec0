package prepdeck.app;

import prepdeck.knowledge.Language;
import prepdeck.knowledge.SourceFormat;

/** A source to insert or update; {@code root} is the folder it was found under (absolute). */
public record SourceWrite(String path, String root, String contentHash, String parserVersion, SourceFormat format, Language language) {}
