package prepdeck.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.CardQuery;

/** {@code prepdeck cards [--source NAME] [--topic PATH] [--all]} */
@Command(name = "cards", mixinStandardHelpOptions = true,
        description = "List live cards (answered ones and gaps) in source order.")
final class CardsCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Option(names = "--source", paramLabel = "NAME", description = "Only cards from this source (its path as imported, e.g. python/generators.md).")
    String source;

    @Option(names = "--topic", paramLabel = "PATH", description = "Only cards in this topic and its subtopics (titles joined by ' / ').")
    String topic;

    @Option(names = "--all", description = "Retired cards too (cards whose text left the notes; their history is kept).")
    boolean all;

    @Override
    public Integer call() {
        var query = new CardQuery(Optional.ofNullable(source), Optional.ofNullable(topic), all);
        var cards = root.useCases().knowledge().cards(query);
        var out = root.console().out();
        if (output.json) {
            out.println(root.json().write(root.json().cards(cards)));
        } else if (cards.isEmpty()) {
            out.println("No cards.");
        } else {
            var table = new Table(List.of("ID", "STATUS", "KIND", "TOPIC", "WHERE", "PROMPT"), 0, 0, 0, 30, 30, 60);
            for (var c : cards) table.row(c.id(), c.status().code(), c.kind().code(), c.topic(), c.source() + ":" + c.line(),
                    c.hasStem() ? c.prompt() + "  " + c.stemHint() : c.prompt());
            table.print(out);
        }
        return Cli.OK;
    }
}
