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
 * and prints {@code {"review":[card ids in the order to review them today]}}.
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
