package prepdeck.cli;

import prepdeck.app.InvalidInputException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import prepdeck.review.fsrs.FsrsException;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Replay;
import prepdeck.review.fsrs.SchedulerConfig;

/**
 * {@code prepdeck fsrs replay}: reads the input of the oracle {@code schedule.mjs} and prints, per
 * review, the same JSON line schedule.mjs prints (without its fsrs-rs cross-check {@code rs}).
 */
public final class FsrsReplayJson {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory = mapper.getFactory();

    /**
     * Replays every card of {@code in} and writes one JSON line per review to {@code out}.
     *
     * @throws InvalidInputException for malformed JSON, bad options, ratings or timestamps
     */
    public void replay(InputStream in, PrintStream out) {
        JsonNode doc = ReviewLogJson.parse(mapper, in);
        if (doc == null || doc.isMissingNode()) throw new InvalidInputException("input is empty");
        JsonNode cards = doc.isArray() ? doc : doc.get("cards");
        if (cards == null || !cards.isArray()) throw new InvalidInputException("input must be an array of cards or {\"cards\":[...]}");
        JsonNode options = doc.isArray() ? mapper.createObjectNode() : doc;
        Replay replay;
        try {
            replay = new Replay(parameters(options.get("params")), config(options));
        } catch (FsrsException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        for (JsonNode card : cards) {
            JsonNode id = card.get("id");
            if (id == null || id.isNull()) throw new InvalidInputException("card without \"id\"");
            String cardId = id.isTextual() ? id.textValue() : id.toString();
            List<Replay.Row> rows;
            try {
                rows = replay.replay(new Replay.History(cardId, ReviewLogJson.reviews(cardId, card.get("reviews"))));
            } catch (FsrsException e) {
                throw new InvalidInputException("card " + cardId + ": " + e.getMessage(), e);
            }
            for (Replay.Row row : rows) out.print(line(id, row) + "\n");
        }
        out.flush();
    }

    private static Parameters parameters(JsonNode params) {
        if (params == null) return Parameters.DEFAULT;
        if (!params.isArray()) throw new InvalidInputException("\"params\" must be an array of 17, 19 or 21 numbers, got " + params);
        double[] w = new double[params.size()];
        for (int i = 0; i < w.length; i++) {
            if (!params.get(i).isNumber()) throw new InvalidInputException("\"params\"[" + i + "] is not a number: " + params.get(i));
            w[i] = params.get(i).doubleValue();
        }
        return Parameters.fromAnyVersion(w);
    }

    // Defaults and falsy values as schedule.mjs hands them to ts-fsrs generatorParameters.
    private static SchedulerConfig config(JsonNode o) {
        double retention = number(o, "desiredRetention", 0.9);
        if (retention == 0) retention = 0.9;
        double dayStart = number(o, "dayStartUtcMinutes", 0);
        if (dayStart != Math.rint(dayStart)) throw new InvalidInputException("\"dayStartUtcMinutes\" must be whole minutes, got " + dayStart);
        double maximum = number(o, "maximumInterval", 36500);
        if (maximum == 0) maximum = 36500;
        if (maximum != Math.rint(maximum) || maximum > Integer.MAX_VALUE) {
            throw new InvalidInputException("\"maximumInterval\" must be whole days, got " + maximum);
        }
        return new SchedulerConfig(retention,
                steps(o, "learningSteps", SchedulerConfig.DEFAULT.learningSteps()),
                steps(o, "relearningSteps", SchedulerConfig.DEFAULT.relearningSteps()),
                (int) maximum, bool(o, "enableFuzz", false), bool(o, "enableShortTerm", true),
                Math.floorMod((long) dayStart, 24 * 60)); // a whole-day shift does not move day starts
    }

    private static double number(JsonNode o, String key, double fallback) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) return fallback;
        if (!v.isNumber()) throw new InvalidInputException("\"" + key + "\" must be a number, got " + v);
        return v.doubleValue();
    }

    private static boolean bool(JsonNode o, String key, boolean fallback) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) return fallback;
        if (!v.isBoolean()) throw new InvalidInputException("\"" + key + "\" must be true or false, got " + v);
        return v.booleanValue();
    }

    private static List<Duration> steps(JsonNode o, String key, List<Duration> fallback) {
        JsonNode v = o.get(key);
        if (v == null || !v.isArray()) return fallback;
        List<Duration> steps = new ArrayList<>();
        for (JsonNode s : v) {
            if (!s.isTextual()) throw new InvalidInputException("\"" + key + "\" steps are strings like \"10m\", got " + s);
            steps.add(SchedulerConfig.parseStep(s.textValue()));
        }
        return steps;
    }

    // Field order, rounding and number format of schedule.mjs.
    private String line(JsonNode id, Replay.Row r) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(text)) {
            g.writeStartObject();
            g.writeFieldName("card");
            mapper.writeTree(g, id);
            g.writeNumberField("i", r.index());
            g.writeStringField("ts", ISO_MILLIS.format(r.at()));
            g.writeNumberField("rating", r.rating().grade());
            g.writeNumberField("elapsed_days", r.elapsedDays());
            writeOptional(g, "r_before", r.retrievabilityBefore(), 6);
            g.writeStringField("state", r.state().title());
            writeRounded(g, "stability", r.stability(), 6);
            writeRounded(g, "difficulty", r.difficulty(), 6);
            g.writeNumberField("scheduled_days", r.scheduledDays());
            g.writeStringField("due", ISO_MILLIS.format(r.due()));
            g.writeNumberField("learning_step", r.learningStep());
            writeRounded(g, "ivl_exact", r.exactInterval(), 4);
            writeOptional(g, "r_at_due", r.retrievabilityAtDue(), 6);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeRounded(JsonGenerator g, String name, double value, int decimals) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(JsNumbers.format(JsNumbers.round(value, decimals)));
    }

    private static void writeOptional(JsonGenerator g, String name, OptionalDouble value, int decimals) throws IOException {
        if (value.isPresent()) writeRounded(g, name, value.getAsDouble(), decimals);
        else g.writeNullField(name);
    }
}
