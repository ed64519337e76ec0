package prepdeck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
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
    public static final String VERSION = "9"; // 3: other file types; 4: the structural Markdown reader; 5: titles asked as questions, course prose; 6: action headings; 7: asides (study plans, reading lists, the author's story) give no card; 8: a question's code and options are its stem; 9: best practices asked why, blog quotations aside, MkDocs admonitions, patterns asked as patterns

    /** Files larger than this are not notes; they are reported and skipped. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Extraction extraction;

    public NoteReader() {
        this.extraction = new Extraction();
    }

    /**
     * Walks files and folders (recursively, hidden entries skipped) and reads each regular file whole.
     *
     * <p>Symbolic links are followed, to files and folders inside or outside the folder, and each file is read once:
     * when two names lead to the same file, the one that is not a link (else the first in path order) is read and
     * the other is named as skipped. Every other entry that is not read gets one diagnostic naming it: a dangling
     * link, a link loop, a FIFO, device or socket. A path given directly that is not a regular file or a folder is
     * refused with "not a regular file" before anything is opened (opening a FIFO would wait for a writer).
     */
    public Scan scan(List<Path> paths) {
        var files = new ArrayList<SourceFile>();
        var problems = new ArrayList<Diagnostic>();
        var notNotes = new ArrayList<Diagnostic>();
        for (Path given : paths) {
            Path root = given.toAbsolutePath().normalize();
            if (Files.isDirectory(root)) {
                walk(root, files, problems, notNotes);
            } else if (Files.isRegularFile(root)) {
                read(root, root.getFileName().toString(), files, problems);
            } else if (Files.exists(root)) {
                problems.add(Diagnostic.of(given.toString(), NOT_REGULAR));
            } else if (Files.isSymbolicLink(root)) {
                problems.add(Diagnostic.of(given.toString(), brokenLink(root)));
            } else {
                problems.add(Diagnostic.of(given.toString(), "no such file or folder"));
            }
        }
        return new Scan(files, problems, notNotes);
    }

    private static final String NOT_REGULAR = "not a regular file";

    /** A licence by its usual names: "LICENSE", "LICENSE.txt", "LICENSE-MIT", "COPYING", "NOTICE". */
    private static final java.util.regex.Pattern LICENCE = java.util.regex.Pattern.compile(
            "(?i)(?:(?:un)?licen[cs]e|copying|copyright|notice)(?:[-_.](?:md|markdown|txt|rst|adoc|mit|apache[\\w.-]*|bsd[\\w.-]*|l?gpl[\\w.-]*|mpl[\\w.-]*|cc[\\w.-]*|code|docs|content))*");
    /** The other files a repository keeps for its contributors rather than its readers. */
    private static final java.util.regex.Pattern REPOSITORY_FILE = java.util.regex.Pattern.compile(
            "(?i)(contributing|contributors|authors|code[-_]of[-_]conduct|security|codeowners|pull_request_template|issue_template|support|funding|changelog|changes)"
                    + "(?:\\.(?:md|markdown|txt|rst|adoc|yml|yaml))?");

    /**
     * Why a file found in a folder is repository boilerplate rather than notes ("a licence"), or {@code null}: such files
     * are named in the report and not read. A file named on its own is read whatever its name.
     */
    static String boilerplate(String fileName) {
        if (LICENCE.matcher(fileName).matches()) return "a licence";
        var m = REPOSITORY_FILE.matcher(fileName);
        if (!m.matches()) return null;
        return switch (m.group(1).toLowerCase(java.util.Locale.ROOT).replace('-', '_')) {
            case "contributing" -> "a contribution guide";
            case "contributors", "authors", "codeowners" -> "a list of the repository's authors";
            case "code_of_conduct" -> "a code of conduct";
            case "security" -> "a security policy";
            case "pull_request_template", "issue_template" -> "a template for pull requests or issues";
            case "support", "funding" -> "the repository's support or funding page";
            default -> "a change log";
        };
    }

    /** A regular file found under a folder: by the name it was found under, and whether that name is a link. */
    private record Found(Path file, String relativePath, boolean viaLink) {}

    private void walk(Path root, List<SourceFile> files, List<Diagnostic> problems, List<Diagnostic> notNotes) {
        var found = new ArrayList<Found>();
        var skipped = new ArrayList<Diagnostic>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) return FileVisitResult.CONTINUE;
                    String name = relative(root, file);
                    String boilerplate = attrs.isRegularFile() ? boilerplate(file.getFileName().toString()) : null;
                    if (boilerplate != null) {
                        notNotes.add(Diagnostic.of(name, boilerplate));
                    } else if (attrs.isRegularFile()) {
                        found.add(new Found(file, name, viaLink(root, file)));
                    } else if (attrs.isSymbolicLink()) { // the walk could not follow it
                        skipped.add(Diagnostic.of(name, brokenLink(file)));
                    } else {
                        skipped.add(Diagnostic.of(name, NOT_REGULAR + " (a FIFO, device or socket); skipped"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (isHidden(file)) return FileVisitResult.CONTINUE;
                    String name = relative(root, file);
                    skipped.add(Diagnostic.of(name, e instanceof FileSystemLoopException
                            ? "a link that loops back to a folder it is in; skipped" : "cannot be read: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Diagnostic.of(root.toString(), "cannot be read: " + describe(e)));
        }
        // each file once: the name that is not a link wins, else the first in path order
        found.sort(Comparator.comparing(Found::viaLink).thenComparing(Found::relativePath));
        var firstName = new HashMap<Path, String>();
        var kept = new ArrayList<Found>();
        for (Found f : found) {
            Path target;
            try {
                target = f.file().toRealPath();
            } catch (IOException | SecurityException e) {
                skipped.add(Diagnostic.of(f.relativePath(), "cannot be read: " + describe(e)));
                continue;
            }
            String first = firstName.putIfAbsent(target, f.relativePath());
            if (first == null) kept.add(f);
            else skipped.add(Diagnostic.of(f.relativePath(), "the same file as " + first + " (through a link); read once, as " + first));
        }
        skipped.sort(Comparator.comparing(Diagnostic::path));
        problems.addAll(skipped);
        notNotes.sort(Comparator.comparing(Diagnostic::path));
        kept.sort(Comparator.comparing(Found::relativePath));
        for (Found f : kept) read(f.file(), f.relativePath(), files, problems);
    }

    /**
     * Reads a regular file through a bounded stream: at most {@link #MAX_FILE_BYTES} are read whatever size the file
     * claims (a file may grow while read; /proc files claim 0), and anything that is not a regular file by the time
     * it is opened is refused rather than read.
     */
    private static void read(Path file, String relativePath, List<SourceFile> files, List<Diagnostic> problems) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                problems.add(Diagnostic.of(relativePath, NOT_REGULAR));
                return;
            }
            if (attrs.size() > MAX_FILE_BYTES) {
                problems.add(Diagnostic.of(relativePath, tooLarge("is %,d bytes".formatted(attrs.size()))));
                return;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(Math.toIntExact(MAX_FILE_BYTES + 1));
            }
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(Diagnostic.of(relativePath, tooLarge("is over %,d bytes".formatted(MAX_FILE_BYTES))));
                return;
            }
            files.add(new SourceFile(relativePath, file, bytes, sha256(bytes)));
        } catch (IOException | SecurityException e) {
            problems.add(Diagnostic.of(relativePath, "cannot be read: " + describe(e)));
        }
    }

    private static String tooLarge(String size) {
        return "%s; notes larger than %,d bytes are not read".formatted(size, MAX_FILE_BYTES);
    }

    /** Why a link could not be followed: it points nowhere, or through a loop of links. */
    private static String brokenLink(Path link) {
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            target = "?";
        }
        try {
            link.toRealPath();
            return "a link to " + target + " that cannot be followed; skipped";
        } catch (NoSuchFileException e) {
            return "a dangling link to " + target + " (no such file); skipped";
        } catch (IOException e) {
            return "a link to " + target + " that loops (too many levels of links); skipped";
        }
    }

    /** Whether the file was reached through a link: itself or one of its folders below the root. */
    private static boolean viaLink(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root) && p.startsWith(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) return true;
        }
        return false;
    }

    /** Parses one scanned file. Content problems become diagnostics or a rejection, never an exception. */
    public ParseResult parse(SourceFile file) {
        // other file types become Markdown first; whatever reaches the note readers has its nesting capped
        return OtherFormats.read(file, this::extractLimited);
    }

    private ParseResult extractLimited(SourceFile file) {
        var limited = DepthLimit.apply(file);
        ParseResult result = extraction.extract(limited.file());
        return limited.diagnostics().isEmpty() ? result : DepthLimit.withDiagnostics(result, limited.diagnostics());
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
