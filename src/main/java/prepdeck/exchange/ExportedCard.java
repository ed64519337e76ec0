package prepdeck.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of our cards as the Anki export needs it: its texts already rendered to HTML, its topic path
 * as segments, when it last changed (its text or its answers), its answers (oldest first) and its scheduling state.
 */
public record ExportedCard(long id, String frontHtml, String backHtml, List<String> topic, String source, String kind,
                           String language, Instant changed, List<Answer> answers, Optional<Memory> memory, List<String> tags) {
    public ExportedCard {
        tags = List.copyOf(tags);
        Objects.requireNonNull(frontHtml);
        Objects.requireNonNull(backHtml);
        topic = List.copyOf(topic);
        answers = List.copyOf(answers);
        Objects.requireNonNull(memory);
    }

    /** A card without tags of its own. */
    public ExportedCard(long id, String frontHtml, String backHtml, List<String> topic, String source, String kind,
                        String language, Instant changed, List<Answer> answers, Optional<Memory> memory) {
        this(id, frontHtml, backHtml, topic, source, kind, language, changed, answers, memory, List.of());
    }

    /** An answer that was not undone; {@code rating} 1 Again … 4 Easy; {@code durationMs} how long it took (0: unknown). */
    public record Answer(Instant at, int rating, long durationMs) {
        public Answer(Instant at, int rating) {
            this(at, rating, 0);
        }
    }

    /**
     * The FSRS state after the latest answer.
     *
     * @param state Learning, Review or Relearning
     */
    public record Memory(String state, double stability, double difficulty, Instant lastReview, Instant due) {}
}
