package prepdeck.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import prepdeck.ingest.convert.CsvTable;
import prepdeck.ingest.convert.DocxToMarkdown;
import prepdeck.ingest.convert.HtmlToMarkdown;
import prepdeck.ingest.convert.MarkdownText;
import prepdeck.ingest.convert.ObsidianMarkdown;
import prepdeck.ingest.convert.RstToMarkdown;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Diagnostic;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.Snippet;
import prepdeck.knowledge.SourceFormat;
import prepdeck.knowledge.TopicPath;

/**
 * Notes kept in other formats, recognised from their content before the Markdown reader's format detection
 * (a file's name is never trusted: our user names every note ".txt"). A Word document, an HTML page and
 * reStructuredText are turned into Markdown and read by the Markdown reader, every card and diagnostic then
 * named with the line of the original (for a Word document, its paragraph); a CSV question bank gives its
 * cards directly; an Obsidian note is rewritten line for line (front matter, wikilinks, callouts, embeds)
 * and read as Markdown. Anything else goes to the Markdown reader untouched.
 */
final class OtherFormats {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Pattern NUMBER = Pattern.compile("^\\s*-?\\d{1,9}\\s*$");

    private OtherFormats() {}

    /** Reads one file; {@code markdown} is the Markdown and plain-text reader, for everything that is not another format. */
    static ParseResult read(SourceFile file, Function<SourceFile, ParseResult> markdown) {
        byte[] bytes = file.bytes();
        if (DocxToMarkdown.isDocx(bytes)) {
            try {
                return viaMarkdown(file, DocxToMarkdown.convert(bytes), SourceFormat.DOCX, Optional.empty(), markdown);
            } catch (DocxToMarkdown.Unreadable e) {
                return new ParseResult.Rejected(Diagnostic.of(file.relativePath(), e.getMessage()));
            }
        }
        if (DocxToMarkdown.isZip(bytes)) { // a zip that is no Word document: never notes, whatever its bytes decode to
            String name = file.relativePath().toLowerCase(java.util.Locale.ROOT);
            return new ParseResult.Rejected(Diagnostic.of(file.relativePath(), name.endsWith(".docx") ? DocxToMarkdown.DAMAGED
                    : "binary file (a zip archive); not read as notes: unpack it and import the folder (an Anki package is imported by its .apkg name)"));
        }
        if (startsWith(bytes, OLE2)) {
            return new ParseResult.Rejected(Diagnostic.of(file.relativePath(),
                    "is an old binary Office document (.doc, .xls) or an encrypted one; save it as .docx (unprotected) and import that"));
        }
        if (!(Decoding.decode(bytes) instanceof Decoding.Outcome.Text text) || text.text().isBlank()) return markdown.apply(file);
        String content = text.text();
        if (HtmlToMarkdown.looksLikeHtml(content)) {
            return viaMarkdown(file, HtmlToMarkdown.convert(content), SourceFormat.HTML, text.note(), markdown);
        }
        switch (CsvTable.read(content)) {
            case CsvTable.Outcome.Table table -> {
                return csv(file, content, table, text.note());
            }
            case CsvTable.Outcome.Broken broken -> {
                return new ParseResult.Rejected(Diagnostic.at(file.relativePath(), broken.line(), broken.message()));
            }
            case CsvTable.Outcome.NotCsv notCsv -> { }
        }
        List<String> lines = content.lines().toList();
        if (RstToMarkdown.looksLikeRst(lines)) {
            return viaMarkdown(file, RstToMarkdown.convert(lines), SourceFormat.RST, text.note(), markdown);
        }
        if (!content.stripLeading().startsWith("{")) {
            var obsidian = ObsidianMarkdown.rewrite(lines);
            if (obsidian.changed()) {
                int[] same = new int[obsidian.lines().size()];
                for (int i = 0; i < same.length; i++) same[i] = i + 1;
                return viaMarkdown(file, new MarkdownText(obsidian.lines(), same, List.of()), null, text.note(), markdown);
            }
        }
        return markdown.apply(file);
    }

