package prepdeck.review.fsrs;

/** Where a card stands in the scheduler: never seen, in (re)learning steps, or on day intervals. */
public enum State {
    NEW("New"), LEARNING("Learning"), REVIEW("Review"), RELEARNING("Relearning");

    private final String title;

    State(String title) {
        this.title = title;
    }

    /** The name ts-fsrs and the CLI contract use: New, Learning, Review, Relearning. */
    public String title() {
        return title;
    }

    /** The state with this {@link #title()}, case-insensitive. */
    public static State ofTitle(String title) {
        for (State s : values()) {
            if (s.title.equalsIgnoreCase(title)) return s;
        }
        throw new InvalidReviewException("state must be New, Learning, Review or Relearning, got \"" + title + "\"");
    }
}
