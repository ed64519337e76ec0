package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.ingest.NoteReader;
import prepdeck.store.SqliteDatabase;

/** The import budget at full size: 1,000 files, 100,000 cards. Tagged long; {@code ./prepdeck test} runs it. */
@Tag("long")
class ImportScaleTest {
    @TempDir Path temp;

    @Test
    void aThousandFilesImportWithinBudgetAndReimportsAreCheap() throws IOException {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        for (int f = 0; f < 1000; f++) Files.writeString(notes.resolve("file-%04d.md".formatted(f)), file(f, 0));
        var store = SqliteDatabase.open(temp.resolve("data")).localDeck();
        var importer = new ImportNotes(store, new NoteReader()::scan, TinyNotes::parse, Clock.systemUTC(), "1");

        long full = timed(() -> assertThat(importer.run(List.of(notes), ImportProgress.NONE).totals().cards()).isEqualTo(75_000));
        // the small cases take the best of three runs: the machine may be shared, and one hiccup is not the code
        long unchanged = Long.MAX_VALUE, oneChanged = Long.MAX_VALUE;
        for (int run = 1; run <= 3; run++) {
            unchanged = Math.min(unchanged, timed(() ->
                    assertThat(importer.run(List.of(notes), ImportProgress.NONE).totals().unchangedSources()).isEqualTo(1000)));
            Files.writeString(notes.resolve("file-0500.md"), file(500, run));
            oneChanged = Math.min(oneChanged, timed(() ->
                    assertThat(importer.run(List.of(notes), ImportProgress.NONE).totals().sources()).isEqualTo(1)));
        }
        System.out.printf("import of 1,000 files / 100,000 cards: full %d ms, unchanged %d ms, one changed %d ms (best of 3)%n",
                full, unchanged, oneChanged);

        assertThat(new DeckKnowledge(store).stats().cards() + new DeckKnowledge(store).stats().gaps()).isEqualTo(100_000);
        assertThat(full).isLessThan(10_000);
        assertThat(unchanged).isLessThan(1_000);
        assertThat(oneChanged).isLessThan(200);
    }

    /** 100 cards in 10 topics; a quarter of them gaps; one snippet in ten. */
    private static String file(int f, int edit) {
        var out = new StringBuilder();
        for (int t = 0; t < 10; t++) {
            out.append("# Topic ").append(t % 7).append("\n## Part ").append(f % 13).append('.').append(t).append('\n');
            for (int q = 0; q < 10; q++) {
                int n = t * 10 + q;
                out.append("Q: Question ").append(n).append(" of file ").append(f).append(edit > 0 && n == 42 ? " (edit " + edit + ")" : "").append("?\n");
                if (n % 4 != 0) out.append("A: An answer to question ").append(n).append(" with a few words of text.\n");
                if (n % 10 == 1) out.append("S: print(").append(n).append(") => ").append(n).append('\n');
            }
        }
        return out.toString();
    }

    private static long timed(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
