package prepdeck.main;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import prepdeck.cli.Cli;

/** Runs prepdeck's command line in-process against one data folder, as scripts would run it. */
record InProcess(Path data) {
    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    Run prepdeck(String... args) {
        return withInput("", args);
    }

    /** Runs with {@code input} on stdin, as a pipe (line by line, not a terminal). */
    Run withInput(String input, String... args) {
        return run(input, Map.of(), args);
    }

    /** Runs with these environment variables (as the program sees them through its console). */
    Run withEnv(Map<String, String> env, String... args) {
        return run("", env, args);
    }

    private Run run(String input, Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        int exit = Main.run(all.toArray(String[]::new), new Cli.Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, false,
                new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), false));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
