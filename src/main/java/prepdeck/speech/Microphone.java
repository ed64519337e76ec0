package prepdeck.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Records from the machine's default audio input with sox ({@code sox -d}: 16 kHz, mono, 16-bit WAV) until stopped,
 * for the terminal's spoken interview. Where there is no sox or no input device, {@link #start} says why.
 */
public record Microphone(Path sox) {
    /** Recording is not possible here; the message says why. */
    public static final class Unavailable extends Exception {
        public Unavailable(String message) {
            super(message);
        }
    }

    /** A recording in progress. */
    public static final class Take {
        private final Process process;
        private final Path file;

        Take(Process process, Path file) {
            this.process = process;
            this.file = file;
        }

        /** Stops the recording (sox finishes the file's header on SIGTERM) and returns the file. */
        public Path stop() throws IOException {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while stopping the recording", e);
            }
            return file;
        }
    }

    public static Optional<Microphone> find(Map<String, String> env) {
        for (String dir : env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin").split(":")) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, "sox");
            if (Files.isExecutable(candidate)) return Optional.of(new Microphone(candidate));
        }
        return Optional.empty();
    }

    /** Starts recording into {@code file}; {@link Unavailable} when sox cannot open the default input. */
    public Take start(Path file) throws IOException, Unavailable {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var process = new ProcessBuilder(sox.toString(), "-q", "-d", "-r", "16000", "-c", "1", "-b", "16", file.toString())
                .redirectErrorStream(true).start();
        try {
            // a machine without an input device fails at once; give it a moment to say so
            if (process.waitFor(400, TimeUnit.MILLISECONDS)) {
                String said = Espeak.lastWord(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                throw new Unavailable("cannot record from the default input: " + (said.isEmpty() ? "sox exited with " + process.exitValue() : said));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting to record", e);
        }
        return new Take(process, file);
    }
}
