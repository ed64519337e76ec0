package prepdeck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code prepdeck stats} */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count sources, topics, cards (answered, live), gaps, snippets, reviews and retired cards.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Override
    public Integer call() {
        var s = root.useCases().knowledge().stats();
        var out = root.console().out();
        if (output.json) {
            out.println(root.json().write(root.json().stats(s)));
        } else {
            new Table(java.util.List.of("WHAT", "COUNT"))
                    .row("sources", s.sources()).row("topics", s.topics()).row("cards", s.cards()).row("gaps", s.gaps())
                    .row("snippets", s.snippets()).row("reviews", s.reviews()).row("retired", s.retired())
                    .print(out);
        }
        return Cli.OK;
    }
}
