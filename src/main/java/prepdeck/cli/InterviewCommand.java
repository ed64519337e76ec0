package prepdeck.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.AnswerFeedback;
import prepdeck.app.InterviewMarkdown;
import prepdeck.app.InterviewQuestion;
import prepdeck.app.InterviewRequest;
import prepdeck.app.InterviewSession;
import prepdeck.app.MockInterviews;
import prepdeck.app.PointResult;
import prepdeck.app.PrepdeckException;

/** {@code prepdeck interview [--questions N | --minutes N] [--topic PATH]… [--lang ru|uk|en] [--seed N] | --export ID} */
@Command(name = "interview", mixinStandardHelpOptions = true,
        description = {"Run a mock interview in the terminal: main questions with their follow-ups, typed answers checked for key points, "
                + "your own grade recorded as a review, and a report that is saved.",
                "Type the answer and end it with an empty line; an empty answer reveals the reference, s skips, q (or the end of input) finishes.",
                "Then grade with one key, as in review: 1 Again, 2 Hard, 3 Good, 4 Easy (s skips, q finishes); where keys cannot be read one by one (a pipe), type the key and Enter."})
final class InterviewCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;

    @Option(names = "--questions", paramLabel = "N", description = "How many questions, follow-ups included (default 10).")
    Integer questions;

    @Option(names = "--minutes", paramLabel = "N", description = "How long, instead: about one question per 2 minutes.")
    Integer minutes;

    @Option(names = "--topic", paramLabel = "PATH", description = "Only this topic and its subtopics (a path as `topics` prints it); may be repeated.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "ru|uk|en", description = "Only cards in this language.")
    String lang;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the draw: the same seed over the same notes and history asks the same questions.")
    Long seed;

    @Option(names = "--speak", description = "Read each question aloud (espeak-ng) and record the answer from the default input (sox) into the data folder;"
            + " Enter stops the recording, then you see its delivery figures, tick the key points you said and grade. Says why when the machine cannot.")
    boolean speak;

    @Option(names = "--export", paramLabel = "ID", description = "Print the report of interview ID as Markdown instead of running one.")
    Long export;

    @Override
    public Integer call() throws IOException {
        MockInterviews interviews = root.useCases().interviews();
        var out = root.console().out();
        if (export != null) {
            out.print(interviews.markdown(export));
            out.flush();
            return Cli.OK;
        }
        var request = new InterviewRequest(Optional.ofNullable(questions), Optional.ofNullable(minutes),
                topics.stream().map(String::strip).filter(t -> !t.isEmpty()).toList(), MockInterviews.language(lang), Optional.ofNullable(seed));
        InterviewSession session = interviews.start(request);
        var in = new BufferedReader(new InputStreamReader(root.console().in(), StandardCharsets.UTF_8));
        var env = root.console().env();
        Optional<SpokenTerminal> spoken = speak ? Optional.of(new SpokenTerminal(prepdeck.speech.Espeak.find(env), prepdeck.speech.Microphone.find(env),
                new prepdeck.speech.Recordings(root.dataFolder().resolve("recordings")), root.json(), out)) : Optional.empty();
        new Session(interviews, session.id(), in, root.console().inIsTerminal(), out, spoken, root.useCases().snippets()::differingLines).run();
        return Cli.OK;
    }

    /** One sitting over a started session: every question, then the report. */
    static final class Session {
        private static final String[] GRADES = {"", "Again", "Hard", "Good", "Easy"};
        private final MockInterviews interviews;
        private final long id;
        private final BufferedReader in;
        private final boolean terminal;
        private final PrintStream out;
        private final Optional<SpokenTerminal> spoken;

        private final java.util.function.LongFunction<List<Integer>> differing;

        /** @param differing the note lines of a card's snippets whose last check printed something else than the notes say */
        /** @param terminal the input is a terminal: the grade is read as a single key press, as {@code review} reads keys */
        Session(MockInterviews interviews, long id, BufferedReader in, boolean terminal, PrintStream out, Optional<SpokenTerminal> spoken,
                java.util.function.LongFunction<List<Integer>> differing) {
            this.terminal = terminal;
            this.differing = differing;
            this.spoken = spoken;
            this.interviews = interviews;
            this.id = id;
            this.in = in;
            this.out = out;
        }

        void run() throws IOException {
            InterviewSession session = interviews.session(id);
            out.println("Mock interview " + id + ": " + session.questions().size() + " questions. Type each answer and end it with an empty line;");
            out.println("an empty answer reveals the reference (think first), s skips, q finishes. Then grade with one key: 1–4.");
            spoken.ifPresent(SpokenTerminal::introduce);
            out.println();
            while (true) {
                session = interviews.session(id);
                var current = session.current();
                if (current.isEmpty()) break;
                if (!ask(session, current.get())) break;
            }
            var report = interviews.finish(id);
            out.println();
            out.print(InterviewMarkdown.of(report));
            out.println();
            out.println("Saved as interview " + id + " (prepdeck interview --export " + id + ").");
            out.flush();
        }

        /** Asks one question; false when the user finishes (q or the end of input). */
        private boolean ask(InterviewSession session, InterviewQuestion q) throws IOException {
            var elapsed = q.askedAt().map(a -> java.time.Duration.between(session.startedAt(), a)).orElse(java.time.Duration.ZERO);
            out.println("── Question " + (q.position() + 1) + " of " + session.questions().size() + (q.followUp() ? " · follow-up" : "")
                    + (q.topic().isEmpty() ? "" : " · " + q.topic()) + " · session " + InterviewMarkdown.clock(elapsed)
                    + session.settings().minutes().map(m -> " of " + m + ":00").orElse("") + " ──");
            out.println(q.prompt());
            String stem = interviews.stemOf(q.cardId());
            if (!stem.isEmpty()) {
                out.println();
                out.println(stem);
            }
            out.println();
            if (spoken.isPresent() && spoken.get().canRecord()) {
                spoken.get().say(q);
                var figures = spoken.get().record(id, q.position(), in);
                if (figures.isPresent()) return graded(q, figures.get());
            } else {
                spoken.ifPresent(s -> s.say(q));
            }
            out.print("> ");
            out.flush();
            String first = in.readLine();
            if (first == null || first.strip().equalsIgnoreCase("q")) return false;
            if (first.strip().equalsIgnoreCase("s")) {
                interviews.skip(id, q.position());
                out.println("  skipped");
                out.println();
                return true;
            }
            var answer = new StringBuilder(first);
            boolean ended = first.isBlank();
            while (!ended) {
                String line = in.readLine();
                if (line == null || line.isBlank()) ended = true;
                else answer.append('\n').append(line);
            }
            AnswerFeedback feedback = interviews.answer(id, q.position(), answer.toString());
            feedback(feedback);
            return grade(q);
        }

        /** A spoken answer: its figures were printed; "s" or "q" typed instead of Enter skip or finish. */
        private boolean graded(InterviewQuestion q, SpokenTerminal.Stopped stopped) throws IOException {
            if (stopped.key().equals("q")) return false;
            if (stopped.key().equals("s")) {
                interviews.skip(id, q.position());
                out.println("  skipped");
                out.println();
                return true;
            }
            AnswerFeedback feedback = interviews.answer(id, q.position(), "");
            feedback(feedback);
            spoken.orElseThrow().tick(id, q.position(), feedback.points().stream().map(PointResult::text).toList(), in);
            return grade(q);
        }

        private boolean grade(InterviewQuestion q) throws IOException {
            out.print("Grade: [1] Again [2] Hard [3] Good [4] Easy  [s] skip  [q] finish > ");
            out.flush();
            int key = key("1234sq", "1 Again, 2 Hard, 3 Good, 4 Easy grade; s skips; q finishes");
            if (key == Keys.END || key == 'q') return false;
            if (key == 's') {
                interviews.skip(id, q.position());
                out.println("  skipped");
                out.println();
                return true;
            }
            int rating = key - '0';
            try {
                var receipt = interviews.grade(id, q.position(), rating);
                out.println("  " + GRADES[rating] + ": recorded (" + receipt.state().title() + ")");
            } catch (PrepdeckException e) {
                out.println("  not saved: " + e.getMessage());
            }
            out.println();
            return true;
        }

        /**
         * One key press, as {@code review} reads them: on a terminal a single key without Enter (the terminal is raw
         * only while a key is awaited, so answers are typed as usual), elsewhere a key and Enter. A key that does
         * nothing here is answered with the keys that do, not silently asked again.
         */
        private int key(String accepted, String hint) throws IOException {
            try (var raw = RawTerminal.enter(terminal)) {
                var keys = new Keys(in, raw.raw());
                while (true) {
                    int key = keys.next();
                    if (key == Keys.END) return key;
                    int k = Character.toLowerCase(key);
                    if (accepted.indexOf(k) >= 0) {
                        keys.endLine();
                        if (raw.raw()) out.println(Character.toString(key));
                        return k;
                    }
                    if (raw.raw()) out.println();
                    out.println("  '" + (key == Keys.ENTER ? "Enter" : Character.toString(key)) + "' does nothing here: " + hint);
                    out.print("> ");
                    out.flush();
                }
            }
        }

        private void feedback(AnswerFeedback f) {
            boolean typed = !f.question().revealed() && f.question().answer().filter(a -> !a.isBlank()).isPresent();
            if (!typed) {
                out.println("── revealed without typing: no score ──");
            } else if (f.score().isEmpty()) {
                out.println("── " + prepdeck.review.interview.AnswerCheck.NOTHING_TO_CHECK + " · " + InterviewMarkdown.clock(f.question().timeTaken()) + " ──");
            } else {
                long covered = f.points().stream().filter(PointResult::covered).count();
                long contradicted = f.points().stream().filter(PointResult::contradicted).count();
                out.println("── score " + InterviewMarkdown.score(f.score()) + ": " + covered + " of " + f.points().size() + " key points"
                        + (contradicted > 0 ? ", " + contradicted + " said otherwise" : "") + " · " + InterviewMarkdown.clock(f.question().timeTaken()) + " ──");
            }
            if (typed) {
                out.println("── your answer ──");
                out.println(f.question().answer().orElse("").strip());
            }
            for (PointResult p : f.points()) {
                out.println("  " + (typed ? mark(p.status()) : "• ") + p.text()
                        + (p.matched().isEmpty() ? "" : "   (" + (p.contradicted() ? "you said: " : "") + String.join(" ", p.matched()) + ")"));
            }
            out.println("── reference ──");
            SnippetWarning.of(differing.apply(f.question().cardId())).ifPresent(out::println);
            out.println(f.reference().strip());
            out.println();
        }
    }

    /** How a point is marked in the terminal: ✓ stated, ✗ missed, ≠ said otherwise. */
    static String mark(prepdeck.review.interview.PointCheck.Status status) {
        return switch (status) {
            case COVERED -> "✓ ";
            case MISSED -> "✗ ";
            case CONTRADICTED -> "≠ ";
        };
    }
}
