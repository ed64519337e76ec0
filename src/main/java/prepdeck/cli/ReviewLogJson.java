package prepdeck.cli;

import prepdeck.app.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import prepdeck.review.fsrs.Rating;
import prepdeck.review.fsrs.Replay;

/**
 * Review logs in the JSON of the FSRS oracles ({@code schedule.mjs}, {@code simulate.mjs}):
 * {@code {"cards":[{"id","reviews":[{"ts","rating"}]}], "dayStartUtcMinutes"?}} or a bare array of cards.
 */
final class ReviewLogJson {
    private ReviewLogJson() {
    }

    /** A parsed log: the cards' histories in input order, the day start and the number of reviews. */
    record Log(List<Replay.History> histories, int dayStartUtcMinutes, int reviews) {
    }

    static JsonNode parse(ObjectMapper mapper, InputStream in) {
        JsonNode doc;
        try {
            doc = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("input is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (doc == null || doc.isMissingNode()) throw new InvalidInputException("input is empty");
        return doc;
    }

    static Log read(JsonNode doc) {
        JsonNode cards = doc.isArray() ? doc : doc.get("cards");
        if (cards == null || !cards.isArray()) throw new InvalidInputException("input must be an array of cards or {\"cards\":[...]}");
        int dayStart = 0;
        JsonNode start = doc.isArray() ? null : doc.get("dayStartUtcMinutes");
        if (start != null && !start.isNull()) {
            if (!start.isNumber() || start.doubleValue() != Math.rint(start.doubleValue())) {
                throw new InvalidInputException("\"dayStartUtcMinutes\" must be whole minutes, got " + start);
            }
            dayStart = (int) Math.floorMod(start.longValue(), 24 * 60L);
        }
        List<Replay.History> histories = new ArrayList<>(cards.size());
        int reviews = 0;
        for (JsonNode card : cards) {
            JsonNode id = card.get("id");
            if (id == null || id.isNull()) throw new InvalidInputException("card without \"id\"");
            String cardId = id.isTextual() ? id.textValue() : id.toString();
            List<Replay.TimedRating> list = reviews(cardId, card.get("reviews"));
            reviews += list.size();
            histories.add(new Replay.History(cardId, list));
        }
        return new Log(histories, dayStart, reviews);
    }

    static List<Replay.TimedRating> reviews(String cardId, JsonNode reviews) {
        if (reviews == null || !reviews.isArray()) throw new InvalidInputException("card " + cardId + ": \"reviews\" must be an array");
        List<Replay.TimedRating> out = new ArrayList<>();
        for (JsonNode r : reviews) {
            JsonNode rating = r.get("rating");
            if (rating == null || !rating.isNumber() || rating.doubleValue() != Math.rint(rating.doubleValue())
                    || rating.doubleValue() < 1 || rating.doubleValue() > 4) {
                throw new InvalidInputException("card " + cardId + ": rating must be 1..4, got " + rating);
            }
            out.add(new Replay.TimedRating(timestamp(cardId, r.get("ts")), Rating.ofGrade(rating.intValue())));
        }
        return out;
    }

    /** ISO-8601 with a zone or offset, a bare date (UTC midnight), or epoch milliseconds. */
    private static Instant timestamp(String cardId, JsonNode ts) {
        if (ts != null && ts.isNumber() && ts.doubleValue() == Math.rint(ts.doubleValue())) {
            return Instant.ofEpochMilli(ts.longValue());
        }
        if (ts != null && ts.isTextual()) {
            String text = ts.textValue();
            try {
                return Instant.parse(text);
            } catch (DateTimeException notInstant) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeException notDate) {
                    // fall through
                }
            }
        }
        throw new InvalidInputException("card " + cardId + ": bad timestamp " + ts
                + " (want ISO-8601 with Z or an offset, or epoch milliseconds)");
    }

}
