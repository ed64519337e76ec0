package prepdeck.knowledge;

import java.util.Objects;
import java.util.OptionalInt;

/** A problem found in one file: named by path and, where there is one, line. The import goes on. */
public record Diagnostic(String path, OptionalInt line, String message) {
    public Diagnostic {
        Objects.requireNonNull(path);
        Objects.requireNonNull(line);
        Objects.requireNonNull(message);
    }

    public static Diagnostic at(String path, int line, String message) {
        return new Diagnostic(path, OptionalInt.of(line), message);
    }

    public static Diagnostic of(String path, String message) {
        return new Diagnostic(path, OptionalInt.empty(), message);
    }

    @Override
    public String toString() {
        return line.isPresent() ? path + ":" + line.getAsInt() + ": " + message : path + ": " + message;
    }
}
