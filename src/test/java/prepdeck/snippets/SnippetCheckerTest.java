package prepdeck.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.ingest.NoteReader;
import prepdeck.ingest.ParseResult;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.Snippet;

class SnippetCheckerTest {
    private static final Path SEEDS = Path.of("/work/shared/seeds");
    private static Path python;
    private static SnippetChecker checker;

    @BeforeAll
    static void findPython() {
        var found = SnippetChecker.findPython();
        assumeTrue(found.isPresent(), "python3 is needed for these tests");
        python = found.get();
        checker = new SnippetChecker(python, Limits.defaults(), Clock.systemUTC());
    }

    private static ParsedSource seed(String name) {
        var reader = new NoteReader();
        var file = reader.scan(List.of(SEEDS.resolve(name))).files().getFirst();
        return ((ParseResult.Parsed) reader.parse(file)).source();
    }

    private static SnippetTask taskAtLine(ParsedSource source, int line, Map<String, String> fixtures) {
        for (NoteCard card : source.cards()) {
            for (var task : SnippetTask.ofCard(card, fixtures)) {
                if (task.snippet().line() == line) return task;
            }
        }
        throw new AssertionError("no snippet at line " + line + " of " + source.path());
    }

    private static Snippet python(String code) {
        return new Snippet("python", code, Optional.empty(), 10);
    }

    // --- the seeds ---------------------------------------------------------------------------

