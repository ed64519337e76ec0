package prepdeck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.NextCard;
import prepdeck.app.Practice;
import prepdeck.app.CardMark;
import prepdeck.app.PrepdeckException;
import prepdeck.review.IntervalLabel;
import prepdeck.review.fsrs.Rating;

/** {@code prepdeck review [--topic PATH] [--new-per-day N]} */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review due cards in the terminal, the same queue as the web page.",
                "Keys: Enter or space shows the answer, 1 Again, 2 Hard, 3 Good, 4 Easy, u undoes the last answer,",
                "b buries the card until tomorrow, x suspends it, f flags it to fix (again: unflags), q quits.",
                "Where keys cannot be read one by one (a pipe), type the key and Enter."})
final class ReviewCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;

    @Option(names = "--topic", paramLabel = "PATH", description = "Only this topic and its subtopics (a path as `topics` prints it).")
    String topic;

    @Option(names = "--new-per-day", paramLabel = "N", description = "Set the daily new-card limit first (kept for later sessions).")
    Integer newPerDay;

    @Override
    public Integer call() throws IOException {
        Practice practice = root.useCases().practice();
        if (newPerDay != null) practice.setNewCardsPerDay(newPerDay);
        var console = root.console();
        try (var terminal = RawTerminal.enter(console.inIsTerminal())) {
            var snippets = root.useCases().snippets();
            new Session(practice, Optional.ofNullable(topic).map(String::strip).filter(s -> !s.isEmpty()),
                    new Keys(console.in(), terminal.raw()), console.out(), snippets::differingLines).run();
        }
        return Cli.OK;
    }

    /** One sitting: shows cards until nothing is due, the input ends, or q. */
    static final class Session {
        private final Practice practice;
        private final Optional<String> topic;
        private final Keys keys;
        private final PrintStream out;
        private final List<Long> answered = new ArrayList<>();
        private final java.util.function.LongFunction<List<Integer>> differing;

        /** @param differing the note lines of a card's snippets whose last check printed something else than the notes say */
        Session(Practice practice, Optional<String> topic, Keys keys, PrintStream out, java.util.function.LongFunction<List<Integer>> differing) {
            this.differing = differing;
            this.practice = practice;
            this.topic = topic;
            this.keys = keys;
            this.out = out;
        }

        void run() throws IOException {
            Optional<NextCard> next = practice.next(topic);
            while (true) {
                if (next.isEmpty()) {
                    out.println("Nothing is due" + topic.map(t -> " in " + t).orElse("") + ", and today's new cards are done. "
                            + answered.size() + " answered.");
                    out.flush();
                    return;
                }
                NextCard card = next.get();
                prompt(card);
                long shown = System.nanoTime();
                int key = waitFor("\n qubxf", "Enter or space shows the answer");
                while (key == 'f') {
                    flag(card);
                    key = waitFor("\n qubxf", "Enter or space shows the answer");
                }
                if (key == 'q' || key == Keys.END) {
                    quit();
                    return;
                }
                if (key == 'u') {
                    next = undo().or(() -> Optional.of(card));
                    continue;
                }
                if (key == 'b' || key == 'x') {
                    next = holdBack(card, key);
                    continue;
                }
                answer(card);
                key = waitFor("1234uqbxf", "1–4 grades");
                while (key == 'f') {
                    flag(card);
                    key = waitFor("1234uqbxf", "1–4 grades");
                }
                if (key == 'q' || key == Keys.END) {
                    quit();
                    return;
                }
                if (key == 'u') {
                    next = undo().or(() -> Optional.of(card));
                    continue;
                }
                if (key == 'b' || key == 'x') {
                    next = holdBack(card, key);
                    continue;
                }
                int rating = key - '0';
                long durationMs = (System.nanoTime() - shown) / 1_000_000;
                try {
                    var receipt = practice.answer(card.card().id(), rating, UUID.randomUUID().toString(), durationMs);
                    answered.add(receipt.reviewId());
                    out.println("  " + Rating.ofGrade(rating).name().charAt(0) + Rating.ofGrade(rating).name().substring(1).toLowerCase()
                            + ": back in " + IntervalLabel.of(card.intervals().get(Rating.ofGrade(rating))) + " (" + receipt.state().title() + ")");
                } catch (PrepdeckException e) {
                    out.println("  not saved: " + e.getMessage());
                }
                out.println();
                next = practice.next(topic);
            }
        }

        /** The next accepted key; any other is answered with a sentence, not silently skipped. */
        private int waitFor(String accepted, String hint) throws IOException {
            while (true) {
                int key = keys.next();
                if (key == Keys.END) return key;
                int k = Character.toLowerCase(key);
                if (k == ' ') k = Keys.ENTER;
                if (accepted.indexOf(k) >= 0) return k;
                out.println("  '" + (key == Keys.ENTER ? "Enter" : Character.toString(key)) + "' does nothing here: " + hint
                        + "; u undo, b bury, x suspend, f flag, q quit");
                out.flush();
            }
        }

        /** b buries the card until tomorrow, x suspends it; then the next card. */
        private Optional<NextCard> holdBack(NextCard card, int key) {
            long id = card.card().id();
            try {
                if (key == 'b') {
                    practice.mark(id, CardMark.Change.BURY);
                    out.println("  buried until tomorrow: card " + id);
                } else {
                    practice.mark(id, CardMark.Change.SUSPEND);
                    out.println("  suspended: card " + id + " (its card page unsuspends it)");
                }
            } catch (PrepdeckException e) {
                out.println("  not saved: " + e.getMessage());
                return Optional.of(card);
            }
            out.println();
            return practice.next(topic);
        }

        /** f flags the card to fix in the notes, or takes the flag back; the card stays. */
        private void flag(NextCard card) {
            long id = card.card().id();
            try {
                boolean flagged = practice.flaggedCards().contains(id);
                practice.mark(id, flagged ? CardMark.Change.UNFLAG : CardMark.Change.FLAG);
                out.println(flagged ? "  flag removed: card " + id : "  flagged to fix: card " + id);
            } catch (PrepdeckException e) {
                out.println("  not saved: " + e.getMessage());
            }
            out.flush();
        }

        private Optional<NextCard> undo() {
            var undone = practice.undoLast();
            if (undone.isEmpty()) {
                out.println("  nothing to undo");
                return Optional.empty();
            }
            answered.remove(undone.get().reviewId());
            out.println("  undone: card " + undone.get().cardId() + " is " + undone.get().restored().title() + " again");
            out.println();
            return Optional.of(practice.show(undone.get().cardId()));
        }

        private void quit() {
            out.println(answered.size() + " answered.");
            out.flush();
        }

        private void prompt(NextCard n) {
            var c = n.card();
            out.println("── " + n.state().title() + " · " + n.due() + " due · new today " + n.newToday() + "/" + n.newPerDay() + " ──");
            out.println((c.topic().isEmpty() ? "" : c.topic() + " · ") + c.source() + ":" + c.line());
            out.println();
            out.println(c.prompt());
            // what the question is about (its code and options) is part of the question
            if (c.hasStem()) {
                out.println();
                out.println(c.stem());
            }
            out.println();
            out.println("  [Enter/space] show answer   [u] undo   [b] bury   [x] suspend   [f] flag   [q] quit");
            out.flush();
        }

        private void answer(NextCard n) {
            out.println("── answer ──");
            SnippetWarning.of(differing.apply(n.card().id())).ifPresent(out::println);
            out.println(n.card().answer().strip());
            if (!n.card().followUps().isEmpty()) out.println("(follow-ups: " + n.card().followUps().size() + ")");
            out.println();
            var line = new StringBuilder(" ");
            for (Rating r : Rating.values()) {
                line.append(" [").append(r.grade()).append("] ").append(r.name().charAt(0)).append(r.name().substring(1).toLowerCase())
                        .append(' ').append(IntervalLabel.of(n.intervals().get(r))).append(' ');
            }
            out.println(line.append("  [u] undo  [b] bury  [x] suspend  [f] flag  [q] quit"));
            out.flush();
        }
    }
}
