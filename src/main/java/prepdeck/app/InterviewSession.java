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

    /**
     * How long the session ran: from its start to its finish, as the session clock on the interview page showed it
     * when the user finished (for a session not finished yet, to the last answer, grade or skip).
     */
    public java.time.Duration length() {
        Instant end = finishedAt.orElseGet(() -> questions.stream()
                .flatMap(q -> java.util.stream.Stream.of(q.answeredAt(), q.doneAt()).flatMap(Optional::stream))
                .max(Instant::compareTo).orElse(startedAt));
        return end.isBefore(startedAt) ? java.time.Duration.ZERO : java.time.Duration.between(startedAt, end);
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
