package prepdeck.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code prepdeck export apkg OUT.apkg [--topic PATH]} */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the deck for another program.",
        subcommands = ExportCommand.Apkg.class)
final class ExportCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;

    @Override
    public Integer call() {
        root.console().err().println("prepdeck: say what to export: prepdeck export apkg OUT.apkg");
        return Cli.USER_ERROR;
    }

    @Command(name = "apkg", mixinStandardHelpOptions = true,
            description = {"Write an Anki package (.apkg) that every Anki version imports: one note per card (fields Front,",
                    "Back, Topic, Source), a deck per topic under 'prepdeck', the review history and the FSRS state as",
                    "Anki's scheduling. Exporting again updates the notes in Anki instead of adding them twice."})
    static final class Apkg implements Callable<Integer> {
        @ParentCommand ExportCommand export;

        @Parameters(index = "0", paramLabel = "OUT.apkg", description = "the package to write (replaced if it exists)")
        Path out;

        @Option(names = "--topic", paramLabel = "PATH", description = "only this topic and its subtopics, e.g. \"Python / GIL\"")
        String topic;

        @Override
        public Integer call() {
            var result = export.root.useCases().exportApkg().export(out, Optional.ofNullable(topic));
            export.root.console().out().printf("Exported %d %s in %d %s with %d %s to %s%n", result.notes(),
                    result.notes() == 1 ? "card" : "cards", result.decks(), result.decks() == 1 ? "deck" : "decks",
                    result.reviews(), result.reviews() == 1 ? "review" : "reviews", result.file());
            return Cli.OK;
        }
    }
}
