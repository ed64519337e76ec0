package prepdeck.cli;

import prepdeck.app.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.SplittableRandom;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.simulate.Simulation;

/**
 * {@code prepdeck simulate --json}: plain FSRS against the interview planner on a simulated learner
 * with known true FSRS-6 weights; prints {@code {"policies":[{"name","mean_recall_on_day","reviews"}]}}
 * (plus each policy's {@code daily_budget} and the settings used).
 */
public final class SimulateJson {
    private final ObjectMapper mapper = new ObjectMapper();

    /** The command's options; {@link #DEFAULT}: 30 days, 500 cards, 60 reviews a day, seed 42. */
    public record Options(int days, int cards, int budget, long seed) {
        public static final Options DEFAULT = new Options(30, 500, 60, 42);

        public Options {
            if (days < 2) throw new InvalidInputException("--days must be at least 2, got " + days);
            if (cards < 1) throw new InvalidInputException("--cards must be at least 1, got " + cards);
            if (budget < 1) throw new InvalidInputException("--budget must be at least 1, got " + budget);
        }
    }

    public void simulate(Options options, PrintStream out) {
        out.print(result(options) + "\n");
        out.flush();
    }

    ObjectNode result(Options options) {
        Simulation simulation = new Simulation(Simulation.TRUE_PARAMETERS, Parameters.DEFAULT,
                new Simulation.Settings(options.days(), options.cards(), options.budget(), 0.9), new SplittableRandom(options.seed()));
        ObjectNode o = mapper.createObjectNode();
        ArrayNode policies = o.putArray("policies");
        for (Simulation.Outcome outcome : simulation.run()) {
            ObjectNode p = policies.addObject();
            p.put("name", outcome.policy());
            p.put("mean_recall_on_day", JsNumbers.round(outcome.meanRecallOnInterviewDay(), 4));
            p.put("reviews", outcome.reviews());
            p.put("daily_budget", outcome.dailyBudget());
        }
        o.put("days", options.days());
        o.put("cards", options.cards());
        o.put("budget", options.budget());
        o.put("seed", options.seed());
        return o;
    }
}
