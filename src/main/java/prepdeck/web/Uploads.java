package prepdeck.web;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps uploaded notes in a fresh folder under the data folder while they are imported.
 * Files are only ever read; names are reduced to a safe base name so an upload cannot
 * reach outside its folder.
 */
final class Uploads {
    static final int MAX_FILES = 500;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path root;
    private final Clock clock;
    private final long maxFileBytes;

    /** @param maxFileBytes the most one uploaded file may hold; a longer one is refused, not read to its end */
    Uploads(Path root, Clock clock, long maxFileBytes) {
        this.root = root;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    Path root() {
        return root;
    }

    /** Saves the files into a new folder and returns it; nothing is left behind when saving fails. */
    Path save(List<UploadedFile> files) {
        if (files.size() > MAX_FILES) throw HttpProblem.badRequest("too many files: " + files.size() + " (at most " + MAX_FILES + " at once)");
        Path folder;
        try {
            Files.createDirectories(root);
            folder = Files.createTempDirectory(root, "upload-" + STAMP.format(clock.instant()) + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the upload under " + root, e);
        }
        try {
            Set<String> used = new HashSet<>();
            for (UploadedFile file : files) {
                Path target = folder.resolve(unique(safeName(file.filename()), used));
                try (InputStream in = file.content(); var out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    // bounded whatever the part claims: reading stops at the first buffer past the limit
                    in.transferTo(new BoundedOutput(out, maxFileBytes));
                } catch (TooLong e) {
                    throw new HttpProblem(413, "%s is larger than %,d bytes; nothing was imported".formatted(safeName(file.filename()), maxFileBytes));
                }
            }
            return folder;
        } catch (IOException | RuntimeException e) {
            discard(folder);
            if (e instanceof HttpProblem p) throw p;
            throw new HttpProblem(400, "could not save the upload: " + e.getMessage());
        }
    }

    /** Passes bytes on until its limit, then refuses more with {@link TooLong}. */
    private static final class BoundedOutput extends java.io.FilterOutputStream {
        private long room;

        BoundedOutput(java.io.OutputStream out, long limit) {
            super(out);
            this.room = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) throw new TooLong();
            room -= len;
            out.write(b, off, len);
        }
    }

    private static final class TooLong extends IOException {
        TooLong() {
            super("over the limit", null);
        }
    }

    void discard(Path folder) {
        if (!folder.startsWith(root)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover temp file is harmless; the next upload uses a new folder
                }
            });
        } catch (IOException e) {
            // as above
        }
    }

    /** The last segment of a browser-given name, with anything unusual replaced; never empty or dotted. */
    static String safeName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}._ ()+-]", "_").strip();
        while (name.startsWith(".")) name = name.substring(1);
        if (name.length() > 120) name = name.substring(name.length() - 120);
        return name.isBlank() ? "upload.txt" : name;
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = i + "-" + name;
        }
        return candidate;
    }
}
