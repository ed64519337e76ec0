package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.CardQuery;
import prepdeck.app.CardView;
import prepdeck.knowledge.CardStatus;

/** Anki packages through the command line: the samples Anki made, and our own export brought back in. */
class AnkiPackageTest {
    static final Path SAMPLES = Path.of("..", "shared", "oracles", "anki", "samples");
    @TempDir Path temp;

    InProcess cli() {
        return new InProcess(temp.resolve("data"));
    }

    List<CardView> cards(String source) {
        return Main.openSingleUser(temp.resolve("data")).knowledge().cards(new CardQuery(Optional.of(source), Optional.empty(), false));
    }

    int reviews() {
        return (int) Main.openSingleUser(temp.resolve("data")).knowledge().stats().reviews();
    }

    /** The sample's one image (a 1×1 PNG on the cloze note's back) is kept in the data folder and named on its card. */
    static void assertMediaKept(Path data, String sample, CardView cloze, String out) {
        assertThat(cloze.answer()).as(sample).contains("[image: tiny.png]");
        assertThat(out).as(sample).contains("Kept 1 media file of " + sample + " in ");
        try (var files = Files.walk(data.resolve("media"))) {
            var png = files.filter(f -> f.getFileName().toString().equals("tiny.png")).toList();
            assertThat(png).as(sample).singleElement().satisfies(f -> {
                assertThat(f.getParent().getFileName().toString()).isEqualTo(sample);
                assertThat(Files.readAllBytes(f)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void ankiSamplesOfEveryLegacyLayoutImportWithTheirNotesDecksAndReviews() {
        for (String sample : List.of("sample_v1_sched.apkg", "sample_v2_sched.apkg", "sample_v2.colpkg", "rs_legacy_sched.apkg")) {
            var run = new InProcess(temp.resolve(sample)).prepdeck("import", SAMPLES.resolve(sample).toString());
            assertThat(run.exit()).as(sample + ": " + run.err()).isZero();
            var data = Main.openSingleUser(temp.resolve(sample));
            var cards = data.knowledge().cards(new CardQuery(Optional.of(sample), Optional.empty(), false));
            assertThat(cards).as(sample).hasSize(5);
            assertThat(cards).extracting(CardView::prompt).contains("Что такое GIL?", "Big-O of dict lookup?");
            var gil = cards.stream().filter(c -> c.prompt().equals("Что такое GIL?")).findFirst().orElseThrow();
            assertThat(gil.answer()).isEqualTo("Global Interpreter Lock — мьютекс CPython");
            assertThat(gil.topic()).isEqualTo("Interview / Python / Core");
            var cloze = cards.stream().filter(c -> c.prompt().contains("returns only matching rows")).findFirst().orElseThrow();
            assertThat(cloze.prompt()).startsWith("[…] returns only matching rows");
            assertThat(cloze.answer()).startsWith("INNER JOIN returns only matching rows");
            assertThat(data.knowledge().stats().reviews()).as(sample + " reviews").isEqualTo(5);
            assertThat(run.out()).contains("Added 5 reviews");
            assertMediaKept(temp.resolve(sample), sample, cloze, run.out());
        }
    }

    @Test
    void importingTheSamePackageAgainAddsNoCardsAndNoReviews() {
        var sample = SAMPLES.resolve("sample_v2_sched.apkg").toString();
        assertThat(cli().prepdeck("import", sample).exit()).isZero();
        var again = cli().prepdeck("import", sample);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("Added 0 reviews");
        assertThat(cards("sample_v2_sched.apkg")).hasSize(5);
        assertThat(reviews()).isEqualTo(5);
    }

    @Test
    void theModernCompressedLayoutOfAnki2150IsReadToo() {
        for (String sample : List.of("rs_modern_sched.apkg", "rs_modern.colpkg")) {
            var run = new InProcess(temp.resolve(sample)).prepdeck("import", SAMPLES.resolve(sample).toString());
            assertThat(run.exit()).as(sample + ": " + run.err()).isZero();
            var data = Main.openSingleUser(temp.resolve(sample));
            var cards = data.knowledge().cards(new CardQuery(Optional.of(sample), Optional.empty(), false));
            assertThat(cards).as(sample).hasSize(5);
            var gil = cards.stream().filter(c -> c.prompt().equals("Что такое GIL?")).findFirst().orElseThrow();
            assertThat(gil.topic()).isEqualTo("Interview / Python / Core");
            assertThat(data.knowledge().stats().reviews()).as(sample + " reviews").isEqualTo(5);
            var cloze = cards.stream().filter(c -> c.prompt().contains("returns only matching rows")).findFirst().orElseThrow();
            assertMediaKept(temp.resolve(sample), sample, cloze, run.out());
        }
    }

    @Test
    void anExportedDeckComesBackWithItsCardsTopicsAndHistory() throws Exception {
        var notes = temp.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("python.md"), """
                # Python

                ## GIL

                ### What is the GIL?

                A lock that lets one thread run Python bytecode at a time.

                ### What does `yield` make?

                A generator.
                """);
        var first = new InProcess(temp.resolve("first"));
        assertThat(first.prepdeck("import", notes.toString()).exit()).isZero();
        var practice = Main.openSingleUser(temp.resolve("first")).practice();
        var next = practice.next(Optional.empty()).orElseThrow();
        practice.answer(next.card().id(), 3, "k1", 3000);
        var out = temp.resolve("deck.apkg");
        var exported = first.prepdeck("export", "apkg", out.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        var original = Main.openSingleUser(temp.resolve("first")).knowledge().cards(CardQuery.ALL).stream()
                .filter(c -> c.status() == CardStatus.ANSWERED).toList();

        var imported = cli().prepdeck("import", out.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        var back = cards("deck.apkg");
        assertThat(back).extracting(CardView::prompt).containsExactlyInAnyOrderElementsOf(original.stream().map(CardView::prompt).toList());
        assertThat(back).allSatisfy(c -> assertThat(c.topic()).startsWith("prepdeck"));
        var gil = back.stream().filter(c -> c.prompt().contains("GIL")).findFirst().orElseThrow(() -> new AssertionError(back));
        assertThat(gil.answer()).isEqualTo("A lock that lets one thread run Python bytecode at a time.");
        assertThat(reviews()).isEqualTo(1);
    }

    @Test
    void importingOurOwnExportBackIsRecognisedByItsGuidsAndChangesNothing() throws Exception {
        var notes = temp.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("python.md"), """
                # Python

                ## What is the GIL?

                A lock that lets one thread run Python bytecode at a time.

                ## What does `yield` make?

                A generator.

                ## What does `send` do?
                """);
        var cli = cli();
        assertThat(cli.prepdeck("import", notes.toString()).exit()).isZero();
        var practice = Main.openSingleUser(temp.resolve("data")).practice();
        var next = practice.next(Optional.empty()).orElseThrow();
        practice.answer(next.card().id(), 3, "k1", 3000);
        var out = temp.resolve("deck.apkg");
        assertThat(cli.prepdeck("export", "apkg", out.toString()).exit()).isZero();
        var before = Main.openSingleUser(temp.resolve("data")).knowledge().cards(new CardQuery(Optional.empty(), Optional.empty(), true));
        long sources = Main.openSingleUser(temp.resolve("data")).knowledge().stats().sources();

        for (int i = 0; i < 2; i++) {
            var back = cli.prepdeck("import", out.toString());
            assertThat(back.exit()).as(back.err()).isZero();
            assertThat(back.out()).contains("Recognised 2 notes of deck.apkg as this deck's own cards").contains("Added 0 reviews");
            var after = Main.openSingleUser(temp.resolve("data")).knowledge().cards(new CardQuery(Optional.empty(), Optional.empty(), true));
            assertThat(after).as("no card added, changed or retired; the gap kept").isEqualTo(before);
            assertThat(cli.prepdeck("cards", "--source", "deck.apkg").exit()).as("no source made of the package").isEqualTo(1);
            assertThat(Main.openSingleUser(temp.resolve("data")).knowledge().stats().sources()).isEqualTo(sources);
            assertThat(reviews()).isEqualTo(1);
        }

        // the package practised in Anki since: one more answer of the answered card comes back, once
        var practised = withAnkiAnswer(out, temp.resolve("practised.apkg"), 1_000_000_000_000L + next.card().id(),
                java.time.Instant.now().plusSeconds(60));
        for (int i = 0; i < 2; i++) {
            var back = cli.prepdeck("import", practised.toString());
            assertThat(back.exit()).as(back.err()).isZero();
            assertThat(back.out()).contains("Recognised 2 notes").contains("Added " + (i == 0 ? 1 : 0) + " review");
            assertThat(reviews()).isEqualTo(2);
            assertThat(Main.openSingleUser(temp.resolve("data")).knowledge().cards(new CardQuery(Optional.empty(), Optional.empty(), true)))
                    .isEqualTo(before);
        }
    }

    /** A copy of the package with one more revlog row (an answer Good given in Anki at {@code at}) for Anki card {@code cardId}. */
    static Path withAnkiAnswer(Path apkg, Path out, long cardId, java.time.Instant at) throws Exception {
        Path folder = Files.createTempDirectory(out.getParent(), "unzipped");
        try (var zip = new java.util.zip.ZipFile(apkg.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) Files.copy(zip.getInputStream(e), folder.resolve(e.getName()));
        }
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("collection.anki2"));
             var st = db.prepareStatement("insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) values (?, ?, -1, 3, 3, 1, 2500, 4000, 1)")) {
            st.setLong(1, at.toEpochMilli());
            st.setLong(2, cardId);
            st.executeUpdate();
        }
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out)); var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(f.getFileName().toString()));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return out;
    }

