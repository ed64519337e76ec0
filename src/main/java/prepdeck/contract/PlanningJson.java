package prepdeck.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import prepdeck.app.InterviewPlanning;
import prepdeck.app.PlannedInterview;
import prepdeck.review.plan.TimeBudget;
import prepdeck.review.plan.TimedPlan;

/**
 * The JSON of planned interviews and the plan toward them, shared by the CLI ({@code interviews … --json}) and the API
 * ({@code /api/interviews}, {@code /api/plan}).
 */
public final class PlanningJson {
    private final ObjectMapper mapper;

    public PlanningJson(ContractJson json) {
        this.mapper = Objects.requireNonNull(json).mapper();
    }

    /** {"id","name","day","topics":[paths],"query","importance","scope"} */
    public ObjectNode interview(PlannedInterview i) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", i.id()).put("name", i.name()).put("day", i.day().toString());
        ArrayNode t = o.putArray("topics");
        i.topics().forEach(t::add);
        if (i.query().isPresent()) o.put("query", i.query().get());
        else o.putNull("query");
        o.put("importance", i.importance()).put("scope", i.scopeText());
        return o;
    }

    /** [interview…] */
    public ArrayNode interviews(List<PlannedInterview> list) {
        ArrayNode a = mapper.createArrayNode();
        list.forEach(i -> a.add(interview(i)));
        return a;
    }

    /** {"text","minutes":{"mon":60,…},"days_off":[dates]} */
    public ObjectNode budget(TimeBudget b) {
        ObjectNode o = mapper.createObjectNode();
        o.put("text", b.text());
        ObjectNode m = o.putObject("minutes");
        String[] names = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        for (int d = 0; d < 7; d++) m.put(names[d], b.minutes().get(d));
        ArrayNode off = o.putArray("days_off");
        b.daysOff().forEach(d -> off.add(d.toString()));
        return o;
    }

    /**
     * {"today","budget":{…},"seconds","interviews":[{…interview, "forecast":{"with_plan","without_reviews","spread","cards"}|null}],
     * "today_cards":[ids],"days":[{"day","cards","new","sweep","minutes","available_minutes"}],"warnings":[text]}
     */
    public ObjectNode plan(InterviewPlanning.PlanView v) {
        ObjectNode o = mapper.createObjectNode();
        o.put("today", v.today().toString());
        o.set("budget", budget(v.budget()));
        o.put("seconds", v.seconds());
        ArrayNode ivs = o.putArray("interviews");
        for (PlannedInterview i : v.interviews()) {
            ObjectNode io = interview(i);
            var f = v.forecast(i);
            if (f.isPresent()) {
                ObjectNode fo = io.putObject("forecast");
                fo.put("with_plan", round(f.get().withPlan())).put("without_reviews", round(f.get().withoutReviews()))
                        .put("spread", round(f.get().spread())).put("cards", f.get().cards());
            } else {
                io.putNull("forecast");
            }
            ivs.add(io);
        }
        ArrayNode today = o.putArray("today_cards");
        v.plan().today().forEach(id -> today.add(Long.parseLong(id)));
        ArrayNode days = o.putArray("days");
        for (TimedPlan.Day d : v.plan().days()) {
            days.addObject().put("day", d.day().toString()).put("cards", d.cards()).put("new", d.newCards()).put("sweep", d.sweep())
                    .put("minutes", round(d.seconds() / 60)).put("available_minutes", round(d.availableSeconds() / 60));
        }
        ArrayNode w = o.putArray("warnings");
        v.warnings().forEach(w::add);
        return o;
    }

    /** [{"from","answers","predicted","recalled"}] — predicted and recalled null for an empty band */
    public ArrayNode calibration(List<InterviewPlanning.CalibrationBand> bands) {
        ArrayNode a = mapper.createArrayNode();
        for (var b : bands) {
            ObjectNode o = a.addObject().put("from", b.from()).put("answers", b.answers());
            if (b.answers() == 0) o.putNull("predicted").putNull("recalled");
            else o.put("predicted", round(b.predicted())).put("recalled", round(b.recalled()));
        }
        return a;
    }

    private static double round(double x) {
        return BigDecimal.valueOf(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }
}
