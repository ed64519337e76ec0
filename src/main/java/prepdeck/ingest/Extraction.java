package prepdeck.ingest;

import java.util.ArrayList;
import java.util.List;
import prepdeck.knowledge.Diagnostic;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.SourceFormat;

/** decode → recognise format → parse → extract, for one file. */
final class Extraction {
    ParseResult extract(SourceFile file) {
        var decoded = Decoding.decode(file.bytes());
        return switch (decoded) {
            case Decoding.Outcome.NotText n -> new ParseResult.Rejected(Diagnostic.at(file.relativePath(), n.line(), n.reason()));
            case Decoding.Outcome.Text t -> {
                if (t.text().isBlank()) yield new ParseResult.Rejected(Diagnostic.of(file.relativePath(), "empty file; nothing to import"));
                var diagnostics = new ArrayList<Diagnostic>();
                t.note().ifPresent(n -> diagnostics.add(Diagnostic.of(file.relativePath(), n)));
                yield new ParseResult.Parsed(new ParsedSource(file.relativePath(), file.sha256(), SourceFormat.PLAIN_TEXT, Language.EN, List.of(), List.of(), diagnostics));
            }
        };
    }
}