    @Test
    void ankiTagsAreKeptOnImportShownOnTheCardAndGoBackOutOnExport() throws Exception {
        var sample = "sample_v2_sched.apkg";
        assertThat(cli().prepdeck("import", SAMPLES.resolve(sample).toString()).exit()).isZero();
        var gil = cards(sample).stream().filter(c -> c.prompt().equals("Что такое GIL?")).findFirst().orElseThrow();
        assertThat(gil.tags()).containsExactly("gil", "python");
        var useCases = Main.openSingleUser(temp.resolve("data"));
        var served = Main.serveWeb(useCases, temp.resolve("data"), "127.0.0.1", 0);
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var page = http.send(java.net.http.HttpRequest.newBuilder(served.url().resolve("/cards/" + gil.id())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("id=\"card-tags\"").contains("<span class=\"badge tag\">gil</span>")
                    .contains("<span class=\"badge tag\">python</span>");
        } finally {
            served.stop().close();
        }
        var out = temp.resolve("again.apkg");
        assertThat(cli().prepdeck("export", "apkg", out.toString()).exit()).isZero();
        // into another data folder: the notes are new there, their Anki tags come along, ours (prepdeck, kind::, lang::) do not
        var other = new InProcess(temp.resolve("other"));
        assertThat(other.prepdeck("import", out.toString()).exit()).isZero();
        var back = Main.openSingleUser(temp.resolve("other")).knowledge().cards(new CardQuery(Optional.of("again.apkg"), Optional.empty(), false));
        assertThat(back).filteredOn(c -> c.prompt().equals("Что такое GIL?")).singleElement()
                .satisfies(c -> assertThat(c.tags()).containsExactly("gil", "python"));
        assertThat(back).filteredOn(c -> c.prompt().startsWith("Big-O")).singleElement()
                .satisfies(c -> assertThat(c.tags()).containsExactly("complexity", "python"));
        // the image kept from the sample went out in the export (an image again, its file in the package) and came back
        try (var zip = new java.util.zip.ZipFile(out.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("media")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("{\"0\": \"tiny.png\"}");
            assertThat(zip.getInputStream(zip.getEntry("0")).readAllBytes()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
        var cloze = back.stream().filter(c -> c.prompt().contains("returns only matching rows")).findFirst().orElseThrow();
        assertMediaKept(temp.resolve("other"), "again.apkg", cloze, "Kept 1 media file of again.apkg in ");
    }

    @Test
    void anExportOfOneTopicHoldsOnlyThatTopicAndItsSubtopics() throws Exception {
        var notes = temp.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("two.md"), """
                # Python

                ### What is the GIL?

                A lock.

                # Docker

                ### What is an image?

                A template for containers.
                """);
        var first = new InProcess(temp.resolve("first"));
        assertThat(first.prepdeck("import", notes.toString()).exit()).isZero();
        var out = temp.resolve("python.apkg");
        var exported = first.prepdeck("export", "apkg", out.toString(), "--topic", "Python");
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Exported 1 card");
        assertThat(cli().prepdeck("import", out.toString()).exit()).isZero();
        assertThat(cards("python.apkg")).singleElement().satisfies(c -> assertThat(c.prompt()).endsWith("What is the GIL?"));
    }

    @Test
    void anExportOfAnUnknownTopicFailsAndWritesNothing() throws Exception {
        var missing = cli().prepdeck("export", "apkg", temp.resolve("x.apkg").toString(), "--topic", "Nowhere");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("Nowhere");
        assertThat(temp.resolve("x.apkg")).doesNotExist();
    }
}