    /**
     * Reads converted Markdown with the Markdown reader, then names the original's lines again.
     *
     * @param format the format to report, or null to keep the one the Markdown reader recognised
     */
    private static ParseResult viaMarkdown(SourceFile file, MarkdownText converted, SourceFormat format, Optional<String> note,
                                           Function<SourceFile, ParseResult> markdown) {
        String path = file.relativePath();
        int[] origin = converted.origin();
        var problems = new ArrayList<Diagnostic>();
        note.ifPresent(n -> problems.add(Diagnostic.of(path, n)));
        for (var p : converted.problems()) problems.add(Diagnostic.at(path, p.line(), p.message()));
        String what = format == null ? "note" : describe(format);
        if (converted.lines().stream().allMatch(String::isBlank)) {
            return new ParseResult.Rejected(problems.isEmpty() ? Diagnostic.of(path, "no text found in this " + what + "; nothing to import") : problems.getFirst());
        }
        byte[] markdownBytes = converted.text().getBytes(StandardCharsets.UTF_8);
        var result = markdown.apply(new SourceFile(path, file.file(), markdownBytes, file.sha256()));
        return switch (result) {
            case ParseResult.Rejected r -> new ParseResult.Rejected(remap(r.reason(), origin, format));
            case ParseResult.Parsed p -> {
                var s = p.source();
                var diagnostics = new ArrayList<>(problems);
                for (var d : s.diagnostics()) diagnostics.add(remap(d, origin, format));
                var cards = s.cards().stream().map(c -> remap(c, origin)).toList();
                yield new ParseResult.Parsed(new ParsedSource(path, file.sha256(), format == null ? s.format() : format, s.language(),
                        s.topics(), cards, diagnostics));
            }
        };
    }

    /** A CSV question bank: one card per row, the question as its prompt (follow-up tasks appended), a gap where it has no answer. */
    private static ParseResult csv(SourceFile file, String text, CsvTable.Outcome.Table table, Optional<String> note) {
        String path = file.relativePath();
        Language language = LanguageGuess.of(text, Language.EN);
        var draft = new Draft(path, language);
        note.ifPresent(n -> draft.diagnostics().add(Diagnostic.of(path, n)));
        var columns = table.columns();
        String stem = Extraction.stem(path);
        TopicPath base = TopicPath.of(stem);
        for (CsvTable.Row row : table.rows()) {
            String question = oneLine(row.field(columns.question()));
            if (question.isEmpty()) {
                if (row.fields().stream().anyMatch(f -> !f.isBlank())) draft.diagnostic(row.line(), "row " + row.number() + " has no question; skipped");
                continue;
            }
            for (int column : columns.followUps()) {
                String more = oneLine(row.field(column));
                if (more.isEmpty()) continue;
                question = question + (question.matches(".*[.?!:;…]$") ? " " : " — ") + more;
            }
            String answer = columns.answer() >= 0 ? row.field(columns.answer()).strip() : "";
            TopicPath topic = base;
            if (columns.topic() >= 0) {
                String value = oneLine(row.field(columns.topic()));
                if (!value.isEmpty()) {
                    topic = base.child(NUMBER.matcher(value).matches() ? chapter(columns.topicName(), language) + " " + value.strip() : value);
                }
            }
            draft.written(question, answer, CardKind.QUESTION, topic, row.line());
        }
        var diagnostics = new ArrayList<>(draft.diagnostics());
        if (draft.size() == 0) diagnostics.add(Diagnostic.of(path, "no cards or gaps found (read as csv)"));
        return new ParseResult.Parsed(new ParsedSource(path, file.sha256(), SourceFormat.CSV, language, draft.topics(), draft.cards(), diagnostics));
    }

    private static String chapter(Optional<String> header, Language language) {
        return header.map(h -> Character.toUpperCase(h.charAt(0)) + h.substring(1)).orElse(switch (language) {
            case RU -> "Глава";
            case UK -> "Розділ";
            case EN -> "Chapter";
        });
    }

    private static String oneLine(String field) {
        return field.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String describe(SourceFormat format) {
        return switch (format) {
            case HTML -> "HTML page";
            case DOCX -> "Word document";
            case RST -> "reStructuredText file";
            default -> format.code() + " file";
        };
    }

    private static Diagnostic remap(Diagnostic d, int[] origin, SourceFormat format) {
        String message = format == null ? d.message() : d.message().replace("(read as markdown)", "(read as " + format.code() + ")")
                .replace("(read as plain-text)", "(read as " + format.code() + ")").replace("(read as questions)", "(read as " + format.code() + ")");
        if (d.line().isEmpty()) return new Diagnostic(d.path(), d.line(), message);
        return Diagnostic.at(d.path(), at(origin, d.line().getAsInt()), message);
    }

    private static NoteCard remap(NoteCard c, int[] origin) {
        return new NoteCard(c.prompt(), c.answer(), c.kind(), c.topic(), at(origin, c.line()), c.language(), c.status(), c.parent(),
                c.snippets().stream().map(s -> new Snippet(s.language(), s.code(), s.expectedOutput(), at(origin, s.line()))).toList(),
                c.references().stream().map(r -> switch (r) {
                    case Reference.Link l -> (Reference) new Reference.Link(l.url(), at(origin, l.line()));
                    case Reference.TimeCode t -> new Reference.TimeCode(t.video(), t.seconds(), t.label(), at(origin, t.line()));
                }).toList(), c.tags(), c.stem());
    }

    private static int at(int[] origin, int line) {
        if (origin.length == 0) return 1;
        return origin[Math.max(0, Math.min(origin.length, line) - 1)];
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }
}
