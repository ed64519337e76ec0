package prepdeck.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import prepdeck.knowledge.Language;

/**
 * How the user wants a mock interview: its length (questions, or minutes; neither: the default number of
 * questions), the topics (empty: all), the language (empty: all), and a seed to repeat a draw.
 */
public record InterviewRequest(Optional<Integer> questions, Optional<Integer> minutes, List<String> topics,
                               Optional<Language> language, Optional<Long> seed) {
    public InterviewRequest {
        Objects.requireNonNull(questions);
        Objects.requireNonNull(minutes);
        topics = List.copyOf(topics);
        Objects.requireNonNull(language);
        Objects.requireNonNull(seed);
    }

    /** Ten questions over every topic and language. */
    public static InterviewRequest defaults() {
        return new InterviewRequest(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }
}
