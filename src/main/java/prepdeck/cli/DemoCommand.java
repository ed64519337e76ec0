package prepdeck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.ImportProgress;

/** {@code prepdeck demo [--port N]} */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Serve the bundled example notes in a fresh data folder (your own data is not touched).",
                "The examples are in English, Russian and Ukrainian, in every format the importer reads;",
                "they are imported into a fresh temporary data folder (deleted when the demo stops), or into",
                "the folder --data names (kept), then the web UI is served and its URL printed."})
final class DemoCommand implements Callable<Integer> {
    /** The example notes, copied into the jar from examples/notes by the build. */
    static final String EXAMPLES = "prepdeck/examples/notes/";
    static final List<String> EXAMPLE_FILES = List.of("python-outline.md", "interview-questions.txt", "course-notes.txt",
            "notebook-export.txt", "comprehensions.ipynb", "flashcards.md");

    @ParentCommand PrepdeckCommand root;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServeCommand.DEFAULT_PORT;

    private final WebServing serving;

    DemoCommand(WebServing serving) {
        this.serving = serving;
    }

    @Override
    public Integer call() throws Exception {
        // --data names where the demo's data goes (kept afterwards); without it, a temporary folder deleted on stop
        boolean temporary = root.data == null;
        Path home = temporary ? Files.createTempDirectory("prepdeck-demo-") : Files.createDirectories(root.data);
        Runnable cleanUp = temporary ? () -> deleteQuietly(home) : () -> { };
        Path notes = Files.createDirectories(home.resolve("example-notes"));
        for (String name : EXAMPLE_FILES) {
            try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(EXAMPLES + name)) {
                if (in == null) throw new IOException("the build lacks the example note " + EXAMPLES + name);
                Files.copy(in, notes.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (temporary) root.data = home.resolve("data");
        var report = root.useCases().importNotes().run(List.of(notes), ImportProgress.NONE);
        var t = report.totals();
        String note = ("imported %d example files from %s: %d cards, %d gaps, %d snippets%s;%n"
                + "edit them there and the pages follow as you save").formatted(t.sources(), notes, t.cards(), t.gaps(),
                t.snippets(), temporary ? " (a temporary folder, deleted when the demo stops)" : "");
        return ServeCommand.serveUntilInterrupted(root, serving, "127.0.0.1", port, note, cleanUp);
    }

    private static void deleteQuietly(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a leftover temporary folder is no reason to fail on the way out
        }
    }
}
