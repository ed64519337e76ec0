package prepdeck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.simulate.InterviewsSimulation;
import prepdeck.review.simulate.Scenarios;
import prepdeck.review.simulate.Simulation;

/**
 * {@code prepdeck simulate --interviews --json}: the benchmark settings with several interviews, a weekly time budget
 * and priorities; per setting, each baseline and the planner held to that baseline's minutes day by day:
 * {@code {"settings":[{"name","interviews":[{"name","day","importance"}],"policies":[{"name","matched","recall":[per
 * interview],"overall","minutes","reviews"}]}],"seed"}}.
 */
final class SimulateInterviewsJson {
    private final ObjectMapper mapper = new ObjectMapper();

    ObjectNode result(long seed) {
        ObjectNode o = mapper.createObjectNode();
        ArrayNode settings = o.putArray("settings");
        for (InterviewsSimulation.Scenario s : Scenarios.ALL) {
            var result = new InterviewsSimulation(Simulation.TRUE_PARAMETERS, Parameters.DEFAULT, s, seed).run();
            ObjectNode so = settings.addObject();
            so.put("name", s.name());
            so.put("cards", s.cards());
            so.put("budget", s.budget().text());
            ArrayNode ivs = so.putArray("interviews");
            for (var iv : s.interviews()) {
                ObjectNode io = ivs.addObject();
                io.put("name", iv.name());
                io.put("day", iv.day());
                io.put("importance", iv.importance());
            }
            ArrayNode policies = so.putArray("policies");
            for (var b : result.baselines()) {
                add(policies, b, s);
                add(policies, result.plannerAt().get(b.policy()), s);
            }
            add(policies, result.planner(), s);
        }
        o.put("seed", seed);
        return o;
    }

    private static void add(ArrayNode policies, InterviewsSimulation.Outcome out, InterviewsSimulation.Scenario s) {
        ObjectNode p = policies.addObject();
        p.put("name", out.policy());
        p.put("matched", out.matched());
        ArrayNode r = p.putArray("recall");
        out.recall().forEach(x -> r.add(JsNumbers.round(x, 4)));
        p.put("overall", JsNumbers.round(out.overall(s.interviews()), 4));
        p.put("minutes", JsNumbers.round(out.minutes(), 1));
        p.put("reviews", out.reviews());
    }
}
