package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader fed a broken file of its kind, all in one folder beside a good note, through {@code import --json} as a
 * script runs it: each broken file gets a sentence that names it (and its line where the damage has one), no
 * parser's, framework's or stack's internals reach the user, and the good note is imported all the same.
 */
class MalformedInputTest {
    /** What a message for a user must not carry: class names, parser positions, library words, stack frames. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|Error\\b|\\bat [a-z]+\\.[a-z]|\\[Source:|StreamReadFeature|line: \\d+, column|java\\.|org\\.|com\\.|\\bnull\\b|\\$\\d|poi|jackson|jsoup|commons",
            Pattern.CASE_INSENSITIVE);

    @TempDir Path data;
    @TempDir Path notes;

    /** A broken file, the words its message must carry, and its line (0: the damage has no line, e.g. an empty file). */
    private record Case(byte[] bytes, String says, int line) {
        static Case text(String content, String says, int line) {
            return new Case(content.getBytes(StandardCharsets.UTF_8), says, line);
        }
    }

    @Test
    void eachBrokenFileIsNamedInPlainWordsAndTheRestIsImported() throws IOException {
        var cases = new LinkedHashMap<String, Case>();
        cases.put("fence.md", Case.text("# Fence\n\n## What does it print?\n\n```python\nprint(1)\n", "unterminated code block", 5));
        cases.put("broken.ipynb", Case.text("{\n \"cells\": [\n  {\"cell_type\": \"markdown\"\n   \"source\": [\"# x\"]}\n ]\n}\n",
                "notebook's JSON", 4));
        cases.put("truncated.ipynb", Case.text("{\n \"cells\": [\n  {\"cell_type\": \"markdown\", \"source\": [\"# Title\\n\", \"text\"]},\n",
                "stops before it is complete", 4));
        cases.put("shape.ipynb", Case.text("{\"cells\": \"nope\", \"nbformat\": 4}\n", "not a Jupyter notebook", 1));
        cases.put("quotes.csv", Case.text("question,answer\n\"What is the GIL?\",\"A lock\nWhat is a tuple?,An immutable sequence\n",
                "never closed", 2));
        cases.put("damaged.docx", new Case("PK\u0003\u0004garbage, not a document".getBytes(StandardCharsets.ISO_8859_1), "truncated or damaged", 0));
        cases.put("archive.txt", new Case("PK\u0003\u0004some other archive".getBytes(StandardCharsets.ISO_8859_1), "zip archive", 0));
        cases.put("old.doc", new Case(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0},
                "old binary Office document", 0));
        cases.put("binary.txt", new Case(new byte[] {'a', 0, 'b', 0, 'c'}, "binary file", 1));
        cases.put("empty.md", Case.text("", "empty file", 0));
        cases.put("page.html", Case.text("<html><body><h1>Q<h2>What is HTTP?</h3><p>A protocol<div></body>", "malformed HTML", 1));
        cases.put("deep.md", Case.text("# Deep\n\n## What is nesting?\n\n" + "> ".repeat(200) + "bottom\n", "nested", 5));
        for (var c : cases.entrySet()) Files.write(notes.resolve(c.getKey()), c.getValue().bytes());
        Files.writeString(notes.resolve("good.md"), "# Good\n\n## Что такое список?\n\nИзменяемая последовательность.\n");

        var run = new InProcess(data).prepdeck("import", notes.toString(), "--json");
        assertThat(run.exit()).as("the user's input is at fault: " + run.err()).isEqualTo(1);
        JsonNode report = run.json();
        Map<String, JsonNode> byPath = new LinkedHashMap<>();
        report.get("sources").forEach(s -> byPath.put(s.get("path").asText(), s));

        assertThat(byPath.get("good.md").get("cards").asInt()).isEqualTo(1);
        for (var c : cases.entrySet()) {
            JsonNode source = byPath.get(c.getKey());
            assertThat(source).as(c.getKey() + " is in the report").isNotNull();
            assertThat(source.get("diagnostics")).as(c.getKey() + " has a diagnostic").isNotEmpty();
            JsonNode named = null;
            for (JsonNode d : source.get("diagnostics")) {
                String message = d.get("message").asText();
                assertThat(d.get("path").asText()).isEqualTo(c.getKey());
                assertThat(message).as(c.getKey() + ": " + message).doesNotContainPattern(INTERNALS);
                if (message.contains(c.getValue().says())) named = d;
            }
            assertThat(named).as(c.getKey() + " says «" + c.getValue().says() + "»: " + source.get("diagnostics")).isNotNull();
            if (c.getValue().line() > 0) assertThat(named.get("line").asInt()).as(c.getKey() + "'s line").isEqualTo(c.getValue().line());
        }

        // the terminal's report says the same, each line starting with the file's name (and line)
        var table = new InProcess(data.resolve("terminal")).prepdeck("import", notes.toString());
        assertThat(table.err() + table.out()).contains("fence.md:5: unterminated code block").contains("quotes.csv:2: ")
                .contains("damaged.docx: looks like a Word document");
    }
}
