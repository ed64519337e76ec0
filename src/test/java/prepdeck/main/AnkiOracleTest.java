package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our {@code .apkg} checked by Anki itself: Anki 2.1.15 (Python, schema 11) through {@code apkg_oracle.py}
 * and Anki's Rust core 2.1.66 through {@code AnkiRsOracle}, both set up under /opt by the scripts in
 * ../shared/oracles/anki. When they are not installed the tests are skipped, and say so on stderr.
 */
@Tag("anki-oracle")
class AnkiOracleTest {
    static final Path ORACLES = Path.of("..", "shared", "oracles", "anki");
    static final Path ANKI_2115 = Path.of("/opt/anki-2.1.15/usr/share/anki");
    static final Path ANKI_RS = Path.of("/opt/anki-rs");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path temp;
    static Path first;
    static Path edited;
    static int exportedCards;
    static int answers;
    static final java.util.Set<Long> answeredCards = new java.util.HashSet<>();

    static java.util.Set<String> decks;
    static String editedSource;

    @BeforeAll
    static void exportTheSeedsWithSomeReviews() throws IOException {
        var notes = temp.resolve("notes");
        Files.createDirectories(notes);
        try (Stream<Path> seeds = Files.list(SeedImportTest.SEEDS)) {
            for (Path seed : seeds.toList()) Files.copy(seed, notes.resolve(seed.getFileName()));
        }
        var data = temp.resolve("data");
        var cli = new InProcess(data);
        var imported = cli.prepdeck("import", notes.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        var useCases = Main.openSingleUser(data);
        var practice = useCases.practice();
        int[] ratings = {3, 1, 3, 4, 2};
        for (int i = 0; i < ratings.length; i++) {
            var next = practice.next(Optional.empty()).orElseThrow();
            practice.answer(next.card().id(), ratings[i], "oracle-" + i, 4000);
            answeredCards.add(next.card().id());
            answers++;
        }
        first = temp.resolve("first.apkg");
        var exported = cli.prepdeck("export", "apkg", first.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        var cards = useCases.knowledge().cards(prepdeck.app.CardQuery.ALL).stream()
                .filter(c -> c.status() == prepdeck.knowledge.CardStatus.ANSWERED).toList();
        exportedCards = cards.size();
        decks = new java.util.TreeSet<>(List.of("Default", "prepdeck"));
        for (var c : cards) {
            var name = new StringBuilder("prepdeck");
            if (!c.topic().isEmpty()) for (String segment : c.topic().split(" / ")) decks.add(name.append("::").append(segment).toString());
        }

        // edit an answer in the notes, import and export again: Anki should update the notes, not add them anew
        Path file = notes.resolve("001_f7c775748c17103f.txt");
        String text = Files.readString(file);
        String answer = "уникальный идентификатор открытого файла в операционной системе.";
        assertThat(text).contains(answer);
        Files.writeString(file, text.replace(answer, answer + " Edited for the re-export."));
        sleepPastTheSecond(); // Anki compares note modification times in whole seconds
        var reimported = cli.prepdeck("import", notes.toString());
        assertThat(reimported.exit()).as(reimported.err()).isZero();
        edited = temp.resolve("edited.apkg");
        var again = cli.prepdeck("export", "apkg", edited.toString());
        assertThat(again.exit()).as(again.err()).isZero();
    }

    /** Anki sees the answered cards in learning or review, and the rest as new. */
    static void assertSchedulingCarriesOn(JsonNode search) {
        assertThat(search.get("is:new").asInt()).isEqualTo(exportedCards - answeredCards.size());
        assertThat(search.get("is:learn").asInt() + search.get("is:review").asInt()).isEqualTo(answeredCards.size());
    }

    static void sleepPastTheSecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean installed(Path path, String what) {
        if (Files.isDirectory(path)) return true;
        System.err.println("*** SKIPPED: " + what + " is not installed at " + path + "; run bash ../shared/oracles/anki/"
                + (what.contains("Rust") ? "setup_rs.sh" : "setup.sh") + " as root to check our .apkg with real Anki ***");
        return false;
    }

    record Output(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    static Output run(List<String> command, java.util.Map<String, String> env) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        var err = Files.createTempFile(temp, "err", ".txt");
        builder.redirectError(err.toFile());
        var process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Output(process.exitValue(), out, Files.readString(err));
    }

    static Output anki2115(Path apkg) throws Exception {
        return run(List.of("/usr/bin/python3", ORACLES.resolve("apkg_oracle.py").toString(), apkg.toString(), "--notes", "2"),
                java.util.Map.of("PYTHONPATH", ANKI_2115.toString()));
    }

    static Output ankiRs(String... args) throws Exception {
        var cp = new ArrayList<String>();
        cp.add(ANKI_RS.resolve("classes").toString());
        try (Stream<Path> jars = Files.list(ANKI_RS)) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> cp.add(p.toString()));
        }
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", String.join(":", cp), "AnkiRsOracle"));
        command.addAll(List.of(args));
        return run(command, java.util.Map.of());
    }

