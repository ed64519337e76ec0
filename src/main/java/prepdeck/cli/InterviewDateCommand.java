package prepdeck.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.InvalidInputException;

/** {@code prepdeck interview-date [YYYY-MM-DD] [--clear]}: the short way to {@code settings --interview-date}. */
@Command(name = "interview-date", mixinStandardHelpOptions = true,
        description = {"Set the day of your interview (until then the planner picks each day's cards), clear it, or show it."})
final class InterviewDateCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Parameters(arity = "0..1", paramLabel = "YYYY-MM-DD", description = "The interview day.")
    String date;

    @Option(names = "--clear", description = "Forget the interview date: plain FSRS scheduling.")
    boolean clear;

    @Override
    public Integer call() {
        var practice = root.useCases().practice();
        if (date != null && clear) throw new InvalidInputException("give a date or --clear, not both");
        if (date != null) practice.setInterviewDate(Optional.of(SettingsCommand.date(date)));
        if (clear) practice.setInterviewDate(Optional.empty());
        if (output.json) {
            SettingsCommand.print(root, true);
        } else {
            root.console().out().println(practice.settings().interviewDate().map(d -> "Interview date: " + d).orElse("No interview date."));
        }
        return Cli.OK;
    }
}
