package prepdeck.app;

import java.util.Objects;

/** One key point of a reference answer and whether a typed answer stated it. */
public record PointResult(String text, boolean covered) {
    public PointResult {
        Objects.requireNonNull(text);
    }
}
