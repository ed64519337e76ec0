package prepdeck.cli;

import prepdeck.app.InvalidInputException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.SearchSyntaxException;

/** {@code prepdeck search QUERY [--limit N] [--json]} */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the cards in Russian, Ukrainian and English, forgiving word forms and typos.",
                "Words must all match; \"a phrase\"; -word excludes; topic:PATH kind:KIND lang:ru|uk|en is:gap is:due."})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several arguments are joined by spaces).")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Override
    public Integer call() {
        String query = String.join(" ", words);
        if (limit < 1) throw new InvalidInputException("--limit must be at least 1, got " + limit);
        var out = root.console().out();
        List<prepdeck.app.SearchHit> hits;
        try {
            hits = root.useCases().search().search(query, limit);
        } catch (SearchSyntaxException e) {
            throw new InvalidInputException("bad query: " + e.getMessage(), e);
        }
        if (output.json) {
            out.println(root.json().write(root.json().searchHits(hits)));
        } else if (hits.isEmpty()) {
            out.println("Nothing found for " + query);
        } else {
            // a hit found through another language, layout or a typo says so: matched «декоратор» → Decorators
            if (hits.stream().anyMatch(h -> !h.why().isEmpty())) {
                var table = new Table(List.of("ID", "WHERE", "TOPIC", "PROMPT", "WHY"), 0, 40, 30, 60, 40);
                for (var h : hits) table.row(h.id(), h.source() + ":" + h.line(), h.topic(), h.stemHint().isEmpty() ? h.prompt() : h.prompt() + "  " + h.stemHint(), h.why());
                table.print(out);
            } else {
                var table = new Table(List.of("ID", "WHERE", "TOPIC", "PROMPT"), 0, 40, 30, 70);
                for (var h : hits) table.row(h.id(), h.source() + ":" + h.line(), h.topic(), h.stemHint().isEmpty() ? h.prompt() : h.prompt() + "  " + h.stemHint());
                table.print(out);
            }
        }
        return Cli.OK;
    }
}
