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
 * {@code media} map (entry number to file name) with the media files as entries {@code 0}, {@code 1}, …. Written beside the target and moved over it at the end,
 * so a failed export leaves no half-written package.
 */
public final class ApkgPackage {
    private ApkgPackage() {}

    private static String jsonString(String s) {
        var out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    public static void write(Path collection, Path out) throws IOException {
        write(collection, out, java.util.List.of());
    }

    /** @param media files to carry (images the cards show), each under its own file name; names must differ */
    public static void write(Path collection, Path out, java.util.List<Path> media) throws IOException {
        Path target = out.toAbsolutePath();
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (OutputStream file = Files.newOutputStream(partial); var zip = new ZipOutputStream(file)) {
                zip.putNextEntry(new ZipEntry("collection.anki2"));
                Files.copy(collection, zip);
                zip.closeEntry();
                var map = new StringBuilder("{");
                for (int i = 0; i < media.size(); i++) {
                    map.append(i == 0 ? "" : ", ").append('"').append(i).append("\": ").append(jsonString(media.get(i).getFileName().toString()));
                }
                zip.putNextEntry(new ZipEntry("media"));
                zip.write(map.append('}').toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                for (int i = 0; i < media.size(); i++) {
                    zip.putNextEntry(new ZipEntry(String.valueOf(i)));
                    Files.copy(media.get(i), zip);
                    zip.closeEntry();
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
