package prepdeck.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * espeak-ng (Debian's {@code espeak-ng} package), run as a process: offline speech in Russian, Ukrainian and English.
 * The text goes in on standard input, never as an argument, so a question that starts with "-" is still a question.
 */
public record Espeak(Path binary) {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    /** espeak-ng on the PATH of {@code env}, if installed. */
    public static Optional<Espeak> find(Map<String, String> env) {
        for (String dir : env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin").split(":")) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, "espeak-ng");
            if (Files.isExecutable(candidate)) return Optional.of(new Espeak(candidate));
        }
        return Optional.empty();
    }

    /** espeak-ng's voice for a card language code (ru, uk, en). */
    public static String voice(String language) {
        return switch (language) {
            case "ru" -> "ru";
            case "uk" -> "uk";
            case "en" -> "en-us";
            default -> throw new IllegalArgumentException("no espeak-ng voice chosen for language '" + language + "' (ru, uk or en)");
        };
    }

    /** Speaks {@code text} in {@code language} into a WAV file at {@code out}. */
    public void speak(String language, String text, Path out) throws IOException {
        var process = new ProcessBuilder(binary.toString(), "-v", voice(language), "-s", "165", "-w", out.toString())
                .redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            in.write(spoken(text).getBytes(StandardCharsets.UTF_8));
        }
        try {
            byte[] said = process.getInputStream().readNBytes(4096);
            if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("espeak-ng took longer than " + LIMIT.toSeconds() + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("espeak-ng failed (exit " + process.exitValue() + "): " + new String(said, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while espeak-ng spoke", e);
        }
    }

    /**
     * Says {@code text} through the machine's audio output (espeak-ng plays it itself); an {@link IOException} with
     * espeak-ng's own words when it cannot (no sound device, say).
     */
    public void say(String language, String text) throws IOException {
        var process = new ProcessBuilder(binary.toString(), "-v", voice(language), "-s", "165").redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            in.write(spoken(text).getBytes(StandardCharsets.UTF_8));
        }
        try {
            byte[] said = process.getInputStream().readNBytes(4096);
            if (!process.waitFor(2 * LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("espeak-ng took longer than " + 2 * LIMIT.toSeconds() + " s");
            }
            String message = lastWord(new String(said, StandardCharsets.UTF_8));
            if (process.exitValue() != 0 || !message.isEmpty()) {
                throw new IOException("espeak-ng could not play the question" + (message.isEmpty() ? " (exit " + process.exitValue() + ")" : ": " + message));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while espeak-ng spoke", e);
        }
    }

    /**
     * What a sound tool's output comes to, in a line: the sound library's lines (ALSA's) become "no sound device",
     * the tool's own last line is kept.
     */
    static String lastWord(String output) {
        var lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        boolean alsa = lines.stream().anyMatch(l -> l.startsWith("ALSA lib"));
        String own = lines.stream().filter(l -> !l.startsWith("ALSA lib") && !l.equals("error: No such file or directory"))
                .reduce((a, b) -> b).orElse("").replaceFirst("^\\S*sox (FAIL )?(sox: )?", "");
        if (alsa) return "no sound device on this machine (ALSA found no card)" + (own.isEmpty() ? "" : ": " + own);
        return own;
    }

    /** The words of a question without the Markdown marks a voice would spell out. */
    static String spoken(String text) {
        return text.replaceAll("[`*#>|]+", " ").replaceAll("\\s+", " ").strip();
    }
}
