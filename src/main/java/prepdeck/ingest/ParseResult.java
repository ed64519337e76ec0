package prepdeck.ingest;

import prepdeck.knowledge.Diagnostic;
import prepdeck.knowledge.ParsedSource;

/** A file either parses into a source (possibly with diagnostics) or is rejected whole with one reason. */
public sealed interface ParseResult {
    record Parsed(ParsedSource source) implements ParseResult {}

    record Rejected(Diagnostic reason) implements ParseResult {}
}
