package prepdeck.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import prepdeck.knowledge.Language;

/**
 * A session's settings as stored.
 *
 * @param minutes the session's time, when it was asked for in minutes (the page counts down to it)
 * @param topics  topic paths; empty: all
 */
public record InterviewSettings(int questionLimit, Optional<Integer> minutes, List<String> topics, Optional<Language> language, long seed) {
    public InterviewSettings {
        Objects.requireNonNull(minutes);
        topics = List.copyOf(topics);
        Objects.requireNonNull(language);
    }
}
