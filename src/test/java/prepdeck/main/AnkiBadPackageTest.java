package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.CardQuery;

/**
 * Packages that are broken or hostile: each is refused with a message naming the file, nothing lands
 * outside the data folder, and what was imported before stays as it was.
 */
class AnkiBadPackageTest {
    @TempDir Path temp;
    Path data;
    InProcess cli;

    @BeforeEach
    void importAGoodPackageFirst() {
        data = temp.resolve("data");
        cli = new InProcess(data);
        var run = cli.prepdeck("import", AnkiPackageTest.SAMPLES.resolve("sample_v2_sched.apkg").toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    void assertEarlierImportIntact() {
        var knowledge = Main.openSingleUser(data).knowledge();
        assertThat(knowledge.cards(CardQuery.ALL)).hasSize(5);
        assertThat(knowledge.stats().reviews()).isEqualTo(5);
    }

    interface Entries {
        void write(ZipOutputStream zip) throws IOException;
    }

    Path zip(String name, Entries entries) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); var zip = new ZipOutputStream(out)) {
            entries.write(zip);
        }
        return file;
    }

    static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    InProcess.Run refused(Path file, String... expected) {
        var run = cli.prepdeck("import", file.toString());
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).contains(file.getFileName().toString());
        for (String e : expected) assertThat(run.err()).contains(e);
        assertEarlierImportIntact();
        assertThat(data.resolve("tmp")).as("the extraction folder is removed").satisfiesAnyOf(
                tmp -> assertThat(tmp).doesNotExist(), tmp -> assertThat(tmp).isEmptyDirectory());
        return run;
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsTheDisk() throws IOException {
        var bomb = zip("bomb.apkg", zip -> {
            zip.putNextEntry(new ZipEntry("collection.anki2"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) zip.write(zeros);
            zip.closeEntry();
        });
        refused(bomb, "zip bomb");
    }

    @Test
    void aZstdBombInTheModernLayoutIsRefusedToo() throws IOException {
        byte[] packed = com.github.luben.zstd.Zstd.compress(new byte[16 << 20]);
        refused(zip("zbomb.apkg", zip -> entry(zip, "collection.anki21b", packed)), "zip bomb");
    }

    @Test
    void namesThatClimbOutOfTheFolderAreRefused() throws IOException {
        var evil = zip("evil.apkg", zip -> {
            entry(zip, "../../evil.txt", "x".getBytes());
            entry(zip, "collection.anki2", Files.readAllBytes(collectionOf("sample_v2_sched.apkg")));
        });
        refused(evil, "unsafe file name", "../../evil.txt");
        try (var files = Files.walk(temp.getParent(), 3)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("evil.txt"))).isEmpty();
        }
    }

    @Test
    void aCorruptCollectionIsRefused() throws IOException {
        refused(zip("garbage.apkg", zip -> entry(zip, "collection.anki2", "this is no database".getBytes())), "not a SQLite database");
        byte[] real = Files.readAllBytes(collectionOf("sample_v2_sched.apkg"));
        byte[] truncated = java.util.Arrays.copyOf(real, 4096);
        java.util.Arrays.fill(truncated, 100, 4096, (byte) 0x5a);
        refused(zip("truncated.apkg", zip -> entry(zip, "collection.anki2", truncated)), "truncated.apkg");
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws IOException {
        Path file = temp.resolve("notazip.apkg");
        Files.writeString(file, "hello");
        refused(file, "not a readable zip file");
    }

    @Test
    void columnsAndSettingsANewerAnkiAddsAreIgnored() throws Exception {
        Path collection = collectionOf("sample_v1_sched.apkg");
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + collection); var st = db.createStatement()) {
            st.execute("alter table notes add column shiny text");
            st.execute("alter table cards add column sparkle integer");
            st.execute("update col set decks = json_set(decks, '$.1.newSetting', 42)");
        }
        var newer = zip("newer.apkg", zip -> {
            entry(zip, "collection.anki2", Files.readAllBytes(collection));
            entry(zip, "media", "{}".getBytes());
            entry(zip, "some_future_file", "?".getBytes());
        });
        var run = cli.prepdeck("import", newer.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Main.openSingleUser(data).knowledge().cards(new CardQuery(Optional.of("newer.apkg"), Optional.empty(), false))).hasSize(5);
    }

    /** The collection of a sample, extracted to a file of our own. */
    Path collectionOf(String sample) throws IOException {
        try (var zip = new ZipFile(AnkiPackageTest.SAMPLES.resolve(sample).toFile())) {
            var entry = zip.getEntry("collection.anki21") != null ? zip.getEntry("collection.anki21") : zip.getEntry("collection.anki2");
            Path out = Files.createTempFile(temp, "collection", ".anki2");
            try (var in = zip.getInputStream(entry)) {
                Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return out;
        }
    }
}
