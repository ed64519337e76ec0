package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of the README's "Command line" block, run as written on the demo's data (examples/notes, which
 * {@code prepdeck demo} imports). Only commands that never return by themselves are left out (named below).
 */
class ReadmeExamplesTest {
    /** Commands that serve or measure until stopped, or wait for a person (answers, an editor): not run here (EditorTest runs edit). */
    static final Set<String> NOT_RUN = Set.of("serve", "bench", "interview", "edit");

    @TempDir Path temp;

    static List<List<String>> examples() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Command line");
        assertThat(section).as("README has a Command line section").isPositive();
        int start = readme.indexOf("```sh", section), end = readme.indexOf("```", start + 5);
        var out = new ArrayList<List<String>>();
        for (String line : readme.substring(start + 5, end).lines().map(String::strip).toList()) {
            if (!line.startsWith("./prepdeck ")) continue;
            out.add(words(line.substring("./prepdeck ".length())));
        }
        return out;
    }

    /** The shell words of a command line up to its comment: quotes group, a # outside quotes starts the comment. */
    static List<String> words(String line) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        boolean quoted = false, any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (!quoted && c == '#') {
                break;
            } else if (!quoted && Character.isWhitespace(c)) {
                if (any) words.add(word.toString());
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) words.add(word.toString());
        return words;
    }

    @Test
    void everyExampleWorksOnTheDemosData() throws IOException {
        var cli = new InProcess(temp.resolve("data"));
        var examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        var failed = new ArrayList<String>();
        boolean searched = false;
        for (List<String> example : examples) {
            var args = new ArrayList<>(example);
            String command = args.getFirst();
            if (NOT_RUN.contains(command)) continue;
            // the README's own notes folder is the demo's; files it writes go to a temporary folder
            args.replaceAll(a -> a.equals("~/notes") ? Path.of("examples", "notes").toString() : a.endsWith(".apkg") ? temp.resolve(a).toString() : a);
            if (command.equals("search") || command.equals("cards")) args.add("--json");
            var run = command.equals("review") ? cli.withInput("q\n", args.toArray(String[]::new)) : cli.prepdeck(args.toArray(String[]::new));
            if (run.exit() != 0 || !run.err().isBlank()) {
                failed.add(String.join(" ", example) + " → exit " + run.exit() + ": " + run.err().strip());
                continue;
            }
            if (command.equals("cards")) {
                if (run.json().isEmpty()) failed.add(String.join(" ", example) + " → no cards");
            }
            if (command.equals("search")) {
                searched = true;
                // the demo's generator cards are English: a Cyrillic typo must still find them
                var prompts = new ArrayList<String>();
                run.json().forEach(h -> prompts.add(h.get("prompt").asText()));
                if (!prompts.contains("What is a generator?")) failed.add(String.join(" ", example) + " → " + prompts);
            }
        }
        assertThat(searched).as("the README has a search example").isTrue();
        assertThat(failed).as("README examples that fail on the demo's data").isEmpty();
    }
}
