package prepdeck.app;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An interview the user prepares for: its day, a name ("Acme, backend"), its scope and its importance. The scope is
 * topic paths (each with its subtopics) or a search query; neither: every card. A card in several scopes counts for each.
 *
 * @param id         0 before it is stored
 * @param importance how much this interview matters against the others, in (0, 10]; 1 by default
 */
public record PlannedInterview(long id, String name, LocalDate day, List<String> topics, Optional<String> query, double importance) {
    /** The id the old single interview date ({@code interview-date}) shows as, beside the stored interviews. */
    public static final long LEGACY_DATE_ID = 0;

    public PlannedInterview {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(query, "query");
        topics = List.copyOf(topics);
        if (name.isBlank()) throw new InvalidInputException("an interview needs a name");
        if (name.length() > 200) throw new InvalidInputException("an interview's name is at most 200 characters, got " + name.length());
        if (!(importance > 0 && importance <= 10)) throw new InvalidInputException("importance must be above 0 and at most 10, got " + importance);
        if (query.isPresent() && query.get().isBlank()) query = Optional.empty();
        if (query.isPresent() && !topics.isEmpty()) throw new InvalidInputException("interview " + name + ": give topics or a query, not both");
        for (String t : topics) if (t.isBlank() || t.contains("\n")) throw new InvalidInputException("interview " + name + ": a topic path cannot be blank or hold a line break");
    }

    /** "whole deck", the topics joined by ", ", or the query in quotes. */
    public String scopeText() {
        if (query.isPresent()) return "search \"" + query.get() + "\"";
        return topics.isEmpty() ? "whole deck" : String.join(", ", topics);
    }

    public static List<String> topicsOf(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }

    /** Whether this is the old single interview date shown as an interview. */
    public boolean legacy() {
        return id == LEGACY_DATE_ID;
    }
}
