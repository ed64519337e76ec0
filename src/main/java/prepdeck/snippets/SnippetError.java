package prepdeck.snippets;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * An exception the snippet raised, or a syntax error in it.
 *
 * @param type      the exception's class name ("IndentationError", "ZeroDivisionError")
 * @param message   its message
 * @param noteLine  the line in the note where it was raised (the innermost frame in the snippet's own code)
 * @param entryLine the line of the snippet's top-level statement that was running (the outermost frame)
 * @param traceback the Python traceback, with line numbers already those of the note
 */
public record SnippetError(String type, String message, OptionalInt noteLine, OptionalInt entryLine, String traceback) {
    public SnippetError {
        Objects.requireNonNull(type);
        Objects.requireNonNull(message);
        Objects.requireNonNull(noteLine);
        Objects.requireNonNull(entryLine);
        Objects.requireNonNull(traceback);
    }

    /** "Type: message", the way Python's last traceback line reads. */
    public String headline() {
        return message.isEmpty() ? type : type + ": " + message;
    }
}
