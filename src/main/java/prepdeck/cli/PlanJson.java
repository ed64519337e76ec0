package prepdeck.cli;

import prepdeck.app.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import prepdeck.review.fsrs.FsrsException;
import prepdeck.review.fsrs.MemoryState;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.State;
import prepdeck.review.plan.InvalidPlanException;
import prepdeck.review.plan.PlanCard;
import prepdeck.review.plan.PlanRequest;
import prepdeck.review.plan.Planner;

/**
 * {@code prepdeck plan --in STATE.json --json}: reads
 * {@code {"today","interview","budget","desiredRetention","params"?,"cards":[{"id","state","stability","difficulty","last_review","due"}]}}
 * and prints {@code {"review":[card ids in the order to review them today]}}. With several interviews and a time budget
 * instead of {@code "interview"} and {@code "budget"}: {@code "interviews":[{"name","day","weights":{card id: weight}}],
 * "weekly_budget":"60 min Mon-Fri, 0 Sat, 30 Sun","days_off":[dates]?,"seconds":{card id: seconds}?,"default_seconds"?,
 * "new_per_day"?} gives {@code {"review","days":[{"day","cards","new","sweep","minutes","available_minutes"}],
 * "forecasts":[{"name","day","cards","with_plan","without_reviews","spread"}]}}.
 */
