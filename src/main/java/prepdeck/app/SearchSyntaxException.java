package prepdeck.app;

import java.util.Objects;

/**
 * A search query that cannot be read. The message names the offending token and where it starts
 * (1-based character position in the query), e.g. {@code unknown field "foo:" at position 7}.
 */
public final class SearchSyntaxException extends IllegalArgumentException {
    /** What was wrong with the query. */
    public enum Problem {
        UNTERMINATED_QUOTE("unterminated quote"),
        UNKNOWN_FIELD("unknown field"),
        UNKNOWN_KIND("unknown kind"),
        UNKNOWN_LANGUAGE("unknown language"),
        UNKNOWN_STATE("unknown state"),
        EMPTY_FIELD_VALUE("empty value for field"),
        LONE_MINUS("nothing to exclude after");

        private final String text;

        Problem(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final Problem problem;
    private final String token;
    private final int position;

    public SearchSyntaxException(Problem problem, String token, int position, String hint) {
        super(problem.text() + " \"" + token + "\" at position " + position + (hint.isEmpty() ? "" : " (" + hint + ")"));
        this.problem = Objects.requireNonNull(problem);
        this.token = Objects.requireNonNull(token);
        this.position = position;
    }

    public Problem problem() {
        return problem;
    }

    /** The part of the query at fault, as written. */
    public String token() {
        return token;
    }

    /** 1-based character position in the query where {@link #token()} starts. */
    public int position() {
        return position;
    }
}
