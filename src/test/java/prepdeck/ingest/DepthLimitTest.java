package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.Diagnostic;
import prepdeck.knowledge.NoteCard;

class DepthLimitTest {
    private static SourceFile file(String name, byte[] bytes) {
        return new SourceFile(name, Path.of(name), bytes, NoteReader.sha256(bytes));
    }

    private static SourceFile file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The deepest line's levels by the limit's own measure, to show what is left. */
    private static String limited(String line) {
        String out = DepthLimit.limit(line, 0, line.length());
        return out == null ? line : out;
    }

    @Test
    void threeThousandListMarkersKeepTheirFirstLevelsAndTheRestAsText() {
        String line = "- ".repeat(3000) + "bottom";
        String out = limited(line);
        assertThat(out).endsWith("bottom").contains("\\- - - ");
        int kept = out.indexOf('\\') / 2;
        assertThat(kept).isBetween(16, DepthLimit.MAX_LEVELS);
        assertThat(out.replace("\\", "").replace(" ", "")).isEqualTo(line.replace(" ", "")); // no text lost
    }

    @Test
    void quotesOrderedMarkersAndIndentationCountToo() {
        assertThat(limited("> ".repeat(100) + "x")).startsWith("> ".repeat(21)).contains("\\>").endsWith("x");
        assertThat(limited("1. ".repeat(100) + "x")).contains("1\\. ").endsWith("x");
        String indented = " ".repeat(400) + "- deep item";
        assertThat(limited(indented)).isEqualTo(" ".repeat(2 * DepthLimit.MAX_LEVELS + 1) + "\\- deep item");
    }

    @Test
    void ordinaryOutlinesCodeAndProseAreUntouched() {
        for (String line : new String[] {"- a", "        - five levels deep", "\t\t\t\t\t\t- six tabs", "> > quoted list",
                " ".repeat(200) + "code without a marker", "1.5 is not a list marker", "-not a marker", "***", ""}) {
            assertThat(DepthLimit.limit(line, 0, line.length())).as(line).isNull();
        }
        var file = file("notes.md", "# T\n\n## Q?\n\n- a\n  - b\n    - c\n");
        assertThat(DepthLimit.apply(file).file()).isSameAs(file);
    }

    @Test
    void theFileKeepsItsHashLineEndingsAndOtherBytes() {
        String text = "# Глибина\r\n\r\n## Що тут?\r\n\r\n" + "- ".repeat(100) + "дно\r\nкінець\r\n";
        var limited = DepthLimit.apply(file("deep.md", text));
        String out = new String(limited.file().bytes(), StandardCharsets.UTF_8);
        assertThat(out).startsWith("# Глибина\r\n\r\n## Що тут?\r\n\r\n- ").endsWith("дно\r\nкінець\r\n").contains("\\- ");
        assertThat(limited.file().sha256()).isEqualTo(NoteReader.sha256(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(limited.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "deep.md:5: lists or quotes nested deeper than 32 levels; flattened to 32 levels, the rest kept as text");
    }

    @Test
    void utf16FilesAreLimitedInTheirOwnEncoding() {
        byte[] bytes = ("\uFEFF# T\n\n" + "> ".repeat(50) + "x\n").getBytes(StandardCharsets.UTF_16LE);
        var limited = DepthLimit.apply(file("wide.md", bytes));
        String out = new String(limited.file().bytes(), StandardCharsets.UTF_16LE);
        assertThat(out).startsWith("\uFEFF# T\n\n> ").contains("\\> ").endsWith("x\n");
        assertThat(limited.diagnostics()).hasSize(1);
    }

    @Test
    void manyDeepLinesGiveOneDiagnosticWithTheCount() {
        var text = new StringBuilder("# T\n\n## What is it?\n\n");
        for (int i = 0; i < 1000; i++) text.append(" ".repeat(2 * i)).append("- item ").append(i).append('\n');
        var limited = DepthLimit.apply(file("stairs.md", text.toString()));
        assertThat(limited.diagnostics()).extracting(Diagnostic::toString).containsExactly("stairs.md:37: lists or quotes nested deeper "
                + "than 32 levels; flattened to 32 levels, the rest kept as text (968 lines from here on)");
    }

    @Test
    void theReaderParsesTheLimitedFileAndReportsWhereItWasFlattened() {
        String text = "# Deep\n\n## What is deep nesting?\n\n" + "- ".repeat(3000) + "bottom\n";
        var result = new NoteReader().parse(file("deep.md", text));
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        var source = ((ParseResult.Parsed) result).source();
        assertThat(source.diagnostics()).extracting(Diagnostic::toString).first().asString()
                .startsWith("deep.md:5: lists or quotes nested deeper than 32 levels");
        assertThat(source.cards()).extracting(NoteCard::answer).anySatisfy(a -> assertThat(a).contains("bottom"));
        assertThat(source.contentHash()).isEqualTo(NoteReader.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNotebooksCellsAreLimitedInsideTheirJsonStrings() {
        String notebook = """
                {
                 "cells": [
                  {
                   "cell_type": "markdown",
                   "metadata": {},
                   "source": [
                    "## What is deep nesting?\\n",
                    "\\n",
                    "%sbottom\\n"
                   ]
                  }
                 ],
                 "metadata": {},
                 "nbformat": 4,
                 "nbformat_minor": 5
                }
                """.formatted("- ".repeat(3000));
        var result = new NoteReader().parse(file("deep.ipynb", notebook));
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        var source = ((ParseResult.Parsed) result).source();
        assertThat(source.diagnostics()).extracting(Diagnostic::toString).first().asString()
                .startsWith("deep.ipynb:9: lists or quotes nested deeper than 32 levels");
        assertThat(source.cards()).extracting(NoteCard::answer).anySatisfy(a -> assertThat(a).contains("\\- - -").endsWith("bottom"));
    }
}
