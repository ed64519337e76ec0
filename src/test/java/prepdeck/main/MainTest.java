package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.ImportNotes;
import prepdeck.app.ImportProgress;
import prepdeck.app.TinyNotes;
import prepdeck.cli.Cli;
import prepdeck.ingest.NoteReader;
import prepdeck.store.SqliteDatabase;

/** The CLI as scripts use it: Main run in-process against a temporary data folder. */
class MainTest {
    @TempDir Path temp;
    Path data;
    Path notes;
    final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void setUp() throws IOException {
        data = temp.resolve("data");
        notes = Files.createDirectories(temp.resolve("notes"));
    }

    InProcess.Run prepdeck(String... args) {
        return new InProcess(data).prepdeck(args);
    }

    /** Cards need an extractor; the real ones are being written, so a tiny test format fills the deck. */
    void seedDeck() throws IOException {
        Files.writeString(notes.resolve("python.md"), """
                # Python
                ## Generators
                Q: What is a generator?
                A: A function that yields values lazily.
                S: list(range(2)) => [0, 1]
                F: How does send() work?
                A: It resumes the generator with a value.
                Q: What does yield from do?
                """);
        Files.writeString(notes.resolve("docker.md"), "# Docker\nQ: List containers\nA: docker ps\n");
        var store = SqliteDatabase.open(data).localDeck();
        new ImportNotes(store, new NoteReader()::scan, TinyNotes::parse, Clock.systemUTC(), prepdeck.ingest.NoteReader.VERSION)
                .run(List.of(notes), ImportProgress.NONE);
    }

