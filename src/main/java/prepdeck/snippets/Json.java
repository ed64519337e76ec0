package prepdeck.snippets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON spoken with the driver script: the job written for it, the report read back as plain maps,
 * lists, strings, numbers, booleans and nulls.
 */
final class Json {
    private final ObjectMapper mapper = new ObjectMapper();

    Object parse(String text) {
        try {
            return mapper.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the driver's report is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
