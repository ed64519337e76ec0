package prepdeck.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.CheckSnippets;
import prepdeck.app.InvalidInputException;
import prepdeck.app.SnippetReport;
import prepdeck.contract.SnippetJson;

/** {@code prepdeck snippets check|fixture}: run the Python of the notes, attach the files it reads. */
@Command(name = "snippets", mixinStandardHelpOptions = true,
        description = "Run the Python in your notes and see which examples still do what the notes say.",
        subcommands = {SnippetsCommand.Check.class, SnippetsCommand.Fixture.class})
final class SnippetsCommand implements Runnable {
    @ParentCommand PrepdeckCommand root;

    @Override
    public void run() {
        picocli.CommandLine.usage(this, root.console().out());
    }

    /** {@code prepdeck snippets check [--json] [--source NAME] [--card ID]} */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Run every snippet of the live cards in a sandbox and compare it with what the notes claim.",
                    "Statuses: ok, differs, error, nondeterministic, needs-fixture, skipped. Exits 0 even when some differ."})
    static final class Check implements Callable<Integer> {
        @ParentCommand SnippetsCommand parent;
        @Mixin JsonOption output;

        @Option(names = "--source", paramLabel = "NAME", description = "Only the snippets of this source (its path as imported).")
        String source;

        @Option(names = "--card", paramLabel = "ID", description = "Only the snippets of this card.")
        Long card;

        @Override
        public Integer call() {
            var root = parent.root;
            var snippets = root.useCases().snippets();
            SnippetReport report = card != null ? snippets.checkCard(card) : source != null ? snippets.checkSource(source) : snippets.checkAll();
            var out = root.console().out();
            if (output.json) {
                out.println(root.json().write(new SnippetJson(root.json()).checks(report.checks())));
                return Cli.OK;
            }
            if (report.checks().isEmpty()) {
                out.println("No snippets.");
                return Cli.OK;
            }
            var table = new Table(List.of("WHERE", "STATUS", "CARD", "DETAIL"), 45, 0, 0, 90);
            for (var c : report.checks()) {
                var r = c.result();
                var diff = r.status() == prepdeck.snippets.Status.DIFFERS ? prepdeck.snippets.SnippetDiff.of(r.detail())
                        : java.util.Optional.<prepdeck.snippets.SnippetDiff>empty();
                table.row(c.source() + ":" + r.line(), r.status().code(), c.card(),
                        diff.map(prepdeck.snippets.SnippetDiff::firstLine).orElse(r.detail().lines().findFirst().orElse("")));
            }
            table.print(out);
            for (var c : report.checks()) {
                if (c.result().status() != prepdeck.snippets.Status.DIFFERS) continue;
                prepdeck.snippets.SnippetDiff.of(c.result().detail()).ifPresent(d -> printDiff(out, c.source() + ":" + c.result().line(), d));
            }
            out.printf("%s (%.1f s, %s).%n", report.summary(), report.took().toMillis() / 1000.0,
                    report.isolation() == prepdeck.snippets.Isolation.FILESYSTEM ? "kernel sandbox, a filesystem of its own"
                            : report.isolation().describe());
            return Cli.OK;
        }
    }

    /** The notes and the run side by side, the first differing line marked with '>'. */
    static void printDiff(java.io.PrintStream out, String where, prepdeck.snippets.SnippetDiff diff) {
        out.println();
        out.println(where + " differs" + (diff.note().isEmpty() ? "" : ": " + diff.note()));
        int width = Math.max(5, Math.min(50, diff.rows().stream().mapToInt(r -> r.expected().length() + r.label().length() + 2).max().orElse(5)));
        out.println("    " + pad("NOTES", width) + " | RUN");
        int first = diff.firstDifference().orElse(-1);
        for (int i = 0; i < diff.rows().size(); i++) {
            var r = diff.rows().get(i);
            String mark = i == first ? "> " : r.differs() ? "* " : "  ";
            String left = (r.label().isEmpty() ? "" : r.label() + ": ") + (r.expectedMissing() ? "(nothing)" : r.expected());
            out.println("  " + mark + pad(left, width) + " | " + (r.actualMissing() ? "(nothing)" : r.actual()));
        }
    }

    private static String pad(String s, int width) {
        String cut = s.length() > width ? s.substring(0, width - 1) + "…" : s;
        return cut + " ".repeat(Math.max(0, width - cut.length()));
    }

    /** {@code prepdeck snippets fixture CARD [NAME [FILE]] [--remove]} */
    @Command(name = "fixture", mixinStandardHelpOptions = true,
            description = {"Attach a file to a card for its snippets to read (as NAME in their working directory), or remove one.",
                    "With CARD alone, list the card's fixtures. At most 1 MB of UTF-8 text per file."})
    static final class Fixture implements Callable<Integer> {
        @ParentCommand SnippetsCommand parent;

        @Parameters(index = "0", paramLabel = "CARD", description = "The card's id (see 'prepdeck cards').")
        long card;

        @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "The file name the snippets open, e.g. file.txt.")
        String name;

        @Parameters(index = "2", arity = "0..1", paramLabel = "FILE", description = "The file whose text to attach.")
        Path file;

        @Option(names = "--remove", description = "Remove the card's fixture NAME.")
        boolean remove;

        @Override
        public Integer call() {
            var root = parent.root;
            var snippets = root.useCases().snippets();
            var out = root.console().out();
            if (name == null) {
                var list = snippets.fixtures(card);
                if (list.isEmpty()) out.println("Card " + card + " has no fixtures.");
                for (var f : list) out.println(f.name() + "  " + f.bytes() + " bytes");
                return Cli.OK;
            }
            if (remove) {
                if (file != null) throw new InvalidInputException("--remove takes no FILE");
                snippets.removeFixture(card, name);
                out.println("Removed fixture " + name + " from card " + card + ".");
                return Cli.OK;
            }
            if (file == null) throw new InvalidInputException("give the FILE whose text to attach as " + name + " (or --remove)");
            String content = read(file);
            snippets.attachFixture(card, name, content);
            out.println("Attached " + name + " (" + content.getBytes(StandardCharsets.UTF_8).length + " bytes) to card " + card
                    + "; its snippets now find it in their working directory.");
            return Cli.OK;
        }

        private static String read(Path file) {
            try {
                if (!Files.isRegularFile(file)) throw new InvalidInputException("no file " + file);
                if (Files.size(file) > CheckSnippets.MAX_FIXTURE_BYTES) {
                    throw new InvalidInputException(file + " is " + Files.size(file) + " bytes; a fixture may be at most "
                            + CheckSnippets.MAX_FIXTURE_BYTES + " (1 MB)");
                }
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            } catch (CharacterCodingException e) {
                throw new InvalidInputException(file + " is not UTF-8 text; fixtures are text files");
            } catch (IOException e) {
                throw new InvalidInputException("cannot read " + file + ": " + e.getMessage());
            }
        }
    }
}
