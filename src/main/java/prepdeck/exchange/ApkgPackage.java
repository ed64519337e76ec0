package prepdeck.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The {@code .apkg} container of the legacy layout: a zip holding {@code collection.anki2} and a
 * {@code media} map (here always {@code {}}). Written beside the target and moved over it at the end,
 * so a failed export leaves no half-written package.
 */
public final class ApkgPackage {
    private ApkgPackage() {}

    public static void write(Path collection, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (OutputStream file = Files.newOutputStream(partial); var zip = new ZipOutputStream(file)) {
                zip.putNextEntry(new ZipEntry("collection.anki2"));
                Files.copy(collection, zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("media"));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
