package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.SourceFormat;

/**
 * Throws arbitrary bytes at the importer: it must never throw, and whatever it returns must be well formed
 * (every card's line inside the file, parents before their follow-ups). Its inputs include a seed for each format
 * read besides Markdown (HTML, Word, reStructuredText, CSV, Obsidian), so that fuzzing reaches those readers too. Without JAZZER_FUZZ it replays the
 * inputs under src/test/resources/prepdeck/ingest/ImporterFuzzTestInputs; with JAZZER_FUZZ=1 it searches
 * for new ones for {@code maxDuration} (`PREPDECK_FUZZ=20s ./prepdeck test`, as CI runs it, fuzzes briefly after every other test; `./prepdeck fuzz` runs longer).
 */
class ImporterFuzzTest {
    private final NoteReader reader = new NoteReader();

    @FuzzTest(maxDuration = "20s")
    void importerNeverThrowsAndKeepsItsPromises(FuzzedDataProvider data) {
        boolean asText = data.consumeBoolean();
        // a ".md" name sends any content through the Markdown document reader
        String name = data.consumeBoolean() ? "fuzz.md" : "fuzz.txt";
        byte[] bytes = asText ? data.consumeRemainingAsString().getBytes(java.nio.charset.StandardCharsets.UTF_8) : data.consumeRemainingAsBytes();
        var file = new SourceFile(name, Path.of(name), bytes, NoteReader.sha256(bytes));
        switch (reader.parse(file)) {
            case ParseResult.Rejected r -> assertThat(r.reason().path()).isEqualTo(name);
            case ParseResult.Parsed p -> {
                long lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines().count() + 1;
                // a Word document has no lines: its cards name paragraphs, which its zipped bytes do not count
                long limit = p.source().format() == SourceFormat.DOCX ? Integer.MAX_VALUE - 1 : Math.max(lines, 1);
                for (NoteCard c : p.source().cards()) {
                    assertThat(c.line()).isBetween(1, (int) limit + 1);
                    assertThat(c.prompt()).isNotBlank();
                }
            }
        }
    }
}
