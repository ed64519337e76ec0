package prepdeck.app;

import java.util.Objects;

/** The use cases of one data folder, built by the composition root and driven by the CLI and the web. */
public record UseCases(Knowledge knowledge, ImportNotes importNotes, SearchCards search, CheckSnippets snippets, Practice practice,
                       MockInterviews interviews, ExportApkg exportApkg, ImportApkg importApkg,
                       InterviewPlanning planning) {
    public UseCases {
        Objects.requireNonNull(knowledge);
        Objects.requireNonNull(importNotes);
        Objects.requireNonNull(search);
        Objects.requireNonNull(snippets);
        Objects.requireNonNull(practice);
        Objects.requireNonNull(interviews);
        Objects.requireNonNull(exportApkg);
        Objects.requireNonNull(importApkg);
        Objects.requireNonNull(planning);
    }
}
