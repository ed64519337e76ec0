package prepdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.ingest.NoteReader;
import prepdeck.ingest.ParseResult;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.SourceFormat;

class SyntheticNotesTest {
    @TempDir Path dir;

    @Test
    void everyFileGivesAHundredCardsThroughTheRealExtractorsInEveryLanguageAndFormat() throws Exception {
        new SyntheticNotes(42).write(dir, 9);
        var reader = new NoteReader();
        var sources = reader.scan(List.of(dir)).files().stream()
                .map(f -> ((ParseResult.Parsed) reader.parse(f)).source()).toList();
        assertThat(sources).hasSize(9).allSatisfy(s -> assertThat(s.cards()).as(s.path()).hasSize(SyntheticNotes.CARDS_PER_FILE));
        assertThat(sources).extracting(ParsedSource::language).contains(Language.RU, Language.UK, Language.EN);
        assertThat(sources).extracting(ParsedSource::format).contains(SourceFormat.MARKDOWN, SourceFormat.QUESTIONS, SourceFormat.COURSE_NOTES);
        assertThat(sources).allSatisfy(s -> assertThat(s.gapCount()).isLessThan(SyntheticNotes.CARDS_PER_FILE / 3));
    }

    @Test
    void theSameSeedWritesTheSameCorpusAndAnEditChangesTheFile() {
        var a = new SyntheticNotes(7);
        assertThat(a.file(4, 0)).isEqualTo(new SyntheticNotes(7).file(4, 0)).isNotEqualTo(new SyntheticNotes(8).file(4, 0));
        var original = a.file(4, 0).lines().toList();
        var edited = a.file(4, 1).lines().toList();
        assertThat(edited).hasSameSizeAs(original);
        long differing = java.util.stream.IntStream.range(0, original.size()).filter(i -> !original.get(i).equals(edited.get(i))).count();
        assertThat(differing).isBetween(1L, 2L);
    }
}