    @Test
    void misIndentedIteratorClassIsAnIndentationErrorAtItsDocstringLineInTheNote() {
        var r = checker.check(taskAtLine(seed("000_94e9e51ef25a3735.txt"), 5, Map.of()));
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.line()).isEqualTo(6);
        assertThat(r.detail()).startsWith("IndentationError").contains("line 6");
    }

    @Test
    void generatorExampleDiesOfTheExceptionItThrowsIntoTheGenerator() {
        var r = checker.check(taskAtLine(seed("000_94e9e51ef25a3735.txt"), 37, Map.of()));
        assertThat(r.status()).isEqualTo(Status.ERROR);
        // throw() raises the exception at the paused yield (line 40); the statement that threw it is line 54
        assertThat(r.line()).isEqualTo(40);
        assertThat(r.detail()).startsWith("Exception: Плохо! at line 40, reached from line 54");
        assertThat(r.run().orElseThrow().stdout()).isEqualTo("1\n4\n9\n16\n1\n4\n9\n16\n25\n");
    }

    @Test
    void typeAndObjectExamplePrintsWhatItsCommentsClaim() {
        var r = checker.check(taskAtLine(seed("003_0e42585650cfbd26.txt"), 151, Map.of()));
        assertThat(r.status()).as(r.detail()).isEqualTo(Status.OK);
        assertThat(r.detail()).contains("4 comments match");
    }

    @Test
    void refcountCellMatchesItsRecordedThree() {
        var r = checker.check(taskAtLine(seed("004_43d660ed5263d398.txt"), 112, Map.of()));
        assertThat(r.status()).as(r.detail()).isEqualTo(Status.OK);
        assertThat(r.run().orElseThrow().display()).contains("3");
    }

    @Test
    void cellsReadingFileTxtNeedAFixture() {
        var source = seed("004_43d660ed5263d398.txt");
        for (int line : new int[] {40, 46, 49, 54}) {
            var r = checker.check(taskAtLine(source, line, Map.of()));
            assertThat(r.status()).as("line %d: %s", line, r.detail()).isEqualTo(Status.NEEDS_FIXTURE);
            assertThat(r.detail()).contains("'file.txt'");
        }
    }

    @Test
    void cellsReadingFileTxtMatchTheirOutputOnceTheFileIsAttached() {
        var source = seed("004_43d660ed5263d398.txt");
        var fixture = Map.of("file.txt", "Hello World!!!\nHello ITAM!\n");
        for (int line : new int[] {40, 49, 54}) {
            var r = checker.check(taskAtLine(source, line, fixture));
            assertThat(r.status()).as("line %d: %s", line, r.detail()).isEqualTo(Status.OK);
        }
    }

    @Test
    void loggerCellDependsOnRandomSoItsOutputIsNondeterministic() {
        var r = checker.check(taskAtLine(seed("004_43d660ed5263d398.txt"), 17, Map.of()));
        assertThat(r.status()).as(r.detail()).isEqualTo(Status.NONDETERMINISTIC);
    }

    @Test
    void everySnippetOfTheSeedsIsCheckedQuickly() {
        var tasks = new ArrayList<SnippetTask>();
        var where = new ArrayList<String>();
        try (var files = Files.list(SEEDS)) {
            for (var f : files.sorted().toList()) {
                var source = seed(f.getFileName().toString());
                for (var card : source.cards()) {
                    for (var t : SnippetTask.ofCard(card, Map.of())) {
                        tasks.add(t);
                        where.add(source.path());
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        long start = System.nanoTime();
        var results = checker.checkAll(tasks, Runtime.getRuntime().availableProcessors());
        long ms = (System.nanoTime() - start) / 1_000_000;
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            System.out.printf("%s:%d %s — %s%n", where.get(i), r.line(), r.status().code(), r.detail().lines().findFirst().orElse(""));
        }
        System.out.printf("checked %d snippets of the seeds in %d ms (kernel isolation: %s)%n", results.size(), ms, checker.kernelIsolation());
        assertThat(results).hasSize(tasks.size()).noneMatch(r -> r.status() == Status.SKIPPED);
    }

    // --- expectations --------------------------------------------------------------------------

    @Test
    void aCommentThatClaimsTheWrongValueDiffersWithADiff() {
        var r = checker.check(python("x = 2\nprint(x * 2)  # Output: 5\nx + 1  # => 3"), Map.of());
        assertThat(r.status()).isEqualTo(Status.DIFFERS);
        assertThat(r.line()).isEqualTo(11);
        assertThat(r.detail()).contains("@@ line 11 @@\n-5\n+4");
    }

    @Test
    void proseCommentsAreNotClaims() {
        var r = checker.check(python("items = [3, 1]\nprint(sorted(items))  # сортируем список"), Map.of());
        assertThat(r.status()).isEqualTo(Status.OK);
        assertThat(r.detail()).contains("the notes claim no output");
    }

    @Test
    void recordedOutputThatDiffersGivesAUnifiedDiff() {
        var s = new Snippet("python", "print(1)\nprint(2)", Optional.of("1\n3"), 20);
        var r = checker.check(s, Map.of());
        assertThat(r.status()).isEqualTo(Status.DIFFERS);
        assertThat(r.detail()).contains("--- notes", "+++ run", "-3", "+2");
    }

    @Test
    void otherLanguagesAreSkipped() {
        var r = checker.check(new Snippet("bash", "rm -rf /", Optional.empty(), 3), Map.of());
        assertThat(r.status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void withoutPythonEverythingIsSkipped() {
        var none = new SnippetChecker(Path.of("/nonexistent/python3"), Limits.defaults(), Clock.systemUTC());
        assertThat(none.check(python("print(1)"), Map.of()).status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void runShowsWhatANotebookWouldShow() {
        var out = checker.run(python("print('hi')\n6 * 7"), Map.of());
        assertThat(out.shown()).isEqualTo("hi\n42");
    }

    // --- the sandbox ---------------------------------------------------------------------------

    @Test
    void snippetsCannotConnectEvenToLocalhost() throws IOException {
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(200);
            var code = "import socket\ns = socket.create_connection(('127.0.0.1', %d), timeout=2)\nprint('connected')".formatted(server.getLocalPort());
            var r = checker.check(python(code), Map.of());
            assertThat(r.status()).isEqualTo(Status.ERROR);
            assertThat(r.run().orElseThrow().stdout()).doesNotContain("connected");
            try {
                server.accept().close();
                throw new AssertionError("the snippet reached the test's server");
            } catch (SocketTimeoutException expected) {
                // nobody came
            }
        }
    }

    @Test
    void snippetsCannotWriteOutsideTheirDirectory(@TempDir Path outside) {
        var target = outside.resolve("escaped.txt");
        var r = checker.check(python("open(%s, 'w').write('x')".formatted(pyString(target.toString()))), Map.of());
        // read-only there (an error), or not there at all in the run's own filesystem (a file it needs)
        assertThat(r.status()).as(r.detail()).isIn(Status.ERROR, Status.NEEDS_FIXTURE);
        assertThat(target).doesNotExist();
    }

    @Test
    void forkBombIsStoppedAndTheMachineCarriesOn() {
        var r = checker.check(python("import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass"),
                Map.of());
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.detail()).contains("stopped");
        assertThat(checker.check(python("print(1)  # 1"), Map.of()).status()).isEqualTo(Status.OK);
    }

    @Test
    void endlessAllocationHitsTheMemoryCap() {
        var r = checker.check(python("chunks = []\nwhile True:\n    chunks.append(bytearray(50_000_000))"), Map.of());
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.detail()).contains("memory limit");
    }

    @Test
    void endlessLoopIsStoppedByTheTimeLimit() {
        var quick = new SnippetChecker(python, Limits.defaults().withWallClock(Duration.ofSeconds(2)), Clock.systemUTC());
        var r = quick.check(python("while True:\n    pass"), Map.of());
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.detail()).contains("stopped after 2 s");
    }

    @Test
    void endlessPrintingIsStoppedByTheOutputCap() {
        var r = checker.check(python("while True:\n    print('spam' * 100)"), Map.of());
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.detail()).contains("output limit");
        assertThat(r.run().orElseThrow().stdout().length()).isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void temporaryDirectoriesAreRemoved() throws IOException {
        String marker = "left-behind-" + System.nanoTime() + ".txt";
        var r = checker.check(python("open(%s, 'w').write('x')\nprint('written')  # written".formatted(pyString(marker))), Map.of());
        assertThat(r.status()).as(r.detail()).isEqualTo(Status.OK);
        try (var runs = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")), "prepdeck-snippet-*")) {
            for (var run : runs) assertThat(run.resolve("work").resolve(marker)).doesNotExist();
        }
    }

    @Test
    void withoutNamespacesTheDriverGuardsStillRefuseSocketsWritesOutsideAndForks(@TempDir Path outside) throws IOException {
        var guarded = new SnippetChecker(python, Limits.defaults(), Clock.systemUTC(), null, null);
        assertThat(guarded.kernelIsolation()).isFalse();
        var target = outside.resolve("escaped.txt");
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(200);
            var socket = guarded.check(python("import socket\nsocket.create_connection(('127.0.0.1', %d))".formatted(server.getLocalPort())), Map.of());
            assertThat(socket.detail()).startsWith("PermissionError");
            try {
                server.accept().close();
                throw new AssertionError("the snippet reached the test's server");
            } catch (SocketTimeoutException expected) {
                // nobody came
            }
        }
        var write = guarded.check(python("open(%s, 'w').write('x')".formatted(pyString(target.toString()))), Map.of());
        assertThat(write.detail()).startsWith("PermissionError");
        assertThat(target).doesNotExist();
        var fork = guarded.check(python("import os\nos.fork()"), Map.of());
        assertThat(fork.detail()).startsWith("PermissionError");
        assertThat(guarded.check(python("open('inside.txt', 'w').write('ok')\nprint(open('inside.txt').read())  # ok"), Map.of()).status())
                .isEqualTo(Status.OK);
    }

    @Test
    void withUnshareButNoBubblewrapRunsSayTheyCanReadTheHostsFiles() {
        var unshare = SnippetChecker.findUnshare();
        assumeTrue(unshare.isPresent(), "unshare is needed for this test");
        var weaker = new SnippetChecker(python, Limits.defaults(), Clock.systemUTC(), unshare.get(), null);
        assumeTrue(weaker.isolation() == Isolation.NAMESPACES, "user namespaces are needed for this test");
        assertThat(weaker.isolation().describe()).contains("WEAKER ISOLATION").contains("CAN READ");
        var r = weaker.check(python("print(1)  # 1"), Map.of());
        assertThat(r.status()).isEqualTo(Status.OK);
        assertThat(r.run().orElseThrow().isolation()).anyMatch(s -> s.contains("reads NOT restricted"));
    }

    @Test
    void contractFieldsAreTheJsonItemOfSnippetsCheck() {
        var r = checker.check(python("print(1)  # 2"), Map.of());
        assertThat(r.contractFields(7, "notes/a.md")).containsExactly(
                Map.entry("card", 7L), Map.entry("source", "notes/a.md"), Map.entry("line", 10),
                Map.entry("status", "differs"), Map.entry("detail", r.detail()));
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
