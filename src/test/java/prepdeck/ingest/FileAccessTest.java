package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.knowledge.Diagnostic;

/** What the scan does with entries that are not plain files (FIFOs, devices, links of every kind) or not notes (a licence). */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a FIFO read would hang
class FileAccessTest {
    @TempDir Path dir;
    final NoteReader reader = new NoteReader();

    @Test
    void aFifoGivenDirectlyIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = fifo(dir.resolve("pipe.md"));
        Scan scan = reader.scan(List.of(fifo));
        assertThat(scan.files()).isEmpty();
        assertThat(scan.problems()).extracting(Diagnostic::toString).containsExactly(fifo + ": not a regular file");
    }

    @Test
    void aDeviceAndALinkToOneAreRefused() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path link = Files.createSymbolicLink(dir.resolve("zero.md"), zero);
        Scan scan = reader.scan(List.of(zero, link));
        assertThat(scan.files()).isEmpty();
        assertThat(scan.problems()).extracting(Diagnostic::toString)
                .containsExactly("/dev/zero: not a regular file", link + ": not a regular file");
    }

    @Test
    void linksInAFolderAreFollowedOnceAndEverySkippedEntryIsNamed() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(vault.resolve("inside.md"), "# Inside\n\n## What is inside?\n\nA note inside.\n");
        Files.writeString(elsewhere.resolve("outside.md"), "# Outside\n\n## What is outside?\n\nA note outside.\n");
        Files.createDirectories(vault.resolve("sub"));
        Files.createSymbolicLink(vault.resolve("sub/again.md"), Path.of("../inside.md")); // a second name for inside.md
        Files.createSymbolicLink(vault.resolve("outside.md"), elsewhere.resolve("outside.md"));
        Files.createSymbolicLink(vault.resolve("shared"), elsewhere); // a folder outside: outside.md a second time
        Files.createSymbolicLink(vault.resolve("dangling.md"), Path.of("nowhere.md"));
        Files.createSymbolicLink(vault.resolve("self.md"), Path.of("self.md"));
        Files.createSymbolicLink(vault.resolve("sub/up"), Path.of("..")); // a loop through a folder
        fifo(vault.resolve("pipe.md"));

        Scan scan = reader.scan(List.of(vault));

        assertThat(scan.files()).extracting(SourceFile::relativePath).containsExactly("inside.md", "outside.md");
        assertThat(new String(scan.files().get(1).bytes())).contains("A note outside.");
        assertThat(scan.problems()).extracting(Diagnostic::toString).containsExactly(
                "dangling.md: a dangling link to nowhere.md (no such file); skipped",
                "pipe.md: not a regular file (a FIFO, device or socket); skipped",
                "self.md: a link to self.md that loops (too many levels of links); skipped",
                "shared/outside.md: the same file as outside.md (through a link); read once, as outside.md",
                "sub/again.md: the same file as inside.md (through a link); read once, as inside.md",
                "sub/up: a link that loops back to a folder it is in; skipped");
    }

    @Test
    void repositoryBoilerplateInAFolderIsNamedAndNotRead() throws IOException {
        // the files jwasham, natenka and goldbergyoni keep beside their notes
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve("docs"));
        for (String name : List.of("LICENSE", "LICENSE.txt", "docs/LICENSE.md", "COPYING", "LICENSE-MIT", "CONTRIBUTING.md",
                "CODE_OF_CONDUCT.md", "code-of-conduct.md", "SECURITY.md", "CHANGELOG.md", "AUTHORS")) {
            Files.writeString(repo.resolve(name), "Permission is hereby granted, free of charge.\n");
        }
        for (String name : List.of("README.md", "licenses.md", "license-notes.md", "security-questions.md", "changes-in-python-3.md")) {
            Files.writeString(repo.resolve(name), "# Notes\n\n## What is a licence?\n\nA grant of rights.\n");
        }

        Scan scan = reader.scan(List.of(repo));

        assertThat(scan.files()).extracting(SourceFile::relativePath)
                .containsExactly("README.md", "changes-in-python-3.md", "license-notes.md", "licenses.md", "security-questions.md");
        assertThat(scan.problems()).isEmpty(); // skipped on purpose, not a failure
        assertThat(scan.skipped()).extracting(Diagnostic::toString).containsExactly(
                "AUTHORS: a list of the repository's authors", "CHANGELOG.md: a change log", "CODE_OF_CONDUCT.md: a code of conduct",
                "CONTRIBUTING.md: a contribution guide", "COPYING: a licence", "LICENSE: a licence", "LICENSE-MIT: a licence",
                "LICENSE.txt: a licence", "SECURITY.md: a security policy", "code-of-conduct.md: a code of conduct", "docs/LICENSE.md: a licence");
    }

    @Test
    void aLicenceNamedOnItsOwnIsRead() throws IOException {
        Path licence = dir.resolve("LICENSE.md");
        Files.writeString(licence, "# License\n\n## What may I do?\n\nAnything.\n");
        Scan scan = reader.scan(List.of(licence));
        assertThat(scan.files()).extracting(SourceFile::relativePath).containsExactly("LICENSE.md");
        assertThat(scan.skipped()).isEmpty();
    }

    @Test
    void aFileFoundOnlyThroughALinkIsReadUnderTheLinksName() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Path real = Files.writeString(dir.resolve("real.md"), "# Real\n\n## What is real?\n\nThis.\n");
        Files.createSymbolicLink(vault.resolve("linked.md"), real);
        Scan scan = reader.scan(List.of(vault));
        assertThat(scan.problems()).isEmpty();
        assertThat(scan.files()).extracting(SourceFile::relativePath).containsExactly("linked.md");
    }

    @Test
    void aFileClaimingMoreThanTheLimitIsNotRead() throws IOException {
        Path huge = dir.resolve("huge.md");
        try (var f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(NoteReader.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        Scan scan = reader.scan(List.of(huge));
        assertThat(scan.files()).isEmpty();
        assertThat(scan.problems()).extracting(Diagnostic::message).singleElement().asString()
                .startsWith("is 16,777,217 bytes; notes larger than 16,777,216 bytes are not read");
    }

    @Test
    void aFileThatClaimsNoBytesIsReadForWhatItHolds() {
        Path proc = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(proc), "no /proc here");
        Scan scan = reader.scan(List.of(proc));
        assertThat(scan.problems()).isEmpty();
        assertThat(scan.files()).singleElement().satisfies(f -> assertThat(new String(f.bytes())).contains("Name:"));
    }

    static Path fifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e.getMessage());
            throw e;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
        return path;
    }
}
