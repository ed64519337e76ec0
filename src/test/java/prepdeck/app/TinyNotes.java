package prepdeck.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import prepdeck.ingest.ParseResult;
import prepdeck.ingest.SourceFile;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Diagnostic;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.Snippet;
import prepdeck.knowledge.SourceFormat;
import prepdeck.knowledge.TopicPath;

/**
 * A deliberately tiny notes format for import tests, so they exercise the real import against real
 * files while the real extractors are written elsewhere:
 * <pre>
 * # Topic            ## Subtopic           (headings make the topic path)
 * Q: a question      F: a follow-up of the last Q      D: a definition
 * A: an answer line  (none under a Q means the Q is a gap)
 * S: code => output  L: https://link                   (attached to the last card)
 * W: a warning       (becomes a diagnostic)
 * </pre>
 * A file starting with "REJECT" is rejected whole.
 */
public final class TinyNotes {
    private TinyNotes() {}

    public static ParseResult parse(SourceFile file) {
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        if (text.startsWith("REJECT")) return new ParseResult.Rejected(Diagnostic.at(file.relativePath(), 1, "rejected on request"));
        var topics = new ArrayList<TopicPath>();
        var cards = new ArrayList<Draft>();
        var diagnostics = new ArrayList<Diagnostic>();
        TopicPath topic = TopicPath.ROOT;
        int lastQuestion = -1;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.startsWith("#")) {
                int depth = line.indexOf(' ');
                String title = line.substring(depth + 1).strip();
                var titles = new ArrayList<>(topic.titles().subList(0, Math.min(depth - 1, topic.depth())));
                titles.add(title);
                topic = new TopicPath(titles);
                topics.add(topic);
            } else if (line.startsWith("Q: ") || line.startsWith("F: ") || line.startsWith("D: ")) {
                boolean followUp = line.startsWith("F: ");
                var kind = line.startsWith("D: ") ? CardKind.DEFINITION : CardKind.QUESTION;
                cards.add(new Draft(line.substring(3), kind, topic, number,
                        followUp && lastQuestion >= 0 ? OptionalInt.of(lastQuestion) : OptionalInt.empty()));
                if (line.startsWith("Q: ")) lastQuestion = cards.size() - 1;
            } else if (line.startsWith("A: ")) {
                cards.getLast().answer.append(cards.getLast().answer.isEmpty() ? "" : "\n").append(line.substring(3));
            } else if (line.startsWith("S: ")) {
                String[] parts = line.substring(3).split(" => ", 2);
                cards.getLast().snippets.add(new Snippet("python", parts[0], parts.length > 1 ? Optional.of(parts[1]) : Optional.empty(), number));
            } else if (line.startsWith("L: ")) {
                cards.getLast().references.add(new Reference.Link(line.substring(3), number));
            } else if (line.startsWith("T: ")) {
                cards.getLast().references.add(new Reference.TimeCode("video 12.02.24", Integer.parseInt(line.substring(3)), "a moment", number));
            } else if (line.startsWith("W: ")) {
                diagnostics.add(Diagnostic.at(file.relativePath(), number, line.substring(3)));
            }
        }
        var built = cards.stream().map(Draft::card).toList();
        return new ParseResult.Parsed(new ParsedSource(file.relativePath(), file.sha256(), SourceFormat.MARKDOWN, Language.EN,
                topics, built, diagnostics));
    }

    private static final class Draft {
        final String prompt;
        final CardKind kind;
        final TopicPath topic;
        final int line;
        final OptionalInt parent;
        final StringBuilder answer = new StringBuilder();
        final List<Snippet> snippets = new ArrayList<>();
        final List<Reference> references = new ArrayList<>();

        Draft(String prompt, CardKind kind, TopicPath topic, int line, OptionalInt parent) {
            this.prompt = prompt;
            this.kind = kind;
            this.topic = topic;
            this.line = line;
            this.parent = parent;
        }

        NoteCard card() {
            var status = answer.isEmpty() ? CardStatus.GAP : CardStatus.ANSWERED;
            return new NoteCard(prompt, answer.toString(), kind, topic, line, Language.EN, status, parent, snippets, references);
        }
    }
}
