package prepdeck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code prepdeck simulate [--days N] [--cards N] [--budget N] [--seed N] [--json]} */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Compare plain FSRS with the interview planner on a simulated learner.",
                "The learner (known true FSRS-6 parameters, seeded) studies for N days with a daily budget, once under",
                "plain FSRS at desired retention 0.9 and once under the planner; prints the mean true recall of each",
                "on interview day (the last day) and how many reviews each spent.",
                "With --interviews: the benchmark settings with several interviews, a weekly time budget and priorities;",
                "plain FSRS, lowest recall first and a RemNote-style policy, each against the planner held to its minutes."})
final class SimulateCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Option(names = "--days", paramLabel = "N", description = "Days until the interview (default: ${DEFAULT-VALUE}).")
    int days = SimulateJson.Options.DEFAULT.days();

    @Option(names = "--cards", paramLabel = "N", description = "Cards to learn (default: ${DEFAULT-VALUE}).")
    int cards = SimulateJson.Options.DEFAULT.cards();

    @Option(names = "--budget", paramLabel = "N", description = "Reviews a day (default: ${DEFAULT-VALUE}).")
    int budget = SimulateJson.Options.DEFAULT.budget();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the simulated learner (default: ${DEFAULT-VALUE}).")
    long seed = SimulateJson.Options.DEFAULT.seed();

    @Option(names = "--interviews", description = "Several interviews, time budgets and priorities (docs/BENCHMARKS.md).")
    boolean interviews;

    @Override
    public Integer call() {
        if (interviews) return interviews();
        var options = new SimulateJson.Options(days, cards, budget, seed);
        var json = new SimulateJson();
        var out = root.console().out();
        if (output.json) {
            json.simulate(options, out);
        } else {
            var result = json.result(options);
            var table = new Table(java.util.List.of("POLICY", "MEAN RECALL ON INTERVIEW DAY", "REVIEWS"));
            result.get("policies").forEach(p -> table.row(p.get("name").asText(), p.get("mean_recall_on_day").asDouble(), p.get("reviews").asInt()));
            table.print(out);
            out.printf("%d cards, %d days, %d reviews a day, seed %d%n", cards, days, budget, seed);
        }
        return Cli.OK;
    }

    private Integer interviews() {
        var result = new SimulateInterviewsJson().result(seed);
        var out = root.console().out();
        if (output.json) {
            out.print(result + "\n");
            out.flush();
            return Cli.OK;
        }
        for (var s : result.get("settings")) {
            out.println(s.get("name").asText());
            var table = new Table(java.util.List.of("POLICY", "HELD TO", "RECALL ON EACH INTERVIEW DAY", "OVERALL", "MINUTES"));
            for (var p : s.get("policies")) {
                StringBuilder r = new StringBuilder();
                for (var x : p.get("recall")) r.append(r.isEmpty() ? "" : " / ").append(String.format(java.util.Locale.ROOT, "%.3f", x.asDouble()));
                table.row(p.get("name").asText(), p.get("matched").asText(), r.toString(), p.get("overall").asDouble(), p.get("minutes").asDouble());
            }
            table.print(out);
            out.println();
        }
        out.printf("seed %d%n", seed);
        return Cli.OK;
    }
}
