package prepdeck.review.plan;

import java.util.Locale;

/**
 * How likely a topic is to come up in an interview, as the user judges it. A card's likelihood starts at its
 * topic's ({@link #likelihood}), rises when the user flagged the card "asked before", and rises again for every
 * further source that holds the same question ({@link #cardLikelihood}).
 */
public enum Priority {
    MUST(1.0), LIKELY(0.6), UNLIKELY(0.15);

    /** A topic nobody rated: between likely and unlikely. */
    public static final double UNRATED = 0.4;

    private final double likelihood;

    Priority(double likelihood) {
        this.likelihood = likelihood;
    }

    /** The chance that a question of a topic of this priority is asked. */
    public double likelihood() {
        return likelihood;
    }

    /** "must", "likely", "unlikely" as the CLI and pages write them. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidPlanException for anything but must, likely or unlikely (any case) */
    public static Priority of(String text) {
        for (Priority p : values()) if (p.label().equalsIgnoreCase(text.strip())) return p;
        throw new InvalidPlanException("priority must be must, likely or unlikely, got \"" + text + "\"");
    }

    /**
     * The chance that one card's question is asked: its topic's likelihood (or {@link #UNRATED}); a card asked
     * before is at least "likely" and counts as one more source; each source holding the question is one more
     * independent chance of it being asked: 1 − (1 − p)^sources.
     *
     * @param sources how many of the user's sources hold the same question (at least 1)
     */
    public static double cardLikelihood(double topicLikelihood, boolean askedBefore, int sources) {
        double p = askedBefore ? Math.max(topicLikelihood, LIKELY.likelihood) : topicLikelihood;
        int chances = Math.max(1, sources) + (askedBefore ? 1 : 0);
        return 1 - Math.pow(1 - p, chances);
    }
}
