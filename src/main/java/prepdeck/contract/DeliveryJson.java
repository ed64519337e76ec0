package prepdeck.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import prepdeck.speech.Delivery;

/**
 * The JSON of {@code delivery --json} and of a spoken answer's figures on the web:
 * {@code {"duration_s","speech_s","first_word_s","pauses":[{"at_s","length_s"}],"speaking_ratio"}}, seconds as numbers,
 * {@code first_word_s} null when nothing was said. Read back by {@link #read} (a spoken answer's figures are kept
 * beside its recording in this shape).
 */
public final class DeliveryJson {
    private final ContractJson json;

    public DeliveryJson(ContractJson json) {
        this.json = Objects.requireNonNull(json);
    }

    public ObjectNode write(Delivery d) {
        ObjectNode o = json.mapper().createObjectNode();
        o.put("duration_s", d.duration()).put("speech_s", d.speech());
        if (d.firstWord().isPresent()) o.put("first_word_s", d.firstWord().get());
        else o.putNull("first_word_s");
        var pauses = o.putArray("pauses");
        for (var p : d.pauses()) pauses.addObject().put("at_s", p.at()).put("length_s", p.length());
        return o.put("speaking_ratio", d.speakingRatio());
    }

    /** The figures from JSON written by {@link #write}. */
    public static Delivery read(JsonNode o) {
        var pauses = new ArrayList<Delivery.Pause>();
        o.path("pauses").forEach(p -> pauses.add(new Delivery.Pause(p.path("at_s").asDouble(), p.path("length_s").asDouble())));
        JsonNode first = o.path("first_word_s");
        return new Delivery(o.path("duration_s").asDouble(), o.path("speech_s").asDouble(),
                first.isNumber() ? Optional.of(first.asDouble()) : Optional.empty(), pauses, o.path("speaking_ratio").asDouble());
    }
}