    static List<String> fields(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void importJsonHasTheContractShapeAndExitsZero() throws IOException {
        Files.writeString(notes.resolve("a.txt"), "What is a list? A mutable sequence.\n");

        var run = prepdeck("import", notes.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        var json = run.json();
        assertThat(fields(json)).startsWith("sources", "totals")
                .contains("cards_new", "cards_changed", "cards_retired", "cards_matched");
        assertThat(fields(json.get("sources").get(0)))
                .contains("path", "format", "language", "topics", "cards", "gaps", "snippets", "diagnostics");
        assertThat(json.get("sources").get(0).get("path").asText()).isEqualTo("a.txt");
        assertThat(fields(json.get("totals")))
                .contains("sources", "topics", "cards", "gaps", "snippets", "retired", "unchanged_sources");
        assertThat(json.get("totals").get("sources").asInt()).isEqualTo(1);
    }

    @Test
    void aFoldersLicenceAndContributionGuideAreSkippedWithALineSayingWhyAndAreReadWhenNamed() throws IOException {
        Files.writeString(notes.resolve("a.txt"), "What is a list? A mutable sequence.\n");
        Files.writeString(notes.resolve("LICENSE"), "MIT License\n\nPermission is hereby granted, free of charge, to any person.\n");
        Files.writeString(notes.resolve("CONTRIBUTING.md"), "# Contributing\n\n## How do I send a fix?\n\nOpen a pull request.\n");

        var run = prepdeck("import", notes.toString());

        assertThat(run.exit()).as(run.err()).isZero(); // skipping is no failure
        assertThat(run.out()).contains("Skipped 2 files that are repository boilerplate, not notes: "
                + "CONTRIBUTING.md (a contribution guide), LICENSE (a licence). Name a file to import it anyway.");
        assertThat(run.out()).doesNotContain("LICENSE  ");
        var json = prepdeck("import", notes.toString(), "--dry-run", "--json").json();
        assertThat(json.get("skipped")).hasSize(2);
        assertThat(json.get("skipped").get(1).get("path").asText()).isEqualTo("LICENSE");
        assertThat(json.get("skipped").get(1).get("reason").asText()).isEqualTo("a licence");
        assertThat(prepdeck("cards", "--json").json()).hasSize(1);

        var named = prepdeck("import", notes.resolve("CONTRIBUTING.md").toString(), "--json");
        assertThat(named.json().get("skipped")).isEmpty();
        assertThat(named.json().get("totals").get("cards").asInt()).isEqualTo(1);
    }

    @Test
    void aDryRunShowsTheRetiredAndKeptCardsWritesNothingAndTheImportThenDoesThat() throws IOException {
        String mro = "Method resolution order: the order in which Python looks for a method in a class hierarchy (C3).";
        Files.writeString(notes.resolve("python.md"), "# Python\n\n## What is MRO?\n\n" + mro
                + "\n\n## What is a metaclass?\n\nThe class of a class: type builds every class statement.\n");
        prepdeck("import", notes.toString());
        var cardsBefore = prepdeck("cards", "--json").out();
        Files.delete(notes.resolve("python.md"));
        Files.writeString(notes.resolve("lang.md"), "# Python\n\n## What is MRO in Python?\n\n" + mro + "\n");

        var dry = prepdeck("import", notes.toString(), "--dry-run", "--json");

        assertThat(dry.exit()).as(dry.err()).isZero();
        var json = dry.json();
        assertThat(fields(json)).contains("dry_run", "sources", "cards_new", "cards_changed", "cards_retired", "cards_matched");
        assertThat(json.get("cards_retired")).singleElement().satisfies(r -> {
            assertThat(fields(r)).contains("id", "prompt", "reviews");
            assertThat(r.get("prompt").asText()).contains("metaclass");
            assertThat(r.get("reviews").asInt()).isZero();
        });
        assertThat(json.get("cards_matched")).singleElement().satisfies(m -> {
            assertThat(fields(m)).contains("id", "from", "to");
            assertThat(m.get("from").get("source").asText()).isEqualTo("python.md");
            assertThat(m.get("to").get("source").asText()).isEqualTo("lang.md");
            assertThat(m.get("to").get("prompt").asText()).contains("MRO in Python");
        });
        assertThat(prepdeck("cards", "--json").out()).isEqualTo(cardsBefore);

        var human = prepdeck("import", notes.toString(), "--dry-run");
        assertThat(human.out()).contains("Dry run, nothing written").contains("retired #").contains("kept #")
                .contains("moved from python.md to lang.md");

        var done = prepdeck("import", notes.toString(), "--json").json();
        assertThat(done.get("cards_retired")).isEqualTo(json.get("cards_retired"));
        assertThat(done.get("cards_matched")).isEqualTo(json.get("cards_matched"));
        assertThat(done.get("totals")).isEqualTo(json.get("totals"));
        long kept = json.get("cards_matched").get(0).get("id").asLong();
        assertThat(prepdeck("cards", "--json").json()).singleElement()
                .satisfies(c -> assertThat(c.get("id").asLong()).isEqualTo(kept));
    }

    @Test
    void importingAgainReportsEverySourceUnchanged() throws IOException {
        Files.writeString(notes.resolve("a.txt"), "What is a list? A mutable sequence.\n");
        prepdeck("import", notes.toString());

        var run = prepdeck("import", notes.toString(), "--json");

        assertThat(run.json().get("totals").get("unchanged_sources").asInt()).isEqualTo(1);
        assertThat(run.json().get("totals").get("sources").asInt()).isZero();
    }

    @Test
    void aPathThatDoesNotExistIsNamedAndExitsOne() {
        var run = prepdeck("import", temp.resolve("nowhere").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere: no such file or folder");
    }

    @Test
    void aFileThatCannotBeReadAsNotesIsNamedWithItsLineAndTheOthersAreImported() throws IOException {
        Files.write(notes.resolve("image.png"), new byte[] {'P', 'N', 'G', '\n', 0, 1, 2});
        Files.writeString(notes.resolve("a.txt"), "What is a list? A mutable sequence.\n");

        var run = prepdeck("import", notes.toString(), "--json");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("image.png:2: binary file");
        assertThat(run.json().get("totals").get("sources").asInt()).isEqualTo(1);
        assertThat(prepdeck("stats", "--json").json().get("sources").asInt()).isEqualTo(1);
    }

    @Test
    void statsJsonHasTheContractShape() throws IOException {
        seedDeck();

        var run = prepdeck("stats", "--json");

        assertThat(run.exit()).isZero();
        assertThat(fields(run.json())).containsExactly("sources", "topics", "cards", "gaps", "snippets", "reviews", "retired");
        assertThat(run.json().get("cards").asInt()).isEqualTo(3);
        assertThat(run.json().get("gaps").asInt()).isEqualTo(1);
    }

    @Test
    void topicsJsonHasTheContractShapeWithPathsFromTheRoot() throws IOException {
        seedDeck();

        var json = prepdeck("topics", "--json").json();

        // files are read in path order: docker.md, then python.md
        assertThat(json.size()).isEqualTo(3);
        assertThat(fields(json.get(2))).containsExactly("id", "title", "path", "parent", "cards", "gaps");
        assertThat(json.findValuesAsText("path")).containsExactly("Docker", "Python", "Python / Generators");
        assertThat(json.get(2).get("title").asText()).isEqualTo("Generators");
        assertThat(json.get(2).get("parent").asLong()).isEqualTo(json.get(1).get("id").asLong());
        assertThat(json.get(1).get("parent").isNull()).isTrue();
        assertThat(json.get(2).get("cards").asInt()).isEqualTo(2);
        assertThat(json.get(2).get("gaps").asInt()).isEqualTo(1);
    }

    @Test
    void cardsJsonHasTheContractShapeAndFollowUpsPointBothWays() throws IOException {
        seedDeck();

        var json = prepdeck("cards", "--json", "--source", "python.md").json();

        assertThat(json.size()).isEqualTo(3);
        assertThat(fields(json.get(0))).contains("id", "prompt", "answer", "kind", "topic", "source", "line", "language",
                "status", "parent", "follow_ups");
        var main = json.get(0);
        var followUp = json.get(1);
        assertThat(main.get("topic").asText()).isEqualTo("Python / Generators");
        assertThat(main.get("line").asInt()).isEqualTo(3);
        assertThat(main.get("kind").asText()).isEqualTo("question");
        assertThat(main.get("status").asText()).isEqualTo("answered");
        assertThat(main.get("follow_ups").get(0).asLong()).isEqualTo(followUp.get("id").asLong());
        assertThat(followUp.get("parent").asLong()).isEqualTo(main.get("id").asLong());
        assertThat(json.get(2).get("status").asText()).isEqualTo("gap");
    }

    @Test
    void cardsByTopicIncludeSubtopics() throws IOException {
        seedDeck();

        assertThat(prepdeck("cards", "--json", "--topic", "Python").json().size()).isEqualTo(3);
        assertThat(prepdeck("cards", "--json", "--topic", "Docker").json().size()).isEqualTo(1);
    }

    @Test
    void anUnknownTopicOrSourceIsNamedAndExitsOne() throws IOException {
        seedDeck();

        var topic = prepdeck("cards", "--topic", "Rust");
        var source = prepdeck("cards", "--source", "rust.md");

        assertThat(topic.exit()).isEqualTo(1);
        assertThat(topic.err()).contains("no topic 'Rust'");
        assertThat(source.exit()).isEqualTo(1);
        assertThat(source.err()).contains("no source 'rust.md'");
    }

    @Test
    void gapsJsonHasTheContractShape() throws IOException {
        seedDeck();

        var json = prepdeck("gaps", "--json").json();

        assertThat(json.size()).isEqualTo(1);
        assertThat(fields(json.get(0))).containsExactly("id", "title", "kind", "topic", "source", "line", "related");
        assertThat(json.get(0).get("title").asText()).isEqualTo("What does yield from do?");
        assertThat(json.get(0).get("line").asInt()).isEqualTo(8);
    }

    @Test
    void withoutJsonCommandsPrintTablesForPeople() throws IOException {
        seedDeck();

        assertThat(prepdeck("cards").out()).contains("PROMPT").contains("python.md:3").contains("What is a generator?");
        assertThat(prepdeck("topics").out()).contains("Python").contains("  Generators");
        assertThat(prepdeck("gaps").out()).contains("What does yield from do?");
        assertThat(prepdeck("stats").out()).contains("cards").contains("3");
    }

    @Test
    void helpNeedsNoDataFolder() {
        for (String command : List.of("import", "stats", "topics", "cards", "gaps")) {
            var run = prepdeck(command, "--help");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: prepdeck " + command).contains("--json");
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void aMistypedCommandLineExitsOne() {
        var run = prepdeck("cards", "--topics", "x");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--topics").contains("prepdeck cards --help");
    }
}
