package prepdeck.snippets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import prepdeck.knowledge.Snippet;

/**
 * Runs the Python snippets of the notes in a sandbox and says which ones still do what the notes claim.
 *
 * <p>A snippet is compared with its recorded output (a notebook cell's output: what it printed,
 * then the repr of a final bare expression) and with trailing comments on its top-level
 * statements ({@code print(x)  # Выведет: True}, {@code gen.send(10) #100}). When the first run
 * differs, a second run with another random seed tells randomness (nondeterministic) from a
 * wrong claim (differs).
 */
public final class SnippetChecker {
    private static final long FIRST_SEED = 1, SECOND_SEED = 2;

    private final Optional<Path> python;
    private final Limits limits;
    private final Sandbox sandbox;
    /** Whether code runs only with {@link Isolation#FILESYSTEM} (a server's policy, see {@link #onlyWithOwnFilesystem()}). */
    private final boolean requireFilesystem;

    /**
     * @param python3 the interpreter to run (a real executable, not a shim: see {@link #findPython()});
     *                when it is missing every snippet is skipped
     */
    public SnippetChecker(Path python3, Limits limits, Clock clock) {
        this(python3, limits, clock, findUnshare().orElse(null), findBwrap().orElse(null));
    }

    /**
     * With {@code bwrap == null} runs see the host's files ({@link Isolation#NAMESPACES}); with both null they get
     * no namespaces, only the driver's Python-level guards.
     */
    SnippetChecker(Path python3, Limits limits, Clock clock, Path unshare, Path bwrap) {
        Objects.requireNonNull(limits);
        Objects.requireNonNull(clock);
        this.python = Optional.ofNullable(python3).filter(Files::isExecutable);
        this.limits = limits;
        this.sandbox = new Sandbox(python.orElse(Path.of("python3")), limits, clock, unshare, bwrap);
        this.requireFilesystem = false;
    }

    private SnippetChecker(SnippetChecker other, boolean requireFilesystem) {
        this.python = other.python;
        this.limits = other.limits;
        this.sandbox = other.sandbox;
        this.requireFilesystem = requireFilesystem;
    }

    /**
     * The same checker, refusing to run any code unless each run gets a filesystem of its own
     * ({@link Isolation#FILESYSTEM}): what a server asks, where a snippet that could read the data folder would
     * read every user's password hash and private notes. Refused runs are skipped, saying why.
     */
    public SnippetChecker onlyWithOwnFilesystem() {
        return new SnippetChecker(this, true);
    }

    /** Why code does not run here at all, if it does not: a server's policy on a machine without bubblewrap. */
    private Optional<String> refused() {
        if (!requireFilesystem || python.isEmpty() || sandbox.isolation() == Isolation.FILESYSTEM) return Optional.empty();
        return Optional.of("not run: this server runs snippets only when each run gets a filesystem of its own (bubblewrap),"
                + " and here " + sandbox.isolation().describe() + "; install bubblewrap, or start the server with"
                + " PREPDECK_ALLOW_WEAK_SANDBOX=1 to run them anyway");
    }

    /** Checks one snippet on its own. */
    public CheckResult check(Snippet snippet, Map<String, String> fixtures) {
        return check(SnippetTask.alone(snippet, fixtures));
    }

    /** Checks one snippet after the earlier cells of its card. */
    public CheckResult check(SnippetTask task) {
        var s = task.snippet();
        if (!PythonCode.isPython(s)) {
            return new CheckResult(s, Status.SKIPPED, "not Python" + (s.language().isBlank() ? "" : " (" + s.language() + ")"), s.line(), Optional.empty());
        }
        if (python.isEmpty()) {
            return new CheckResult(s, Status.SKIPPED, "no python3 on this machine", s.line(), Optional.empty());
        }
        var refused = refused();
        if (refused.isPresent()) return new CheckResult(s, Status.SKIPPED, refused.get(), s.line(), Optional.empty());
        boolean display = s.expectedOutput().isPresent();
        var first = sandbox.run(task, FIRST_SEED, display);
        var verdict = Verdicts.judge(s, first, limits);
        if (verdict.status() == Status.DIFFERS) {
            var second = sandbox.run(task, SECOND_SEED, display);
            if (!Verdicts.fingerprint(first).equals(Verdicts.fingerprint(second))) {
                var again = Verdicts.judge(s, second, limits);
                String detail = "output changes from run to run (randomness, time, addresses); "
                        + (again.status() == Status.OK ? "a second run matched the notes, the first did not:\n" : "neither of two runs matched the notes; the first:\n")
                        + verdict.detail();
                return new CheckResult(s, Status.NONDETERMINISTIC, detail, verdict.line(), Optional.of(first));
            }
        }
        return new CheckResult(s, verdict.status(), verdict.detail(), verdict.line(), Optional.of(first));
    }

    /** Checks many snippets, at most {@code parallelism} (and no more than the cores) at a time; results in task order. */
    public List<CheckResult> checkAll(List<SnippetTask> tasks, int parallelism) {
        int threads = Math.max(1, Math.min(parallelism, Runtime.getRuntime().availableProcessors()));
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var futures = new ArrayList<Future<CheckResult>>();
            for (var t : tasks) futures.add(pool.submit(() -> check(t)));
            var out = new ArrayList<CheckResult>();
            for (var f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("snippet check failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while checking snippets", e);
                }
            }
            return out;
        }
    }

    /** Checks snippets each on its own. */
    public List<CheckResult> checkSnippets(List<Snippet> snippets, int parallelism) {
        return checkAll(snippets.stream().map(s -> SnippetTask.alone(s, Map.of())).toList(), parallelism);
    }

    /** Runs one snippet and returns what it printed, the way a notebook shows a cell ("run this snippet" on its card page). */
    public RunOutput run(Snippet snippet, Map<String, String> fixtures) {
        return run(SnippetTask.alone(snippet, fixtures));
    }

    public RunOutput run(SnippetTask task) {
        if (python.isEmpty() || !PythonCode.isPython(task.snippet())) {
            return new RunOutput("", "", Optional.empty(), Optional.empty(), RunOutput.Stop.NOT_RUN, List.of(), List.of(),
                    List.of(python.isEmpty() ? "no python3 on this machine" : "not Python"), Duration.ZERO);
        }
        var refused = refused();
        if (refused.isPresent()) {
            return new RunOutput("", "", Optional.empty(), Optional.empty(), RunOutput.Stop.NOT_RUN, List.of(), List.of(),
                    List.of(refused.get()), Duration.ZERO);
        }
        return sandbox.run(task, FIRST_SEED, true);
    }

    /** Whether runs get kernel isolation (namespaces, with or without a filesystem of their own) or only the driver's Python-level guards. */
    public boolean kernelIsolation() {
        return python.isPresent() && sandbox.isolation().kernel();
    }

    /** How runs are isolated on this machine (probed once); {@link Isolation#GUARDS} without python3. */
    public Isolation isolation() {
        return python.isPresent() ? sandbox.isolation() : Isolation.GUARDS;
    }

    /**
     * The real interpreter behind {@code python3} on the PATH (asking it for {@code sys.executable},
     * which sees through pyenv-style shims that need the user's environment).
     */
    public static Optional<Path> findPython() {
        try {
            var p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0 || out.isEmpty()) return Optional.empty();
            Path exe = Path.of(out.lines().reduce((a, b) -> b).orElse(out));
            return Files.isExecutable(exe) ? Optional.of(exe.toRealPath()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<Path> findBwrap() {
        return List.of("/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap").stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static Optional<Path> findUnshare() {
        return List.of("/usr/bin/unshare", "/bin/unshare").stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
