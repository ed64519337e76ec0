package prepdeck.snippets;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement with a trailing comment, and what the statement really did.
 *
 * @param noteLine the line of the comment in the note
 * @param comment  the comment's text without '#'
 * @param printed  what the statement printed
 * @param value    repr of the expression's value, when it was evaluated
 * @param isPrint  the statement is a call of print
 */
public record Claim(int noteLine, String comment, String printed, Optional<String> value, boolean isPrint) {
    public Claim {
        Objects.requireNonNull(comment);
        Objects.requireNonNull(printed);
        Objects.requireNonNull(value);
    }
}
