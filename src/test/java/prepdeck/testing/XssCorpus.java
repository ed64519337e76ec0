package prepdeck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Our XSS payloads ({@code src/test/resources/xss/*.txt}, one per line), numbered from 1 in file order.
 * A payload is a template: {@code {N}} is its number and {@code {HIT}} the address a payload that only
 * makes the browser fetch something would load, so that a test can tell which one ran.
 */
public final class XssCorpus {
    /** One payload; {@code category} is its file's name without {@code .txt}. */
    public record Payload(int id, String category, String template) {
        /** The payload with its number filled in and fetches pointed at {@code hitBase?id=N}. */
        public String text(String hitBase) {
            return template.replace("{HIT}", hitBase + "?id=" + id).replace("{N}", Integer.toString(id));
        }

        /** Can be a file's name: no slash, not too long, not blank. */
        public boolean fitsAFileName(String hitBase) {
            String t = text(hitBase);
            return !t.contains("/") && !t.isBlank() && t.getBytes(StandardCharsets.UTF_8).length < 200
                    && t.chars().noneMatch(c -> c < 0x20);
        }
    }

    private XssCorpus() {
    }

    public static List<Payload> load() {
        try {
            Path folder = Path.of(XssCorpus.class.getResource("/xss").toURI());
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            }
            var payloads = new ArrayList<Payload>();
            for (Path file : files) {
                String category = file.getFileName().toString().replaceFirst("\\.txt$", "");
                for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    payloads.add(new Payload(payloads.size() + 1, category, line));
                }
            }
            return List.copyOf(payloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Splits the payloads into groups of {@code size}, in order. */
    public static List<List<Payload>> chunks(List<Payload> payloads, int size) {
        var chunks = new ArrayList<List<Payload>>();
        for (int i = 0; i < payloads.size(); i += size) chunks.add(payloads.subList(i, Math.min(payloads.size(), i + size)));
        return chunks;
    }

    public static List<Payload> where(List<Payload> payloads, Predicate<Payload> keep) {
        return payloads.stream().filter(keep).toList();
    }
}
