package prepdeck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code prepdeck reindex} */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index from the store.",
                "The index is derived data: searches keep it current by themselves; this starts it afresh",
                "(after a crash, a copy of the data folder, or to be sure)."})
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        int cards = root.useCases().search().rebuild();
        root.console().out().printf("Indexed %d cards in %.1f s.%n", cards, (System.nanoTime() - start) / 1e9);
        return Cli.OK;
    }
}
