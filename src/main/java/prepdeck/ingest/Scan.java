package prepdeck.ingest;

import java.util.List;
import prepdeck.knowledge.Diagnostic;

/**
 * The files a scan found, the ones it could not read, and the ones it left out on purpose: repository boilerplate
 * (a licence, a contribution guide, a code of conduct) found in a folder is no note: named, with why ("a licence"), not read.
 */
public record Scan(List<SourceFile> files, List<Diagnostic> problems, List<Diagnostic> skipped) {
    public Scan {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    public Scan(List<SourceFile> files, List<Diagnostic> problems) {
        this(files, problems, List.of());
    }
}
