package prepdeck.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.InvalidInputException;
import prepdeck.app.Practice;
import prepdeck.contract.PracticeJson;

/** {@code prepdeck settings}: shows the practice settings, and changes the ones given. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Show the practice settings (interview date, daily review budget, new cards a day, desired retention,",
                "FSRS weights and the last fit), changing first the ones given."})
final class SettingsCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Option(names = "--interview-date", paramLabel = "YYYY-MM-DD", description = "The day of the interview: until then the planner picks each day's cards.")
    String interviewDate;

    @Option(names = "--no-interview-date", description = "Forget the interview date: plain FSRS scheduling.")
    boolean noInterviewDate;

    @Option(names = "--budget", paramLabel = "N", description = "Cards the planner may give a day (1–10000; default 100).")
    Integer budget;

    @Option(names = "--new-per-day", paramLabel = "N", description = "New cards a day (0–10000; default 20).")
    Integer newPerDay;

    @Option(names = "--retention", paramLabel = "R", description = "Desired retention, 0.70–0.99 (default 0.9).")
    Double retention;

    @Override
    public Integer call() {
        Practice practice = root.useCases().practice();
        if (interviewDate != null && noInterviewDate) throw new InvalidInputException("give --interview-date or --no-interview-date, not both");
        if (interviewDate != null) practice.setInterviewDate(Optional.of(date(interviewDate)));
        if (noInterviewDate) practice.setInterviewDate(Optional.empty());
        if (budget != null) practice.setDailyBudget(budget);
        if (newPerDay != null) practice.setNewCardsPerDay(newPerDay);
        if (retention != null) practice.setDesiredRetention(retention);
        print(root, output.json);
        return Cli.OK;
    }

    static void print(PrepdeckCommand root, boolean json) {
        Practice practice = root.useCases().practice();
        var s = practice.settings();
        var out = root.console().out();
        if (json) {
            out.println(root.json().write(new PracticeJson(root.json()).settings(s, practice.lastRefit())));
            return;
        }
        new Table(java.util.List.of("SETTING", "VALUE"))
                .row("interview date", s.interviewDate().map(LocalDate::toString).orElse("none"))
                .row("daily budget", s.dailyBudget())
                .row("new cards a day", s.newPerDay())
                .row("desired retention", s.desiredRetention())
                .row("FSRS weights", s.fitted() ? "fitted on your reviews" : "defaults")
                .row("last fit", practice.lastRefit().orElse("never"))
                .print(out);
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("a date must look like 2026-03-01, got '" + text + "'");
        }
    }
}
