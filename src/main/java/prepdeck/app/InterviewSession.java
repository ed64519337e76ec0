package prepdeck.app;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A mock interview: its settings and its questions in the order they are asked. */
public record InterviewSession(long id, Instant startedAt, Optional<Instant> finishedAt, InterviewSettings settings,
                               List<InterviewQuestion> questions) {
    public InterviewSession {
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(finishedAt);
        Objects.requireNonNull(settings);
        questions = List.copyOf(questions);
    }

    public boolean finished() {
        return finishedAt.isPresent();
    }

    /** The first question not yet graded or skipped. */
    public Optional<InterviewQuestion> current() {
        return questions.stream().filter(q -> !q.done()).findFirst();
    }

    public InterviewQuestion question(int position) {
        if (position < 0 || position >= questions.size()) {
            throw new NotFoundException("interview " + id + " has no question " + position + " (it has " + questions.size() + ")");
        }
        return questions.get(position);
    }
}
