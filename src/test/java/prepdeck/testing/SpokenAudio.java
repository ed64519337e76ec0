package prepdeck.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import prepdeck.speech.WavAudio;

/**
 * Test recordings with known timing: speech made by espeak-ng (its leading and trailing silence trimmed by sox), and
 * silences made by sox, joined by sox. Where each word starts and each pause lies follows from the parts' lengths,
 * never from the detector under test. Without espeak-ng or sox the tests that need them skip, saying so on stderr, or
 * fail when {@code PREPDECK_REQUIRE_SPEECH=1} (set by .ci/run).
 */
public final class SpokenAudio {
    public static final int RATE = 22050;

    /** One part of a recording. */
    public sealed interface Part permits Speech, Silence {}

    /** Words spoken in a language (ru, uk, en). */
    public record Speech(String language, String text) implements Part {}

    /** A silence of so many seconds. */
    public record Silence(double seconds) implements Part {}

    /** A made recording and what it holds: where the first word starts, and each gap between speech as [at, length]. */
    public record Made(Path file, double duration, double firstWord, List<double[]> pauses) {}

    private SpokenAudio() {}

    /** Skips (loudly) or, under {@code PREPDECK_REQUIRE_SPEECH=1}, fails when espeak-ng or sox is missing. */
    public static void requireTools() {
        var missing = new ArrayList<String>();
        if (!onPath("espeak-ng")) missing.add("espeak-ng");
        if (!onPath("sox")) missing.add("sox");
        if (missing.isEmpty()) return;
        String why = String.join(" and ", missing) + " not found on PATH (apt-get install espeak-ng sox)";
        if ("1".equals(System.getenv("PREPDECK_REQUIRE_SPEECH"))) throw new IllegalStateException("PREPDECK_REQUIRE_SPEECH=1 but " + why);
        System.err.println("*** SKIPPED: spoken-interview tests need espeak-ng and sox: " + why + " ***");
        assumeTrue(false, why);
    }

    public static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }

    /** Makes {@code out} from the parts, in order. */
    public static Made make(Path out, List<Part> parts) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(out.toAbsolutePath().getParent(), "parts");
        var files = new ArrayList<String>();
        var pauses = new ArrayList<double[]>();
        double at = 0;
        Optional<Double> first = Optional.empty();
        double lastSpeechEnd = -1;
        double silenceRun = 0;
        for (int i = 0; i < parts.size(); i++) {
            Path part = dir.resolve("p" + i + ".wav");
            switch (parts.get(i)) {
                case Speech s -> {
                    Path raw = dir.resolve("raw" + i + ".wav");
                    run("espeak-ng", "-v", s.language(), "-s", "160", "-w", raw.toString(), s.text());
                    // leading and trailing silence off, then the rate, width and channels every part shares
                    run("sox", raw.toString(), "-r", String.valueOf(RATE), "-c", "1", "-b", "16", part.toString(),
                            "silence", "1", "0.01", "1%", "reverse", "silence", "1", "0.01", "1%", "reverse");
                    if (first.isEmpty()) first = Optional.of(at);
                    if (lastSpeechEnd >= 0) pauses.add(new double[] {lastSpeechEnd, silenceRun});
                    at += WavAudio.read(part).seconds();
                    lastSpeechEnd = at;
                    silenceRun = 0;
                }
                case Silence s -> {
                    run("sox", "-n", "-r", String.valueOf(RATE), "-c", "1", "-b", "16", part.toString(), "trim", "0", String.valueOf(s.seconds()));
                    double length = WavAudio.read(part).seconds();
                    at += length;
                    silenceRun += length;
                }
            }
            files.add(part.toString());
        }
        var command = new ArrayList<String>();
        command.add("sox");
        command.addAll(files);
        command.add(out.toString());
        run(command.toArray(String[]::new));
        return new Made(out, at, first.orElse(-1.0), pauses);
    }

    public static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) throw new IOException(String.join(" ", command) + " failed: " + output);
    }
}
