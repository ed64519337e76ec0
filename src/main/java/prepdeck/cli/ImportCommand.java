package prepdeck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.ImportApkg;
import prepdeck.app.ImportReport;
import prepdeck.knowledge.Diagnostic;

/** {@code prepdeck import PATH…} */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import notes from files and folders.",
                "Folders are read recursively; hidden entries are skipped.",
                "Importing again reads only changed files. A card keeps its id and review history when its",
                "question is reworded, its answer edited, or it moves to another section or file (or its file is",
                "renamed); only a card whose question and answer are both gone is retired, never deleted.",
                "The report names each retired card and each card kept across a reword or a move.",
                "The notes themselves are never modified."},
        footer = {"", "Problems are printed as path:line: message on stderr. Exit code 1 when a file could not be imported",
                "(the others are imported all the same)."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Option(names = "--dry-run", description = "Show what the import would do (new, changed, retired and kept cards) and write nothing.")
    boolean dryRun;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = {"Files or folders of notes, or Anki packages (.apkg, .colpkg):",
            "their notes become cards, their decks topics, their review log your history."})
    List<Path> paths;

    @Override
    public Integer call() {
        var console = root.console();
        if (dryRun && paths.stream().anyMatch(ImportApkg::isPackage)) {
            console.err().println("import --dry-run: Anki packages cannot be dry-run; name notes files and folders only");
            return Cli.USER_ERROR;
        }
        var packages = paths.stream().filter(ImportApkg::isPackage).toList();
        var notes = paths.stream().filter(p -> !ImportApkg.isPackage(p)).toList();
        boolean failed = false;
        for (Path apkg : packages) {
            ImportApkg.Result result;
            try (var progress = new ProgressDisplay(console.err(), console.errIsTerminal(), System.nanoTime())) {
                result = root.useCases().importApkg().run(apkg, progress);
            }
            failed |= show(result.report());
            if (!output.json && !result.mediaKept().isEmpty()) {
                console.out().printf("Kept %d media %s of %s in %s (cards name them as [image: FILE] or [sound:FILE]).%n", result.mediaKept().size(),
                        result.mediaKept().size() == 1 ? "file" : "files", apkg.getFileName(), result.mediaFolder());
            }
            if (!output.json && result.ownCards() > 0) {
                console.out().printf("Recognised %d %s of %s as this deck's own cards (exported by prepdeck): left as %s, not added again.%n",
                        result.ownCards(), result.ownCards() == 1 ? "note" : "notes", apkg.getFileName(), result.ownCards() == 1 ? "it is" : "they are");
            }
            if (!output.json) console.out().printf("Added %d %s from %s to the history.%n", result.reviewsAdded(),
                    result.reviewsAdded() == 1 ? "review" : "reviews", apkg.getFileName());
        }
        if (notes.isEmpty()) return failed ? Cli.USER_ERROR : Cli.OK;
        if (dryRun) {
            ImportReport report = root.useCases().importNotes().dryRun(notes);
            for (Diagnostic d : report.diagnostics()) console.err().println(d);
            if (output.json) console.out().println(root.json().write(root.json().importDryRun(report)));
            else printDryRun(report, console.out());
            return failed || report.sources().stream().anyMatch(s -> s.format() == null) ? Cli.USER_ERROR : Cli.OK;
        }
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
        printSources(report, out);
        var t = report.totals();
        out.printf("Imported %d %s: %d topics, %d cards, %d gaps, %d snippets. Retired %d cards; %d %s unchanged.%n",
                t.sources(), t.sources() == 1 ? "source" : "sources", t.topics(), t.cards(), t.gaps(), t.snippets(),
                t.retired(), t.unchangedSources(), t.unchangedSources() == 1 ? "source" : "sources");
        printSkipped(report, out);
        printCards(report.changes(), out);
    }

    /** One line naming the files of a folder left out as repository boilerplate, and why. */
    static void printSkipped(ImportReport report, java.io.PrintStream out) {
        if (report.skipped().isEmpty()) return;
        var names = new java.util.ArrayList<String>();
        for (Diagnostic d : report.skipped()) names.add(d.path() + " (" + d.message() + ")");
        int n = names.size();
        out.printf("Skipped %d %s that %s repository boilerplate, not notes: %s. Name a file to import it anyway.%n",
                n, n == 1 ? "file" : "files", n == 1 ? "is" : "are", String.join(", ", names));
    }

    private static void printDryRun(ImportReport report, java.io.PrintStream out) {
        printSources(report, out);
        var t = report.totals();
        var c = report.changes();
        out.printf("Dry run, nothing written. Would import %d %s (%d %s unchanged): %d new %s, %d changed, %d retired, %d kept across a reword or move.%n",
                t.sources(), t.sources() == 1 ? "source" : "sources", t.unchangedSources(),
                t.unchangedSources() == 1 ? "source" : "sources", c.newCards(), c.newCards() == 1 ? "card" : "cards",
                c.changedCards(), c.retired().size(), c.kept().size());
        printSkipped(report, out);
        printCards(c, out);
    }

    private static void printSources(ImportReport report, java.io.PrintStream out) {
        var table = new Table(List.of("SOURCE", "FORMAT", "LANG", "TOPICS", "CARDS", "GAPS", "SNIPPETS", "PROBLEMS"), 50, 0, 0, 0, 0, 0, 0, 0);
        for (var s : report.sources()) {
            table.row(s.path(), s.format() == null ? "not imported" : s.format(), s.language() == null ? "" : s.language(),
                    s.topics(), s.cards(), s.gaps(), s.snippets(), s.diagnostics().size());
        }
        if (!table.isEmpty()) {
            table.print(out);
            out.println();
        }
    }

    /** Lines shown per list; the rest are counted (and all are in --json). */
    static final int SHOWN = 50;

    /** Each retired card and each card kept across a reword or a move, one line each. */
    static void printCards(ImportReport.Changes c, java.io.PrintStream out) {
        int shown = 0;
        for (var r : c.retired()) {
            if (shown++ == SHOWN) break;
            out.printf("  retired #%d %s (%s) in %s%n", r.id(), quoted(r.prompt()), reviews(r.reviews()), r.source());
        }
        if (c.retired().size() > SHOWN) out.printf("  … and %d more retired (--json lists them all)%n", c.retired().size() - SHOWN);
        shown = 0;
        for (var k : c.kept()) {
            if (shown++ == SHOWN) break;
            var line = new StringBuilder("  kept #").append(k.id()).append(' ').append(quoted(k.fromPrompt()));
            if (k.reworded()) line.append(" → ").append(quoted(k.toPrompt()));
            if (k.moved()) line.append(" moved from ").append(k.fromSource()).append(" to ").append(k.toSource());
            if (k.reviews() > 0) line.append(" (").append(reviews(k.reviews())).append(')');
            out.println(line);
        }
        if (c.kept().size() > SHOWN) out.printf("  … and %d more kept (--json lists them all)%n", c.kept().size() - SHOWN);
    }

    private static String reviews(int n) {
        return n + (n == 1 ? " review kept" : " reviews kept");
    }

    /** A prompt on one line in quotes, cut at 80 characters. */
    private static String quoted(String prompt) {
        String line = prompt.replaceAll("\\s+", " ").strip();
        return "'" + (line.length() > 80 ? line.substring(0, 79) + "…" : line) + "'";
    }
}
