package prepdeck.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.Snippet;

/**
 * What a snippet can see under bubblewrap: the Python runtime, its own folder and fixtures, a private /tmp, and
 * nothing of the host beside them. Runs as whoever runs the tests (root in CI). Without bubblewrap these tests skip,
 * saying so on stderr, except when {@code PREPDECK_REQUIRE_SANDBOX=1} (set by .ci/run): then they fail.
 */
class SnippetIsolationTest {
    private static final String SECRET = "secret-" + Long.toHexString(System.nanoTime());
    private static SnippetChecker checker;
    private static Path python;
    /** A data folder beside the runs' folders (they are made in java.io.tmpdir): a database and another deck's index. */
    private static Path data;
    /** Another run's folder, as a snippet running beside this one would have it. */
    private static Path otherRun;

    @BeforeAll
    static void sandbox() throws IOException {
        var found = SnippetChecker.findPython();
        assumeTrue(found.isPresent(), "python3 is needed for these tests");
        python = found.get();
        checker = new SnippetChecker(python, Limits.defaults(), Clock.systemUTC());
        var isolation = checker.isolation();
        if (isolation != Isolation.FILESYSTEM) {
            String why = "snippet filesystem isolation is not available here (" + isolation + ": " + isolation.describe() + ")";
            if ("1".equals(System.getenv("PREPDECK_REQUIRE_SANDBOX"))) {
                throw new IllegalStateException("PREPDECK_REQUIRE_SANDBOX=1 but " + why + "; install the bubblewrap package");
            }
            System.err.println("*** SnippetIsolationTest SKIPPED: " + why + " ***");
            assumeTrue(false, why);
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        data = Files.createTempDirectory(tmp, "prepdeck-data-");
        Files.writeString(data.resolve("prepdeck.db"), "password hashes and private notes " + SECRET);
        Files.createDirectories(data.resolve("indexes/2"));
        Files.writeString(data.resolve("indexes/2/notes.md"), "another deck " + SECRET);
        otherRun = Files.createTempDirectory(tmp, "prepdeck-snippet-");
        Files.createDirectories(otherRun.resolve("work"));
        Files.writeString(otherRun.resolve("work/fixture.txt"), "another deck's fixture " + SECRET);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        for (Path root : new Path[] {data, otherRun}) {
            if (root == null) continue;
            try (var walk = Files.walk(root)) {
                for (var p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static Snippet python(String code) {
        return new Snippet("python", code, Optional.empty(), 1);
    }

    /** Runs code that prints one line per attempt: "PATH: ok TEXT" when it could read or write, "PATH: refused ERROR" otherwise. */
    private static String attempts(String function, List<String> paths) {
        var list = paths.stream().map(SnippetIsolationTest::pyString).collect(Collectors.joining(", "));
        var code = """
                import os
                def read(p):
                    with open(p, 'rb') as f:
                        return f.read(200).decode('utf-8', 'replace')
                def write(p):
                    with open(p, 'w') as f:
                        f.write('escaped')
                    return 'wrote'
                for p in [%s]:
                    try:
                        print(p + ': ok ' + repr(%s(p)))
                    except OSError as e:
                        print(p + ': refused ' + type(e).__name__)
                """.formatted(list, function);
        var r = checker.run(python(code), Map.of());
        assertThat(r.stop()).as(r.stderr()).isEqualTo(RunOutput.Stop.FINISHED);
        return r.stdout();
    }

    @Test
    void theDataFolderBesideTheRunsIsNotThere() {
        var out = attempts("read", List.of(data.resolve("prepdeck.db").toString(), data.resolve("indexes/2/notes.md").toString(),
                "../prepdeck.db", "../../prepdeck.db"));
        assertThat(out).doesNotContain(SECRET).doesNotContain(": ok");
        assertThat(out.lines()).hasSize(4).allMatch(l -> l.contains(": refused"));
    }

    @Test
    void etcHoldsOnlyWhatPythonNeedsAndNoShadow() {
        var out = attempts("read", List.of("/etc/shadow", "/etc/hostname", "/etc/hosts", "/etc/os-release"));
        assertThat(out.lines()).hasSize(4).allMatch(l -> l.contains(": refused"));
        var r = checker.run(python("import os\nprint(sorted(os.listdir('/etc')))"), Map.of());
        assertThat(r.stdout().strip()).isIn("['group', 'ld.so.cache', 'localtime', 'passwd']", "['group', 'ld.so.cache', 'passwd']");
    }

    @Test
    void theHomeFolderShowsNothingButThePythonRuntimeWithin() throws IOException {
        Path home = Path.of(System.getProperty("user.home"));
        List<String> files;
        try (var list = Files.list(home)) {
            files = list.filter(Files::isRegularFile).limit(5).map(Path::toString).toList();
        }
        if (!files.isEmpty()) {
            var out = attempts("read", files);
            assertThat(out.lines()).as(out).hasSize(files.size()).allMatch(l -> l.contains(": refused"));
        }
        // a Python installed under the home folder (pyenv) is bound at its own path, and is all of home there is
        var r = checker.run(python("import os\ntry:\n    print(sorted(os.listdir(%s)))\nexcept OSError as e:\n    print('refused')"
                .formatted(pyString(home.toString()))), Map.of());
        String seen = r.stdout().strip();
        if (!seen.equals("refused")) {
            Path runtime = python.toAbsolutePath();
            assertThat(runtime.startsWith(home)).as("only a runtime under home puts anything of home in the sandbox: " + seen).isTrue();
            assertThat(seen).isEqualTo("['" + runtime.subpath(home.getNameCount(), home.getNameCount() + 1) + "']");
        }
    }

    @Test
    void procIsTheRunsOwnAndPidOneHoldsNoHostEnvironment() {
        var code = """
                import os
                pids = [p for p in os.listdir('/proc') if p.isdigit()]
                print('pids', len(pids))
                try:
                    env = open('/proc/1/environ', 'rb').read().split(b'\\0')
                    print('names', sorted({e.split(b'=')[0].decode() for e in env if e}))
                except OSError as e:
                    print('names refused', type(e).__name__)
                """;
        var r = checker.run(python(code), Map.of());
        var lines = r.stdout().lines().toList();
        assertThat(Integer.parseInt(lines.get(0).substring(5))).as(r.stdout()).isLessThanOrEqualTo(4);
        if (!lines.get(1).startsWith("names refused")) {
            var allowed = Set.of("PATH", "LANG", "HOME", "PYTHONIOENCODING", "PYTHONHASHSEED", "PYTHONDONTWRITEBYTECODE", "PREPDECK_PID_CAP",
                    "PWD");
            var names = Arrays.stream(lines.get(1).substring(7, lines.get(1).length() - 1).split(", "))
                    .map(n -> n.replace("'", "")).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
            assertThat(allowed).as("pid 1 of the run's namespace is the sandbox's, with the sandbox's variables only: " + names)
                    .containsAll(names);
        }
        assertThat(r.stdout()).doesNotContain(SECRET);
    }

    @Test
    void anotherRunsFolderAndTheHostTmpAreNotThere() {
        var out = attempts("read", List.of(otherRun.resolve("work/fixture.txt").toString()));
        assertThat(out).doesNotContain(SECRET).contains(": refused");
        var r = checker.run(python("import os\nprint(sorted(os.listdir('/tmp')))"), Map.of());
        assertThat(r.stdout().strip()).isEqualTo("[]");
    }

    @Test
    void writesOutsideTheWorkingFolderFailAndLeaveNothingOnTheHost() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        String name = "escaped-" + System.nanoTime();
        var targets = List.of("/" + name, "/usr/" + name, "/etc/" + name, "/prepdeck/" + name, "/prepdeck/driver.py",
                "/dev/" + name, "/proc/" + name, data.resolve(name).toString(), "../" + name, "/work/../" + name);
        var out = attempts("write", targets);
        assertThat(out.lines()).as(out).hasSize(targets.size()).allMatch(l -> l.contains(": refused"));
        // the run's /tmp is a private one, not the host's
        var inTmp = attempts("write", List.of(tmp.resolve(name).toString(), "/tmp/" + name));
        assertThat(inTmp.lines()).as(inTmp).hasSize(2);
        assertThat(data.resolve(name)).doesNotExist();
        assertThat(tmp.resolve(name)).doesNotExist();
        assertThat(Path.of("/" + name)).doesNotExist();
    }

    @Test
    void fixturesAreReadableAndAnOrdinarySnippetStillPasses() {
        var code = """
                import json, collections, pathlib, tempfile
                data = json.loads(pathlib.Path('data/items.json').read_text())
                counts = collections.Counter(data)
                with tempfile.NamedTemporaryFile('w+') as f:
                    f.write('scratch')
                    f.flush()
                open('notes.txt', 'w').write('kept in work')
                print(counts.most_common(1))  # [('a', 2)]
                print(open('notes.txt').read())  # kept in work
                """;
        var r = checker.check(python(code), Map.of("data/items.json", "[\"a\", \"b\", \"a\"]"));
        assertThat(r.status()).as(r.detail()).isEqualTo(Status.OK);
        assertThat(r.run().orElseThrow().isolation()).anyMatch(s -> s.startsWith("filesystem: a root of its own") && !s.contains("WRITABLE"));
    }

    @Test
    void theSnippetRunsAsAnUnprivilegedUserWithNoCapabilities() {
        var code = """
                import os
                print(os.getuid(), os.getgid(), os.geteuid())
                print([l.split()[1] for l in open('/proc/self/status') if l.startswith('CapEff')][0])
                """;
        var r = checker.run(python(code), Map.of());
        assertThat(r.stdout().lines()).containsExactly("65534 65534 65534", "0000000000000000");
    }

    @Test
    void aServerRefusesToRunWithoutBubblewrapAndRunsWithIt() {
        var weak = new SnippetChecker(python, Limits.defaults(), Clock.systemUTC(), SnippetChecker.findUnshare().orElse(null), null)
                .onlyWithOwnFilesystem();
        var r = weak.check(python("print(1)  # 1"), Map.of());
        assertThat(r.status()).isEqualTo(Status.SKIPPED);
        assertThat(r.detail()).contains("bubblewrap").contains("PREPDECK_ALLOW_WEAK_SANDBOX");
        assertThat(weak.run(python("print(1)"), Map.of()).stop()).isEqualTo(RunOutput.Stop.NOT_RUN);
        assertThat(checker.onlyWithOwnFilesystem().check(python("print(1)  # 1"), Map.of()).status()).isEqualTo(Status.OK);
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