public final class PlanJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Planner planner = new Planner();

    /**
     * Plans today's reviews for the state read from {@code in}.
     *
     * @throws InvalidInputException naming the field or card and the value at fault
     */
    public void plan(InputStream in, PrintStream out) {
        out.print(result(ReviewLogJson.parse(mapper, in)) + "\n");
        out.flush();
    }

    ObjectNode result(JsonNode doc) {
        if (doc.isObject() && doc.has("interviews")) {
            try {
                return timed(doc);
            } catch (InvalidPlanException | FsrsException e) {
                throw new InvalidInputException(e.getMessage(), e);
            }
        }
        PlanRequest request;
        try {
            request = request(doc);
        } catch (InvalidPlanException | FsrsException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        ObjectNode o = mapper.createObjectNode();
        ArrayNode review = o.putArray("review");
        planner.today(request).forEach(review::add);
        return o;
    }

    private ObjectNode timed(JsonNode doc) {
        LocalDate today = date(doc, "today");
        JsonNode ivs = doc.get("interviews");
        if (!ivs.isArray()) throw new InvalidInputException("\"interviews\" must be an array");
        List<prepdeck.review.plan.Goal> goals = new ArrayList<>();
        for (JsonNode iv : ivs) {
            JsonNode name = iv.get("name");
            if (name == null || !name.isTextual()) throw new InvalidInputException("an interview needs a \"name\", got " + name);
            JsonNode weights = iv.get("weights");
            if (weights == null || !weights.isObject()) throw new InvalidInputException("interview " + name.textValue() + ": \"weights\" must be an object of card id to weight");
            java.util.Map<String, Double> w = new java.util.HashMap<>();
            weights.fields().forEachRemaining(e -> {
                if (!e.getValue().isNumber()) throw new InvalidInputException("interview " + name.textValue() + ": the weight of card " + e.getKey() + " is not a number");
                w.put(e.getKey(), e.getValue().doubleValue());
            });
            goals.add(new prepdeck.review.plan.Goal(name.textValue(), date(iv, "day"), w));
        }
        JsonNode weekly = doc.get("weekly_budget");
        if (weekly == null || !weekly.isTextual()) throw new InvalidInputException("\"weekly_budget\" must be text like \"60 min Mon-Fri, 0 Sat, 30 Sun\", got " + weekly);
        var budget = prepdeck.review.plan.TimeBudget.parse(weekly.textValue());
        JsonNode off = doc.get("days_off");
        if (off != null && off.isArray()) {
            java.util.Set<LocalDate> days = new java.util.HashSet<>();
            for (int i = 0; i < off.size(); i++) days.add(date(off, i));
            budget = budget.withDaysOff(days);
        }
        java.util.Map<String, Double> seconds = new java.util.HashMap<>();
        JsonNode sec = doc.get("seconds");
        if (sec != null && sec.isObject()) sec.fields().forEachRemaining(e -> seconds.put(e.getKey(), e.getValue().asDouble()));
        double defaultSeconds = doc.has("default_seconds") ? doc.get("default_seconds").asDouble() : 20;
        int newPerDay = doc.has("new_per_day") ? doc.get("new_per_day").asInt() : Integer.MAX_VALUE;
        double retention = doc.has("desiredRetention") ? doc.get("desiredRetention").asDouble() : 0.9;
        JsonNode cards = doc.get("cards");
        if (cards == null || !cards.isArray()) throw new InvalidInputException("\"cards\" must be an array");
        List<PlanCard> list = new ArrayList<>(cards.size());
        for (JsonNode c : cards) list.add(card(c));
        var plan = planner.plan(new prepdeck.review.plan.TimedRequest(today, goals, budget, 0, retention, parameters(doc), list, seconds,
                defaultSeconds, newPerDay));
        ObjectNode o = mapper.createObjectNode();
        ArrayNode review = o.putArray("review");
        plan.today().forEach(review::add);
        ArrayNode days = o.putArray("days");
        for (var d : plan.days()) {
            days.addObject().put("day", d.day().toString()).put("cards", d.cards()).put("new", d.newCards()).put("sweep", d.sweep())
                    .put("minutes", JsNumbers.round(d.seconds() / 60, 3)).put("available_minutes", JsNumbers.round(d.availableSeconds() / 60, 3));
        }
        ArrayNode forecasts = o.putArray("forecasts");
        for (var f : plan.goals()) {
            forecasts.addObject().put("name", f.name()).put("day", f.day().toString()).put("cards", f.cards())
                    .put("with_plan", JsNumbers.round(f.withPlan(), 4)).put("without_reviews", JsNumbers.round(f.withoutReviews(), 4))
                    .put("spread", JsNumbers.round(f.spread(), 4));
        }
        return o;
    }

    private static LocalDate date(JsonNode array, int i) {
        JsonNode v = array.get(i);
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeException e) {
            throw new InvalidInputException("\"days_off\"[" + i + "] must be a date like 2026-03-01, got " + v);
        }
    }

    private static Parameters parameters(JsonNode doc) {
        JsonNode params = doc.get("params");
        if (params == null || params.isNull()) return Parameters.DEFAULT;
        if (!params.isArray()) throw new InvalidInputException("\"params\" must be an array of 21 numbers, got " + params);
        double[] w = new double[params.size()];
        for (int i = 0; i < w.length; i++) {
            if (!params.get(i).isNumber()) throw new InvalidInputException("\"params\"[" + i + "] is not a number: " + params.get(i));
            w[i] = params.get(i).doubleValue();
        }
        return Parameters.fromAnyVersion(w);
    }

    private PlanRequest request(JsonNode doc) {
        if (!doc.isObject()) throw new InvalidInputException("input must be an object with \"today\", \"interview\", \"budget\" and \"cards\"");
        LocalDate today = date(doc, "today");
        LocalDate interview = date(doc, "interview");
        JsonNode budget = doc.get("budget");
        if (budget == null || !budget.canConvertToInt() || !budget.isIntegralNumber()) {
            throw new InvalidInputException("\"budget\" must be a whole number, got " + budget);
        }
        double retention = 0.9;
        JsonNode r = doc.get("desiredRetention");
        if (r != null && !r.isNull()) {
            if (!r.isNumber()) throw new InvalidInputException("\"desiredRetention\" must be a number, got " + r);
            retention = r.doubleValue();
        }
        Parameters parameters = Parameters.DEFAULT;
        JsonNode params = doc.get("params");
        if (params != null && !params.isNull()) {
            if (!params.isArray()) throw new InvalidInputException("\"params\" must be an array of 21 numbers, got " + params);
            double[] w = new double[params.size()];
            for (int i = 0; i < w.length; i++) {
                if (!params.get(i).isNumber()) throw new InvalidInputException("\"params\"[" + i + "] is not a number: " + params.get(i));
                w[i] = params.get(i).doubleValue();
            }
            parameters = Parameters.fromAnyVersion(w);
        }
        JsonNode cards = doc.get("cards");
        if (cards == null || !cards.isArray()) throw new InvalidInputException("\"cards\" must be an array");
        List<PlanCard> list = new ArrayList<>(cards.size());
        for (JsonNode c : cards) list.add(card(c));
        return new PlanRequest(today, interview, budget.intValue(), retention, parameters, list);
    }

    private static PlanCard card(JsonNode c) {
        JsonNode idNode = c.get("id");
        if (idNode == null || idNode.isNull()) throw new InvalidInputException("card without \"id\"");
        String id = idNode.isTextual() ? idNode.textValue() : idNode.toString();
        JsonNode stateNode = c.get("state");
        if (stateNode == null || !stateNode.isTextual()) {
            throw new InvalidInputException("card " + id + ": \"state\" must be New, Learning, Review or Relearning, got " + stateNode);
        }
        State state;
        try {
            state = State.ofTitle(stateNode.textValue());
        } catch (FsrsException e) {
            throw new InvalidInputException("card " + id + ": " + e.getMessage(), e);
        }
        if (state == State.NEW) return PlanCard.fresh(id);
        try {
            MemoryState memory = new MemoryState(number(c, id, "stability"), number(c, id, "difficulty"));
            return new PlanCard(id, state, memory, instant(c, id, "last_review"), instant(c, id, "due"));
        } catch (FsrsException e) {
            throw new InvalidInputException("card " + id + ": " + e.getMessage(), e);
        }
    }

    private static double number(JsonNode c, String id, String field) {
        JsonNode v = c.get(field);
        if (v == null || !v.isNumber()) throw new InvalidInputException("card " + id + ": \"" + field + "\" must be a number, got " + v);
        return v.doubleValue();
    }

    private static Instant instant(JsonNode c, String id, String field) {
        JsonNode v = c.get(field);
        if (v != null && v.isTextual()) {
            try {
                return Instant.parse(v.textValue());
            } catch (DateTimeException e) {
                // fall through
            }
        }
        throw new InvalidInputException("card " + id + ": \"" + field + "\" must be an ISO-8601 UTC time like 2026-03-01T09:00:00Z, got " + v);
    }

    private static LocalDate date(JsonNode doc, String field) {
        JsonNode v = doc.get(field);
        if (v != null && v.isTextual()) {
            try {
                return LocalDate.parse(v.textValue());
            } catch (DateTimeException e) {
                // fall through
            }
        }
        throw new InvalidInputException("\"" + field + "\" must be a date like 2026-03-01, got " + v);
    }
}
