package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.snippets.SnippetChecker;

/**
 * {@code prepdeck snippets check --json} over the imported seeds, as the issue asks: the mis-indented
 * iterator class is an error at its line, the type/object and refcount examples hold, and the cells that
 * read file.txt need a fixture until one is attached (with the card's id, which re-imports keep).
 */
class SeedSnippetsTest {
    static final String S000 = "000_94e9e51ef25a3735.txt", S003 = "003_0e42585650cfbd26.txt", S004 = "004_43d660ed5263d398.txt";

    @TempDir Path temp;

    @BeforeAll
    static void needsPython() {
        assumeTrue(SnippetChecker.findPython().isPresent(), "python3 is needed to run snippets");
    }

    InProcess.Run prepdeck(String... args) {
        return new InProcess(temp.resolve("data")).prepdeck(args);
    }

    static List<JsonNode> list(JsonNode array) {
        return SeedImportTest.list(array);
    }

    static JsonNode at(List<JsonNode> results, String source, int line) {
        return results.stream().filter(r -> r.get("source").asText().equals(source) && r.get("line").asInt() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no result at " + source + ":" + line + " in " + results));
    }

    static List<JsonNode> ofSnippetsAt(List<JsonNode> results, String source, int... snippetLines) {
        return results.stream().filter(r -> r.get("source").asText().equals(source))
                .filter(r -> java.util.Arrays.stream(snippetLines).anyMatch(l -> l == r.get("snippet_line").asInt())).toList();
    }

    @Test
    void theSeedsSnippetsAreCheckedAndAFixtureMakesTheFileCellsPass() throws IOException {
        assertThat(prepdeck("import", SeedImportTest.SEEDS.toString()).exit()).isZero();
        var check = prepdeck("snippets", "check", "--json");
        assertThat(check.exit()).as(check.err()).isZero();
        var results = list(check.json());
        assertThat(results).allSatisfy(r -> {
            assertThat(r.fieldNames()).toIterable().startsWith("card", "source", "line", "status", "detail");
            assertThat(r.get("status").asText()).isIn("ok", "differs", "error", "nondeterministic", "needs-fixture", "skipped");
        });

        var iterator = at(results, S000, 6);
        assertThat(iterator.get("status").asText()).isEqualTo("error");
        assertThat(iterator.get("detail").asText()).startsWith("IndentationError");
        assertThat(at(results, S003, 151).get("status").asText()).isEqualTo("ok");
        assertThat(at(results, S004, 112).get("status").asText()).isEqualTo("ok");

        var fileCells = ofSnippetsAt(results, S004, 40, 46, 49, 54);
        assertThat(fileCells).hasSize(4).allSatisfy(r -> {
            assertThat(r.get("status").asText()).isEqualTo("needs-fixture");
            assertThat(r.get("detail").asText()).contains("'file.txt'");
        });
        long card = fileCells.getFirst().get("card").asLong();
        assertThat(fileCells).allSatisfy(r -> assertThat(r.get("card").asLong()).isEqualTo(card));

        Path file = temp.resolve("file.txt");
        Files.writeString(file, "Hello World!!!\nHello ITAM!\n", StandardCharsets.UTF_8);
        var attach = prepdeck("snippets", "fixture", String.valueOf(card), "file.txt", file.toString());
        assertThat(attach.exit()).as(attach.err()).isZero();
        // the card keeps its id through a re-import, and so its fixture
        assertThat(prepdeck("import", SeedImportTest.SEEDS.toString()).exit()).isZero();

        var after = list(prepdeck("snippets", "check", "--json", "--source", S004).json());
        assertThat(ofSnippetsAt(after, S004, 40, 46, 49, 54)).hasSize(4)
                .allSatisfy(r -> assertThat(r.get("status").asText()).as(r.toString()).isEqualTo("ok"));

        var table = prepdeck("snippets", "check");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains(S000 + ":6", "error", "IndentationError").containsPattern("\\d+ snippets: \\d+ ok, .*\\d+ error");
    }

    @Test
    void fixturesAreValidatedListedAndRemoved() throws IOException {
        assertThat(prepdeck("import", SeedImportTest.SEEDS.toString()).exit()).isZero();
        long card = SeedImportTest.idOf(list(prepdeck("cards", "--json").json()), "Расскажите про геренераторы");
        Path file = Files.writeString(temp.resolve("data.txt"), "x\n");
        for (String bad : List.of("../file.txt", "a/b.txt", "..", ".", "")) {
            var r = prepdeck("snippets", "fixture", String.valueOf(card), bad, file.toString());
            assertThat(r.exit()).as(bad).isEqualTo(1);
            assertThat(r.err()).contains("plain file name");
        }
        Path big = temp.resolve("big.txt");
        Files.writeString(big, "x".repeat((1 << 20) + 1));
        assertThat(prepdeck("snippets", "fixture", String.valueOf(card), "big.txt", big.toString()).err()).contains("at most");
        assertThat(prepdeck("snippets", "fixture", "999999", "data.txt", file.toString()).err()).contains("no card 999999");

        assertThat(prepdeck("snippets", "fixture", String.valueOf(card), "data.txt", file.toString()).exit()).isZero();
        assertThat(prepdeck("snippets", "fixture", String.valueOf(card)).out()).contains("data.txt  2 bytes");
        assertThat(prepdeck("snippets", "fixture", String.valueOf(card), "data.txt", "--remove").exit()).isZero();
        assertThat(prepdeck("snippets", "fixture", String.valueOf(card)).out()).contains("no fixtures");
        assertThat(prepdeck("snippets", "fixture", String.valueOf(card), "data.txt", "--remove").exit()).isEqualTo(1);
    }
}
