package prepdeck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.InvalidInputException;
import prepdeck.app.PlanCalendar;
import prepdeck.app.PlannedInterview;
import prepdeck.contract.PlanningJson;
import prepdeck.review.plan.Priority;

/** {@code prepdeck interviews add|list|remove|budget|priority|asked|plan|ics}: planning toward several interviews. */
@Command(name = "interviews", mixinStandardHelpOptions = true,
        description = {"The interviews you prepare for, your weekly study time and priorities, and the plan toward them."},
        subcommands = {InterviewsCommand.Add.class, InterviewsCommand.ListInterviews.class, InterviewsCommand.Remove.class,
                InterviewsCommand.Budget.class, InterviewsCommand.PriorityCommand.class, InterviewsCommand.Asked.class,
                InterviewsCommand.Plan.class, InterviewsCommand.Ics.class})
final class InterviewsCommand implements Runnable {
    @ParentCommand PrepdeckCommand root;

    @Override
    public void run() {
        new ListInterviews().print(root, false);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an interview: a day, a name, a scope (topics or a search query).")
    static final class Add implements Callable<Integer> {
        @ParentCommand InterviewsCommand parent;
        @Mixin JsonOption output;

        @Parameters(index = "0", paramLabel = "YYYY-MM-DD", description = "The interview day.")
        String day;

        @Parameters(index = "1", paramLabel = "NAME", description = "E.g. \"Acme, backend\".")
        String name;

        @Option(names = "--topic", paramLabel = "PATH", description = "A topic in scope, with its subtopics (repeat for more).")
        List<String> topics = new ArrayList<>();

        @Option(names = "--query", paramLabel = "QUERY", description = "A search query whose cards are in scope (instead of topics).")
        String query;

        @Option(names = "--importance", paramLabel = "X", description = "How much it matters against the others (default: ${DEFAULT-VALUE}).")
        double importance = 1;

        @Override
        public Integer call() {
            var root = parent.root;
            PlannedInterview i = root.useCases().planning().add(name, SettingsCommand.date(day), topics, Optional.ofNullable(query), importance);
            if (output.json) root.console().out().println(root.json().write(new PlanningJson(root.json()).interview(i)));
            else root.console().out().printf("Added interview %d: %s on %s (%s)%n", i.id(), i.name(), i.day(), i.scopeText());
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the interviews (the old interview date shows as id 0).")
    static final class ListInterviews implements Callable<Integer> {
        @ParentCommand InterviewsCommand parent;
        @Mixin JsonOption output;

        @Override
        public Integer call() {
            print(parent.root, output.json);
            return Cli.OK;
        }

        void print(PrepdeckCommand root, boolean json) {
            var list = root.useCases().planning().interviews();
            if (json) {
                root.console().out().println(root.json().write(new PlanningJson(root.json()).interviews(list)));
                return;
            }
            if (list.isEmpty()) {
                root.console().out().println("No interviews. Add one: prepdeck interviews add YYYY-MM-DD NAME [--topic PATH]");
                return;
            }
            var table = new Table(List.of("ID", "DAY", "NAME", "SCOPE", "IMPORTANCE"));
            for (PlannedInterview i : list) table.row(i.id(), i.day().toString(), i.name(), i.scopeText(), i.importance());
            table.print(root.console().out());
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an interview by its id (0: the old interview date).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand InterviewsCommand parent;

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            parent.root.useCases().planning().remove(id);
            parent.root.console().out().println("Removed interview " + id + ".");
            return Cli.OK;
        }
    }

    @Command(name = "budget", mixinStandardHelpOptions = true,
            description = {"Show or set the weekly study time, e.g. \"60 min Mon-Fri, 0 Sat, 30 Sun\", and days off."})
    static final class Budget implements Callable<Integer> {
        @ParentCommand InterviewsCommand parent;
        @Mixin JsonOption output;

        @Parameters(arity = "0..1", paramLabel = "WEEKLY", description = "Minutes per weekday; days not named get 0.")
        String weekly;

        @Option(names = "--off", paramLabel = "YYYY-MM-DD", description = "A day off (repeat for more); replaces the days off.")
        List<String> off = new ArrayList<>();

        @Override
        public Integer call() {
            var root = parent.root;
            var planning = root.useCases().planning();
            if (weekly == null && !off.isEmpty()) throw new InvalidInputException("give the weekly budget with --off");
            if (weekly != null) {
                Set<LocalDate> days = new TreeSet<>();
                for (String d : off) days.add(SettingsCommand.date(d));
                planning.setBudget(weekly, days);
            }
            var b = planning.budget();
            if (output.json) root.console().out().println(root.json().write(new PlanningJson(root.json()).budget(b)));
            else root.console().out().println("Weekly budget: " + b.text() + (b.daysOff().isEmpty() ? "" : "; days off " + b.daysOff())
                    + (planning.hasBudget() ? "" : " (from the daily card budget; set one to plan by time)"));
            return Cli.OK;
        }
    }

    @Command(name = "priority", mixinStandardHelpOptions = true, description = "Set a topic's priority: must, likely, unlikely, or none.")
    static final class PriorityCommand implements Callable<Integer> {
        @ParentCommand InterviewsCommand parent;

        @Parameters(index = "0", paramLabel = "TOPIC")
        String topic;

        @Parameters(index = "1", paramLabel = "PRIORITY")
        String priority;

        @Override
        public Integer call() {
            Optional<Priority> p;
            try {
                p = priority.equalsIgnoreCase("none") ? Optional.empty() : Optional.of(Priority.of(priority));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("priority must be must, likely, unlikely or none, got \"" + priority + "\"");
            }
            parent.root.useCases().planning().setTopicPriority(topic, p);
            parent.root.console().out().println(topic + ": " + p.map(Priority::label).orElse("no priority"));
            return Cli.OK;
        }
    }

    @Command(name = "asked", mixinStandardHelpOptions = true, description = "Flag a card as asked in an interview before (--clear: take it back).")
    static final class Asked implements Callable<Integer> {
        @ParentCommand InterviewsCommand parent;

        @Parameters(index = "0", paramLabel = "CARD")
        long card;

        @Option(names = "--clear")
        boolean clear;

        @Override
        public Integer call() {
            parent.root.useCases().planning().setAskedBefore(card, !clear);
            parent.root.console().out().println("Card " + card + (clear ? ": no longer flagged." : ": asked before."));
            return Cli.OK;
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = {"The plan: minutes and cards a day until each interview, each interview's forecast, and warnings."})
    static final class Plan implements Callable<Integer> {
        @ParentCommand InterviewsCommand parent;
        @Mixin JsonOption output;

        @Override
        public Integer call() {
            var root = parent.root;
            var view = root.useCases().planning().plan();
            var out = root.console().out();
            if (output.json) {
                out.println(root.json().write(new PlanningJson(root.json()).plan(view)));
                return Cli.OK;
            }
            out.println("Budget: " + view.budget().text() + "; " + view.seconds());
            for (PlannedInterview i : view.interviews()) {
                out.println(view.forecast(i).map(f -> String.format(Locale.ROOT, "%s on %s (%s): %.0f %% ± %.0f with the plan, %.0f %% without reviews",
                        i.name(), i.day(), i.scopeText(), 100 * f.withPlan(), 100 * f.spread(), 100 * f.withoutReviews()))
                        .orElse(i.name() + " on " + i.day() + ": beyond the planner's 60 days; plain FSRS until then"));
            }
            view.warnings().forEach(w -> out.println("Warning: " + w));
            if (!view.plan().days().isEmpty()) {
                var table = new Table(List.of("DAY", "CARDS", "NEW", "FINAL PASS", "MINUTES", "OF"));
                for (var d : view.plan().days()) {
                    table.row(d.day() + " " + d.day().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH),
                            d.cards(), d.newCards(), d.sweep(), Math.round(d.seconds() / 60), Math.round(d.availableSeconds() / 60));
                }
                table.print(out);
            }
            return Cli.OK;
        }
    }

    @Command(name = "ics", mixinStandardHelpOptions = true, description = "Write the plan's sessions and the interviews as an .ics calendar file.")
    static final class Ics implements Callable<Integer> {
        @ParentCommand InterviewsCommand parent;

        @Parameters(index = "0", paramLabel = "OUT.ics", description = "Where to write it (- for standard output).")
        String out;

        @Option(names = "--at", paramLabel = "HH:MM", description = "When the daily session starts, UTC (default: ${DEFAULT-VALUE}).")
        String at = "18:00";

        @Override
        public Integer call() throws IOException {
            var root = parent.root;
            LocalTime start;
            try {
                start = LocalTime.parse(at);
            } catch (java.time.DateTimeException e) {
                throw new InvalidInputException("--at must look like 18:00, got '" + at + "'");
            }
            String ics = PlanCalendar.ics(root.useCases().planning().plan(), java.time.Instant.now(), start, "plan.prepdeck");
            if (out.equals("-")) {
                root.console().out().print(ics);
            } else {
                Path path = Path.of(out);
                Path tmp = path.toAbsolutePath().resolveSibling(path.getFileName() + ".tmp");
                Files.writeString(tmp, ics, StandardCharsets.UTF_8);
                Files.move(tmp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                root.console().out().println("Wrote " + path);
            }
            return Cli.OK;
        }
    }
}