    @Test
    void anki2115ImportsTheSameNotesCardsDecksAndReviews() throws Exception {
        Assumptions.assumeTrue(installed(ANKI_2115, "Anki 2.1.15"), "Anki 2.1.15 oracle not installed under /opt");
        var result = anki2115(first);
        System.out.println("Anki 2.1.15 says: " + result.out());
        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        var imported = result.json().get("import");
        assertThat(imported.get("notes").asInt()).isEqualTo(exportedCards);
        assertThat(imported.get("cards").asInt()).isEqualTo(exportedCards);
        assertThat(imported.get("revlog").asInt()).isEqualTo(answers);
        var ankiDecks = new java.util.TreeSet<String>();
        imported.get("decks").forEach(d -> ankiDecks.add(d.asText()));
        assertThat(ankiDecks).isEqualTo(decks);
        assertSchedulingCarriesOn(imported.get("search"));
    }

    @Test
    void ankiRustCoreImportsTheSameNotesCardsDecksAndReviews() throws Exception {
        Assumptions.assumeTrue(installed(ANKI_RS, "Anki 2.1.66 Rust core"), "Anki rslib oracle not installed under /opt");
        var result = ankiRs("import", first.toString(), "2");
        System.out.println("Anki 2.1.66 says: " + result.out());
        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        var json = result.json();
        assertThat(json.get("notes").asInt()).isEqualTo(exportedCards);
        assertThat(json.get("cards").asInt()).isEqualTo(exportedCards);
        assertThat(json.get("revlog").asInt()).isEqualTo(answers);
        assertSchedulingCarriesOn(json.get("search"));
        var ankiDecks = new java.util.TreeSet<String>();
        json.get("decks").forEach(d -> ankiDecks.add(d.isTextual() ? d.asText() : d.path("name").asText(d.toString())));
        assertThat(ankiDecks).containsAll(decks);
        assertThat(json.get("first_notes").get(0).get("guid").asText()).startsWith("prepdeck-card-");
    }

    @Test
    void ankiUpdatesTheNotesOfAReExportInsteadOfAddingThemAgain() throws Exception {
        Assumptions.assumeTrue(installed(ANKI_RS, "Anki 2.1.66 Rust core"), "Anki rslib oracle not installed under /opt");
        var result = ankiRs("import-seq", first.toString(), edited.toString());
        System.out.println("Anki 2.1.66 import-seq says: " + result.out());
        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        var second = result.json().get(1);
        assertThat(second.get("new").asInt()).isZero();
        assertThat(second.get("conflicting").asInt()).isZero();
        assertThat(second.get("updated").asInt()).as("the edited card").isEqualTo(1);
        assertThat(second.get("duplicate").asInt()).as("the cards left as they were").isEqualTo(exportedCards - 1);
        assertThat(second.get("notes_now").asInt()).isEqualTo(exportedCards);
    }
}
