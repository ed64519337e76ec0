package prepdeck.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import prepdeck.knowledge.TopicPath;

/** {@code prepdeck topics} */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "List the topic tree, with the cards and gaps directly in each topic.")
final class TopicsCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Override
    public Integer call() {
        var topics = root.useCases().knowledge().topics();
        var out = root.console().out();
        if (output.json) {
            out.println(root.json().write(root.json().topics(topics)));
        } else if (topics.isEmpty()) {
            out.println("No topics yet. Import notes first: prepdeck import PATH…");
        } else {
            var table = new Table(List.of("ID", "TOPIC", "CARDS", "GAPS"), 0, 70, 0, 0);
            for (var t : topics) {
                int depth = TopicPath.parse(t.path()).depth();
                table.row(t.id(), "  ".repeat(Math.max(0, depth - 1)) + t.title(), t.cards(), t.gaps());
            }
            table.print(out);
        }
        return Cli.OK;
    }
}
