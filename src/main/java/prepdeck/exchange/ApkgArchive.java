package prepdeck.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Takes the collection out of an Anki package ({@code .apkg} or {@code .colpkg}) into a folder of ours,
 * and nothing else: media are not extracted. Refuses what could hurt: entry names that climb out of a
 * folder or are absolute, more than {@link Limits#maxEntries} entries, a collection that inflates beyond
 * {@link Limits#maxBytes} or more than {@link Limits#maxRatio} times its compressed size (a zip bomb).
 */
public final class ApkgArchive {
    /** Caps on what a package may make us inflate. */
    public record Limits(long maxBytes, int maxRatio, int maxEntries) {
        public static final Limits DEFAULT = new Limits(1L << 30, 200, 100_000);
    }

    /** Wraps a zstd-compressed stream in one that inflates it; the composition root supplies it (exchange uses the JDK only). */
    @FunctionalInterface
    public interface Zstd {
        InputStream inflating(InputStream compressed) throws IOException;
    }

    /** The layouts of the collection inside a package, newest first. */
    public enum Layout {
        /** zstd-compressed schema 18 (Anki 2.1.50+, the default export). */
        ANKI21B("collection.anki21b"),
        /** schema 11, Anki 2.1.x "support older versions". */
        ANKI21("collection.anki21"),
        /** schema 11, the oldest layout. */
        ANKI2("collection.anki2");

        public final String entry;

        Layout(String entry) {
            this.entry = entry;
        }
    }

    /** A bad or unreadable package; the message names the file. */
    public static final class BadPackageException extends RuntimeException {
        public BadPackageException(String message) {
            super(message);
        }
    }

    private ApkgArchive() {}

    /**
     * Extracts the package's collection into {@code folder} (which must exist) and returns the file.
     *
     * @param zstd how to inflate the modern layout; without it, a package of that layout is refused with a how-to
     * @throws BadPackageException not a zip, unsafe names, too big, no collection, or a layout we cannot read
     */
    public static Path extractCollection(Path apkg, Path folder, Limits limits, java.util.Optional<Zstd> zstd) {
        String name = apkg.getFileName().toString();
        try (var zip = new ZipFile(apkg.toFile())) {
            Set<String> names = new HashSet<>();
            int count = 0;
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                if (++count > limits.maxEntries()) throw new BadPackageException(name + ": more than " + limits.maxEntries() + " files in the package");
                checkName(name, e.getName());
                names.add(e.getName());
            }
            Layout layout = null;
            for (Layout l : Layout.values()) {
                if (names.contains(l.entry)) {
                    layout = l;
                    break;
                }
            }
            if (layout == null) throw new BadPackageException(name + ": not an Anki package (no collection.anki2, .anki21 or .anki21b inside)");
            if (layout == Layout.ANKI21B && zstd.isEmpty()) {
                throw new BadPackageException(name + ": made by Anki 2.1.50 or later in its compressed format (collection.anki21b), which "
                        + "prepdeck cannot read yet; in Anki, export again with \"Support older Anki versions\" ticked");
            }
            ZipEntry entry = zip.getEntry(layout.entry);
            Path target = folder.resolve(layout.entry);
            try (InputStream raw = zip.getInputStream(entry); InputStream in = layout == Layout.ANKI21B ? zstd.get().inflating(raw) : raw;
                 OutputStream out = Files.newOutputStream(target)) {
                copyCapped(name, in, out, entry.getCompressedSize(), limits);
            }
            return target;
        } catch (java.util.zip.ZipException e) {
            throw new BadPackageException(name + ": not a readable zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BadPackageException(name + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * Extracts the package's media files (images, sounds a note shows) into {@code folder} (created if need be) under
     * their own names, and returns those names. The {@code media} entry maps the zip's numbered entries to names: a
     * JSON object in the legacy layouts, a zstd-compressed list in the modern one (whose files are compressed too).
     * A name that is not a plain file name is skipped (it could be written elsewhere), as is a numbered entry missing.
     *
     * @throws BadPackageException not a zip, too big, or a media list we cannot read
     */
    public static List<String> extractMedia(Path apkg, Path folder, Limits limits, java.util.Optional<Zstd> zstd) {
        String name = apkg.getFileName().toString();
        try (var zip = new ZipFile(apkg.toFile())) {
            ZipEntry list = zip.getEntry("media");
            if (list == null) return List.of();
            byte[] bytes;
            try (InputStream in = zip.getInputStream(list)) {
                bytes = in.readNBytes((int) Math.min(limits.maxBytes(), 64L << 20));
            }
            boolean compressed = bytes.length >= 4 && (bytes[0] & 0xff) == 0x28 && (bytes[1] & 0xff) == 0xb5 && (bytes[2] & 0xff) == 0x2f
                    && (bytes[3] & 0xff) == 0xfd;
            if (compressed && zstd.isEmpty()) return List.of();
            List<String> names = compressed ? MediaList.ofModern(zstd.get().inflating(new java.io.ByteArrayInputStream(bytes)).readNBytes(64 << 20))
                    : MediaList.ofLegacy(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            var written = new java.util.ArrayList<String>();
            for (int i = 0; i < names.size(); i++) {
                String file = names.get(i);
                ZipEntry entry = zip.getEntry(String.valueOf(i));
                if (file == null || entry == null || !MediaList.plainName(file)) continue;
                Files.createDirectories(folder);
                try (InputStream raw = zip.getInputStream(entry); InputStream in = compressed ? zstd.get().inflating(raw) : raw;
                     OutputStream out = Files.newOutputStream(folder.resolve(file))) {
                    copyCapped(name, in, out, entry.getCompressedSize(), limits);
                }
                written.add(file);
            }
            return written;
        } catch (java.util.zip.ZipException e) {
            throw new BadPackageException(name + ": not a readable zip file (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new BadPackageException(name + ": its media list cannot be read (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BadPackageException(name + ": cannot be read: " + e.getMessage());
        }
    }

    /** Zip entry names use '/'; one that is absolute or has a ".." step could be written outside the folder. */
    static void checkName(String file, String entry) {
        String n = entry.replace('\\', '/');
        boolean climbs = n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../") || n.contains("/../")
                || n.endsWith("/..") || n.indexOf('\0') >= 0;
        if (climbs) throw new BadPackageException(file + ": unsafe file name in the package: " + entry);
    }

    private static void copyCapped(String file, InputStream in, OutputStream out, long compressed, Limits limits) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        long ratioCap = compressed > 0 ? compressed * (long) limits.maxRatio() : Long.MAX_VALUE;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limits.maxBytes()) {
                throw new BadPackageException(file + ": the collection inflates to more than " + limits.maxBytes() + " bytes; refused");
            }
            if (total > ratioCap && total > 1 << 20) {
                throw new BadPackageException(file + ": the collection inflates more than " + limits.maxRatio()
                        + " times its packed size (a zip bomb?); refused");
            }
            out.write(buffer, 0, n);
        }
    }
}
