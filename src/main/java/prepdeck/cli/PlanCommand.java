package prepdeck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code prepdeck plan --in STATE.json --json} */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Ask the interview planner which cards to review today, in order.",
                "Given card states, today, the interview date and the day's budget, it prints {\"review\":[ids]}.",
                "Drive it from your own learner simulation; the app's review queue uses the same code."})
final class PlanCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Option(names = "--in", paramLabel = "STATE.json", description = "The state (standard input when left out).")
    Path in;

    @Override
    public Integer call() throws IOException {
        try (var input = FsrsCommand.input(in)) {
            new PlanJson().plan(input, root.console().out());
        }
        return Cli.OK;
    }
}
