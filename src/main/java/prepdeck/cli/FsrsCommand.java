package prepdeck.cli;

import prepdeck.app.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import prepdeck.review.fsrs.Optimizer;

/** {@code prepdeck fsrs replay|optimize}: the FSRS-6 scheduler and optimizer, for scripts and for checking against the reference. */
@Command(name = "fsrs", mixinStandardHelpOptions = true,
        description = "The FSRS-6 scheduler and its optimizer, driven with JSON.",
        subcommands = {FsrsCommand.Replay.class, FsrsCommand.Optimize.class})
final class FsrsCommand implements Runnable {
    @ParentCommand PrepdeckCommand root;

    @Override
    public void run() {
        root.spec.commandLine().getSubcommands().get("fsrs").usage(root.console().out());
    }

    /** Opens {@code file}, or standard input when there is none. */
    static InputStream input(Path file) throws IOException {
        if (file == null) return System.in;
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("no such file: " + file);
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Replay review histories through the scheduler: reads the JSON input of the reference oracle's",
                    "schedule.mjs (on stdin, or --in FILE) and prints the same JSON lines, one per review."})
    static final class Replay implements Callable<Integer> {
        @ParentCommand FsrsCommand fsrs;

        @Option(names = "--in", paramLabel = "FILE", description = "Read this file instead of standard input.")
        Path in;

        @Override
        public Integer call() throws IOException {
            try (var input = input(in)) {
                new FsrsReplayJson().replay(input, fsrs.root.console().out());
            }
            return Cli.OK;
        }
    }

    @Command(name = "optimize", mixinStandardHelpOptions = true,
            description = {"Fit the 21 FSRS-6 parameters on a review log the way fsrs-rs does, and print them with the log loss",
                    "and RMSE(bins) of the defaults and of the fit. FILE is in the format of the reference oracle's simulate.mjs;",
                    "without --in, your own history is fitted."})
    static final class Optimize implements Callable<Integer> {
        @ParentCommand FsrsCommand fsrs;
        @Mixin JsonOption output;

        @Option(names = "--in", paramLabel = "FILE",
                description = {"The review log to fit. Without it: your own review log (answers not undone); the fitted",
                        "weights are kept, and schedule from then on, only if their log loss is lower than that of the weights in use."})
        Path in;

        @Override
        public Integer call() throws IOException {
            if (in == null) {
                var refit = fsrs.root.useCases().practice().refit();
                var out = fsrs.root.console().out();
                if (output.json) out.println(fsrs.root.json().write(new prepdeck.contract.PracticeJson(fsrs.root.json()).refit(refit)));
                else out.println(refit.summary());
                return Cli.OK;
            }
            try (var input = input(in)) {
                new FsrsOptimizeJson(new Optimizer(Optimizer.Config.DEFAULT), System::nanoTime).optimize(input, fsrs.root.console().out());
            }
            return Cli.OK;
        }
    }
}
