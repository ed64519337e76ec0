package prepdeck.ingest;

import java.util.List;
import prepdeck.knowledge.Diagnostic;

/** The files a scan found, and the ones it could not read. */
public record Scan(List<SourceFile> files, List<Diagnostic> problems) {
    public Scan {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
