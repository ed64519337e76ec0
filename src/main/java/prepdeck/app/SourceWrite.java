package prepdeck.app;

import prepdeck.knowledge.Language;
import prepdeck.knowledge.SourceFormat;

/** A source to insert or update. */
public record SourceWrite(String path, String contentHash, String parserVersion, SourceFormat format, Language language) {}
