package prepdeck.app;

import java.util.List;
import java.util.Objects;
import prepdeck.knowledge.Diagnostic;

/**
 * What one import did (or, from a dry run, would do), source by source, in the shape of {@code import --json},
 * and which cards it added, changed, retired and kept across an edit. {@code skipped} names the files of a folder that
 * were left out as repository boilerplate (a licence, a contribution guide), each with why.
 */
public record ImportReport(List<SourceReport> sources, Totals totals, Changes changes, List<Diagnostic> skipped) {
    public ImportReport {
        sources = List.copyOf(sources);
        Objects.requireNonNull(totals);
        Objects.requireNonNull(changes);
        skipped = List.copyOf(skipped);
    }

    public ImportReport(List<SourceReport> sources, Totals totals, Changes changes) {
        this(sources, totals, changes, List.of());
    }

    /** A report that names no cards (an import that could not tell). */
    public ImportReport(List<SourceReport> sources, Totals totals) {
        this(sources, totals, Changes.NONE);
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

    /**
     * The cards behind the totals.
     *
     * @param newCards     cards (answered or gaps) that did not continue a stored card
     * @param changedCards stored cards continued with a visible change: prompt, answer, kind, topic, file, or
     *                     status (a gap answered, a retired card back)
     * @param retired      cards retired because both their question and their answer left the notes
     * @param kept         cards that kept their id across a reworded prompt or a move to another file
     */
    public record Changes(int newCards, int changedCards, List<Retired> retired, List<Kept> kept) {
        public static final Changes NONE = new Changes(0, 0, List.of(), List.of());

        public Changes {
            retired = List.copyOf(retired);
            kept = List.copyOf(kept);
        }
    }

    /** A retired card: hidden from practice, kept with its {@code reviews}. */
    public record Retired(long id, String prompt, String source, int reviews) {}

    /** A card that kept its id and its {@code reviews} while its prompt or its file changed. */
    public record Kept(long id, String fromSource, String fromPrompt, String toSource, String toPrompt, int reviews) {
        public boolean moved() {
            return !fromSource.equals(toSource);
        }

        public boolean reworded() {
            return !CardIdentity.normalize(fromPrompt).equals(CardIdentity.normalize(toPrompt));
        }
    }

    public List<Diagnostic> diagnostics() {
        return sources.stream().flatMap(s -> s.diagnostics().stream()).toList();
    }
}
