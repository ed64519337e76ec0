package prepdeck.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file found by a scan, read whole, not yet parsed.
 *
 * @param relativePath the path below the imported root with '/' separators (the bare name for a file given directly)
 * @param file         where it was read from
 * @param bytes        its content, untouched
 * @param sha256       hex SHA-256 of {@code bytes}
 */
public record SourceFile(String relativePath, Path file, byte[] bytes, String sha256) {
    public SourceFile {
        Objects.requireNonNull(relativePath);
        Objects.requireNonNull(file);
        Objects.requireNonNull(bytes);
        Objects.requireNonNull(sha256);
    }
}
