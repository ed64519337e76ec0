package prepdeck.app;

import java.util.List;
import prepdeck.knowledge.Diagnostic;

/** What one import did, source by source, in the shape of {@code import --json}. */
public record ImportReport(List<SourceReport> sources, Totals totals) {
    public ImportReport {
        sources = List.copyOf(sources);
    }

    /** One file: its format and language, what it gave, and what was wrong with it. */
    public record SourceReport(String path, String format, String language, int topics, int cards, int gaps,
                               int snippets, List<Diagnostic> diagnostics) {
        public SourceReport {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * @param retired          cards retired by this import because their text left the notes
     * @param unchangedSources sources skipped because their content had not changed
     */
    public record Totals(int sources, int topics, int cards, int gaps, int snippets, int retired, int unchangedSources) {}

    public List<prepdeck.knowledge.Diagnostic> diagnostics() {
        return sources.stream().flatMap(s -> s.diagnostics().stream()).toList();
    }
}
