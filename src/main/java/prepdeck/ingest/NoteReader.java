package prepdeck.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import prepdeck.knowledge.Diagnostic;

/**
 * Reads notes from disk: finds the files under the paths it is given, then parses each one.
 * Scanning and parsing are separate so that an unchanged file (same hash) need not be parsed again.
 */
public final class NoteReader {
    /**
     * Names the extraction rules. Bump it when they change: a stored source read under another version is
     * read again on the next import even if its bytes did not change (its cards keep their ids).
     */
    public static final String VERSION = "3";

    /** Files larger than this are not notes; they are reported and skipped. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Extraction extraction;

    public NoteReader() {
        this.extraction = new Extraction();
    }

    /** Walks files and folders (recursively, hidden entries skipped) and reads each file whole. */
    public Scan scan(List<Path> paths) {
        var files = new ArrayList<SourceFile>();
        var problems = new ArrayList<Diagnostic>();
        for (Path given : paths) {
            Path root = given.toAbsolutePath().normalize();
            if (!Files.exists(root)) {
                problems.add(Diagnostic.of(given.toString(), "no such file or folder"));
            } else if (Files.isDirectory(root)) {
                walk(root, files, problems);
            } else {
                read(root, root.getFileName().toString(), files, problems);
            }
        }
        return new Scan(files, problems);
    }

    private void walk(Path root, List<SourceFile> files, List<Diagnostic> problems) {
        var found = new ArrayList<Path>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file)) found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Diagnostic.of(relative(root, file), "cannot be read: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Diagnostic.of(root.toString(), "cannot be read: " + describe(e)));
        }
        found.sort(Comparator.comparing(p -> relative(root, p)));
        for (Path file : found) read(file, relative(root, file), files, problems);
    }

    private static void read(Path file, String relativePath, List<SourceFile> files, List<Diagnostic> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(Diagnostic.of(relativePath, "is %,d bytes; notes larger than %,d bytes are not read".formatted(size, MAX_FILE_BYTES)));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            files.add(new SourceFile(relativePath, file, bytes, sha256(bytes)));
        } catch (IOException | SecurityException e) {
            problems.add(Diagnostic.of(relativePath, "cannot be read: " + describe(e)));
        }
    }

    /** Parses one scanned file. Content problems become diagnostics or a rejection, never an exception. */
    public ParseResult parse(SourceFile file) {
        return extraction.extract(file);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static boolean isHidden(Path p) {
        var name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String describe(Exception e) {
        String kind = switch (e) {
            case java.nio.file.AccessDeniedException a -> "permission denied";
            case java.nio.file.NoSuchFileException n -> "it disappeared while being read";
            default -> e.getClass().getSimpleName();
        };
        return e.getMessage() == null || e instanceof java.nio.file.FileSystemException ? kind : kind + " (" + e.getMessage() + ")";
    }
}
