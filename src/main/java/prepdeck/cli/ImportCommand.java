package prepdeck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.ImportApkg;
import prepdeck.app.ImportReport;
import prepdeck.knowledge.Diagnostic;

/** {@code prepdeck import PATH…} */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import notes from files and folders.",
                "Folders are read recursively; hidden entries are skipped.",
                "Importing again reads only changed files; edited cards keep their ids and review history,",
                "cards whose text is gone are retired, never deleted. The notes themselves are never modified."},
        footer = {"", "Problems are printed as path:line: message on stderr. Exit code 1 when a file could not be imported",
                "(the others are imported all the same)."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = {"Files or folders of notes, or Anki packages (.apkg, .colpkg):",
            "their notes become cards, their decks topics, their review log your history."})
    List<Path> paths;

    @Override
    public Integer call() {
        var console = root.console();
        var packages = paths.stream().filter(ImportApkg::isPackage).toList();
        var notes = paths.stream().filter(p -> !ImportApkg.isPackage(p)).toList();
        boolean failed = false;
        for (Path apkg : packages) {
            ImportApkg.Result result;
            try (var progress = new ProgressDisplay(console.err(), console.errIsTerminal(), System.nanoTime())) {
                result = root.useCases().importApkg().run(apkg, progress);
            }
            failed |= show(result.report());
            if (!output.json) console.out().printf("Added %d %s from %s to the history.%n", result.reviewsAdded(),
                    result.reviewsAdded() == 1 ? "review" : "reviews", apkg.getFileName());
        }
        if (notes.isEmpty()) return failed ? Cli.USER_ERROR : Cli.OK;
        ImportReport report;
        try (var progress = new ProgressDisplay(console.err(), console.errIsTerminal(), System.nanoTime())) {
            report = root.useCases().importNotes().run(notes, progress);
        }
        return show(report) || failed ? Cli.USER_ERROR : Cli.OK;
    }

    /** Prints a report; returns whether a source was rejected. */
    private boolean show(ImportReport report) {
        var console = root.console();
        for (Diagnostic d : report.diagnostics()) console.err().println(d);
        if (output.json) {
            console.out().println(root.json().write(root.json().importReport(report)));
        } else {
            printSummary(report, console.out());
        }
        return report.sources().stream().anyMatch(s -> s.format() == null);
    }

    private static void printSummary(ImportReport report, java.io.PrintStream out) {
        var table = new Table(List.of("SOURCE", "FORMAT", "LANG", "TOPICS", "CARDS", "GAPS", "SNIPPETS", "PROBLEMS"), 50, 0, 0, 0, 0, 0, 0, 0);
        for (var s : report.sources()) {
            table.row(s.path(), s.format() == null ? "not imported" : s.format(), s.language() == null ? "" : s.language(),
                    s.topics(), s.cards(), s.gaps(), s.snippets(), s.diagnostics().size());
        }
        if (!table.isEmpty()) {
            table.print(out);
            out.println();
        }
        var t = report.totals();
        out.printf("Imported %d %s: %d topics, %d cards, %d gaps, %d snippets. Retired %d cards; %d %s unchanged.%n",
                t.sources(), t.sources() == 1 ? "source" : "sources", t.topics(), t.cards(), t.gaps(), t.snippets(),
                t.retired(), t.unchangedSources(), t.unchangedSources() == 1 ? "source" : "sources");
    }
}
