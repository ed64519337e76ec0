package prepdeck.knowledge;

import java.util.Objects;
import java.util.Optional;

/**
 * A piece of code found in the notes.
 *
 * @param language       the fence's language tag, or a guess ("python" for notebook cells); empty when unknown
 * @param code           the code as written
 * @param expectedOutput what the notes say it prints, when they record it
 * @param line           1-based line of the code's first line in its source
 */
public record Snippet(String language, String code, Optional<String> expectedOutput, int line) {
    public Snippet {
        Objects.requireNonNull(language);
        Objects.requireNonNull(code);
        Objects.requireNonNull(expectedOutput);
        if (line < 1) throw new IllegalArgumentException("snippet line must be 1-based, got " + line);
    }
}
