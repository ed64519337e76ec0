package prepdeck.app;

import java.time.Instant;
import java.util.List;

/** The history entry of one import run. */
public record ImportRecord(Instant startedAt, Instant finishedAt, List<String> roots, ImportReport.Totals totals,
                           int rejectedSources, int diagnostics) {
    public ImportRecord {
        roots = List.copyOf(roots);
    }
}
