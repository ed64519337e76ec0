package prepdeck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import prepdeck.ingest.ipynb.NotebookJson;
import prepdeck.knowledge.Diagnostic;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.Snippet;
import prepdeck.knowledge.SourceFormat;
import prepdeck.knowledge.TopicPath;

/** decode → recognise format → parse → extract, for one file. */
final class Extraction {
    ParseResult extract(SourceFile file) {
        var decoded = Decoding.decode(file.bytes());
        return switch (decoded) {
            case Decoding.Outcome.NotText n -> new ParseResult.Rejected(Diagnostic.at(file.relativePath(), n.line(), n.reason()));
            case Decoding.Outcome.Text t -> {
                if (t.text().isBlank()) yield new ParseResult.Rejected(Diagnostic.of(file.relativePath(), "empty file; nothing to import"));
                yield parsed(file, t.text(), t.note());
            }
        };
    }

    private ParseResult parsed(SourceFile file, String text, Optional<String> note) {
        List<String> lines = text.lines().toList();
        SourceFormat format = FormatDetector.detect(file.relativePath(), text, lines);
        int[] lineMap = null;
        if (format == SourceFormat.IPYNB) {
            try {
                var layout = NotebookJson.markdown(text);
                lines = layout.lines();
                lineMap = layout.jsonLine();
            } catch (NotebookJson.NotANotebook e) {
                return new ParseResult.Rejected(Diagnostic.at(file.relativePath(), e.line(), e.getMessage()));
            }
        }
        Language language = LanguageGuess.of(String.join("\n", lines), Language.EN);
        var draft = new Draft(file.relativePath(), language);
        note.ifPresent(n -> draft.diagnostics().add(Diagnostic.of(file.relativePath(), n)));
        TopicPath fileTopic = TopicPath.of(stem(file.relativePath()));
        switch (format) {
            case MARKDOWN, IPYNB -> new StructureCards(draft, MarkdownTree.parse(lines)).extract(fileTopic);
            case NOTEBOOK_TEXT -> new OutlineCards(draft, false).extract(Outline.parse(lines, true, true, draft), fileTopic, false);
            case PLAIN_TEXT -> new OutlineCards(draft, true).extract(Outline.parse(lines, false, false, draft), fileTopic, true);
            case QUESTIONS -> new QuestionList(draft).extract(lines, TopicPath.of(questionsTitle(language)));
            case COURSE_NOTES -> new CourseNotes(draft).extract(lines);
            case ANKI -> throw new IllegalStateException("Anki packages are read by the exchange package, not as notes");
        }
        List<NoteCard> cards = lineMap == null ? draft.cards() : remap(draft.cards(), lineMap);
        var diagnostics = new ArrayList<>(draft.diagnostics());
        if (cards.isEmpty()) diagnostics.add(Diagnostic.of(file.relativePath(), "no cards or gaps found (read as " + format.code() + ")"));
        return new ParseResult.Parsed(new ParsedSource(file.relativePath(), file.sha256(), format, language, draft.topics(), cards, diagnostics));
    }

    /** The file's name without folders and extension: the topic of text that stands under no heading. */
    static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String s = dot > 0 ? name.substring(0, dot) : name;
        return s.isBlank() ? name : s;
    }

    private static String questionsTitle(Language language) {
        return switch (language) {
            case RU -> "Вопросы с собеседований";
            case UK -> "Питання зі співбесід";
            case EN -> "Interview questions";
        };
    }

    private static List<NoteCard> remap(List<NoteCard> cards, int[] map) {
        return cards.stream().map(c -> new NoteCard(c.prompt(), c.answer(), c.kind(), c.topic(), at(map, c.line()), c.language(), c.status(), c.parent(),
                c.snippets().stream().map(s -> new Snippet(s.language(), s.code(), s.expectedOutput(), at(map, s.line()))).toList(),
                c.references().stream().map(r -> switch (r) {
                    case Reference.Link l -> (Reference) new Reference.Link(l.url(), at(map, l.line()));
                    case Reference.TimeCode t -> new Reference.TimeCode(t.video(), t.seconds(), t.label(), at(map, t.line()));
                }).toList(), c.tags(), c.stem())).toList();
    }

    private static int at(int[] map, int line) {
        return line >= 1 && line <= map.length ? map[line - 1] : 1;
    }
}
