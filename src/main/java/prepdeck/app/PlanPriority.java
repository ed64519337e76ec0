package prepdeck.app;

import java.util.Locale;
import java.util.Objects;

/**
 * A priority the user set: a topic's ({@code must}, {@code likely}, {@code unlikely}; by topic path) or a card's
 * "asked before" flag ({@code asked}; by card id).
 */
public record PlanPriority(Kind kind, String target, String value) {
    public enum Kind {
        TOPIC, CARD;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PlanPriority {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(value, "value");
        if (kind == Kind.CARD && !value.equals("asked")) throw new InvalidInputException("a card's priority can only be \"asked\", got " + value);
        if (kind == Kind.TOPIC && !(value.equals("must") || value.equals("likely") || value.equals("unlikely"))) {
            throw new InvalidInputException("a topic's priority must be must, likely or unlikely, got \"" + value + "\"");
        }
    }
}
