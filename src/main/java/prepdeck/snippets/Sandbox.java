package prepdeck.snippets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import prepdeck.knowledge.Snippet;

/**
 * Runs one snippet in a child interpreter, never in the JVM and never through a shell.
 *
 * <p>Layout of a run's temporary directory on the host: {@code driver.py}, {@code job.json}, {@code passwd} and
 * {@code group} (read-only to the snippet), {@code work/} (its working directory and HOME, with the fixtures),
 * {@code out/} (where the driver writes its result). The whole directory is deleted afterwards.
 *
 * <p>Three levels, the strongest this machine allows ({@link Isolation}, probed once):
 * <ul>
 *   <li>{@link Isolation#FILESYSTEM}: {@code bwrap} builds a fresh root holding only the Python runtime (read-only),
 *       {@code /work} (the working directory), {@code /prepdeck} (driver, job and the result folder), a private
 *       {@code /tmp}, a minimal {@code /dev}, the run's own {@code /proc}, and of {@code /etc} only the loader's
 *       cache, the time zone and a two-line passwd/group; the snippet runs as uid/gid 65534 with no capabilities,
 *       no network, in its own pid, IPC and UTS namespaces. Around it, {@code unshare} makes an outer pid namespace
 *       whose pid_max a fixed {@code sh -c} line caps (RLIMIT_NPROC does not bind a process whose real user is
 *       root, and inside bwrap the sandbox user could raise its own namespace's pid_max back).</li>
 *   <li>{@link Isolation#NAMESPACES}: {@code unshare} (user, network, pid, mount namespaces) and read-only mounts
 *       outside {@code work/} and {@code out/}, but every file the user can read stays readable.</li>
 *   <li>{@link Isolation#GUARDS}: Python-level guards only.</li>
 * </ul>
 */
final class Sandbox {
    static final String DRIVER = "/prepdeck/snippets/driver.py";
    private static final String NOTE_FILE = "<note>";
    /** Where bwrap puts the run's folders inside the sandbox. */
    private static final String INSIDE_WORK = "/work", INSIDE_RUN = "/prepdeck";
    /** The sandbox's user and group (the kernel's overflow id, "nobody"). */
    static final int SANDBOX_ID = 65534;
    /** What a snippet's interpreter may load from outside {@code /usr}: the usual top-level library and binary folders. */
    private static final List<String> SYSTEM_DIRS = List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");
    /** The outer namespace's pid cap: a constant script with the cap and the bwrap command as arguments, no input from the notes. */
    private static final String CAP_PIDS = "echo \"$0\" > /proc/sys/kernel/pid_max 2>/dev/null && export PREPDECK_PID_CAP=\"$0\"; exec \"$@\"";

    private final Path python;
    private final Limits limits;
    private final Clock clock;
    private final Path unshare;
    private final Path bwrap;
    private volatile Probe probe;

    private final Json json = new Json();

    /** What the probe found: the level, whether the outer pid cap is there, and the runtime folders to bind. */
    private record Probe(Isolation isolation, boolean outerPidCap, List<Path> runtime) {
    }

    /** {@code unshare} and {@code bwrap} may each be null (not on this machine). */
    Sandbox(Path python, Limits limits, Clock clock, Path unshare, Path bwrap) {
        this.python = python;
        this.limits = limits;
        this.clock = clock;
        this.unshare = unshare;
        this.bwrap = bwrap;
    }

    /** How runs are isolated here; probed once, on first use. */
    Isolation isolation() {
        return probe().isolation();
    }

    private Probe probe() {
        Probe known = probe;
        if (known == null) {
            synchronized (this) {
                known = probe;
                if (known == null) {
                    known = doProbe();
                    probe = known;
                }
            }
        }
        return known;
    }

    private Probe doProbe() {
        var check = List.of(python.toString(), "-c", "pass");
        if (bwrap != null && Files.isExecutable(bwrap)) {
            var runtime = runtimeFolders();
            if (runtime.isPresent()) {
                boolean outer = unshare != null && Files.isExecutable(unshare);
                if (outer && succeeds(withOuterPidCap(bwrapArgs(runtime.get(), Optional.empty(), check)))) {
                    return new Probe(Isolation.FILESYSTEM, true, runtime.get());
                }
                if (succeeds(bwrapArgs(runtime.get(), Optional.empty(), check))) return new Probe(Isolation.FILESYSTEM, false, runtime.get());
            }
        }
        if (unshare != null && Files.isExecutable(unshare) && succeeds(unshareArgs(check))) return new Probe(Isolation.NAMESPACES, false, List.of());
        return new Probe(Isolation.GUARDS, false, List.of());
    }

    private static boolean succeeds(List<String> command) {
        try {
            var pb = new ProcessBuilder(command);
            pb.environment().clear();
            pb.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            var p = pb.start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The interpreter's own folders outside {@code /usr} (a pyenv or a venv, say), asked of the interpreter itself;
     * empty when it cannot say, or when its prefix is the root folder or the home folder (binding that would bind
     * everything, or every file of the home).
     */
    private Optional<List<Path>> runtimeFolders() {
        try {
            var pb = new ProcessBuilder(python.toString(), "-I", "-c",
                    "import os, sys\nfor p in (sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix, sys.executable):\n"
                            + "    print(os.path.realpath(p))");
            pb.environment().clear();
            pb.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
            pb.redirectErrorStream(true);
            var p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) return Optional.empty();
            var lines = out.lines().map(Path::of).toList();
            if (lines.size() != 5) return Optional.empty();
            var folders = new ArrayList<Path>();
            Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
            for (var prefix : lines.subList(0, 4)) {
                // a Python whose prefix is the root or the home folder (or holds it) would bring all of it along
                if (prefix.getNameCount() == 0 || home.startsWith(prefix)) return Optional.empty();
                if (!prefix.startsWith("/usr") && !folders.contains(prefix)) folders.add(prefix);
            }
            Path exe = lines.get(4);
            if (!exe.startsWith("/usr") && folders.stream().noneMatch(exe::startsWith) && SYSTEM_DIRS.stream().noneMatch(d -> exe.startsWith(d))) {
                folders.add(exe);
            }
            return Optional.of(List.copyOf(folders));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * bwrap's arguments for a fresh root: the runtime read-only, then (for a run) its folders; {@code run} is the
     * run's host directory, absent for the probe.
     */
    private List<String> bwrapArgs(List<Path> runtime, Optional<Path> run, List<String> command) {
        var a = new ArrayList<>(List.of(bwrap.toString(), "--unshare-all", "--die-with-parent", "--new-session",
                "--uid", Integer.toString(SANDBOX_ID), "--gid", Integer.toString(SANDBOX_ID), "--cap-drop", "ALL",
                "--hostname", "sandbox", "--ro-bind", "/usr", "/usr"));
        for (String dir : SYSTEM_DIRS) {
            Path p = Path.of(dir);
            try {
                if (Files.isSymbolicLink(p)) a.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), dir));
                else if (Files.isDirectory(p)) a.addAll(List.of("--ro-bind", dir, dir));
            } catch (IOException e) {
                // an unreadable link is one folder fewer in the sandbox
            }
        }
        a.addAll(List.of("--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache", "--ro-bind-try", "/etc/localtime", "/etc/localtime"));
        for (Path p : runtime) a.addAll(List.of("--ro-bind", p.toString(), p.toString()));
        a.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--size", Long.toString(tmpBytes()), "--tmpfs", "/tmp"));
        run.ifPresent(root -> a.addAll(List.of(
                "--ro-bind", root.resolve("passwd").toString(), "/etc/passwd",
                "--ro-bind", root.resolve("group").toString(), "/etc/group",
                "--ro-bind", root.resolve("driver.py").toString(), INSIDE_RUN + "/driver.py",
                "--ro-bind", root.resolve("job.json").toString(), INSIDE_RUN + "/job.json",
                "--bind", root.resolve("out").toString(), INSIDE_RUN + "/out",
                "--bind", root.resolve("work").toString(), INSIDE_WORK,
                "--chdir", INSIDE_WORK)));
        // last: the root bwrap built and its /dev become read-only (the mounts on them keep their own modes)
        a.addAll(List.of("--remount-ro", "/dev", "--remount-ro", "/"));
        a.addAll(command);
        return a;
    }

    /** The private /tmp's size: a few of the largest files a snippet may write. */
    private long tmpBytes() {
        return Math.max(1L << 20, Math.min(limits.fileBytes() * 4, limits.memoryBytes()));
    }

    private List<String> withOuterPidCap(List<String> bwrapCommand) {
        var args = new ArrayList<>(List.of(unshare.toString(), "--user", "--map-root-user", "--pid", "--fork", "--kill-child",
                "--mount", "--mount-proc", "/bin/sh", "-c", CAP_PIDS, Integer.toString(pids())));
        args.addAll(bwrapCommand);
        return args;
    }

    private int pids() {
        return Math.max(301, limits.processes() + 20);
    }

    private List<String> unshareArgs(List<String> command) {
        var args = new ArrayList<>(List.of(unshare.toString(), "--user", "--map-root-user", "--net", "--pid", "--fork",
                "--kill-child", "--mount", "--mount-proc"));
        args.addAll(command);
        return args;
    }

    RunOutput run(SnippetTask task, long seed, boolean displayLast) {
        var started = clock.instant();
        var how = probe();
        boolean fresh = how.isolation() == Isolation.FILESYSTEM;
        Path root = null;
        try {
            root = Files.createTempDirectory("prepdeck-snippet-");
            Path work = Files.createDirectory(root.resolve("work"));
            Path out = Files.createDirectory(root.resolve("out"));
            for (var f : task.fixtures().entrySet()) {
                Path target = work.resolve(f.getKey()).normalize();
                if (!target.startsWith(work)) throw new IllegalArgumentException("fixture outside the working directory: " + f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            }
            Path driver = root.resolve("driver.py");
            try (var in = Sandbox.class.getResourceAsStream(DRIVER)) {
                if (in == null) throw new IllegalStateException("driver script missing from the classpath: " + DRIVER);
                Files.copy(in, driver);
            }
            Path job = root.resolve("job.json");
            String workSeen = fresh ? INSIDE_WORK : work.toString();
            Files.writeString(job, json.write(job(task, workSeen, seed, displayLast, how)), StandardCharsets.UTF_8);
            Path result = out.resolve("result.json");

            List<String> command;
            if (fresh) {
                Files.writeString(root.resolve("passwd"), "sandbox:x:%d:%d:snippet:%s:/nonexistent\n".formatted(SANDBOX_ID, SANDBOX_ID, INSIDE_WORK));
                Files.writeString(root.resolve("group"), "sandbox:x:%d:\n".formatted(SANDBOX_ID));
                var inner = bwrapArgs(how.runtime(), Optional.of(root), List.of(python.toString(), "-s", INSIDE_RUN + "/driver.py",
                        INSIDE_RUN + "/job.json", INSIDE_RUN + "/out/result.json"));
                command = how.outerPidCap() ? withOuterPidCap(inner) : inner;
            } else {
                var plain = List.of(python.toString(), "-s", driver.toString(), job.toString(), result.toString());
                command = how.isolation() == Isolation.NAMESPACES ? unshareArgs(plain) : plain;
            }
            var pb = new ProcessBuilder(command).directory(work.toFile());
            var env = pb.environment();
            env.clear();
            env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
            env.put("LANG", "C.UTF-8");
            env.put("HOME", workSeen);
            env.put("PYTHONIOENCODING", "utf-8");
            env.put("PYTHONHASHSEED", "0");
            env.put("PYTHONDONTWRITEBYTECODE", "1");
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            return execute(pb, result, started);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run snippet at line " + task.snippet().line(), e);
        } finally {
            if (root != null) deleteTree(root);
        }
    }

    private Map<String, Object> job(SnippetTask task, String work, long seed, boolean displayLast, Probe how) {
        var cells = new ArrayList<Object>();
        for (Snippet s : task.before()) {
            if (PythonCode.isPython(s)) cells.add(Map.of("code", s.code(), "line", s.line()));
        }
        cells.add(Map.of("code", task.snippet().code(), "line", task.snippet().line()));
        var lim = new LinkedHashMap<String, Object>();
        lim.put("memory", limits.memoryBytes());
        lim.put("processes", limits.processes());
        lim.put("pids", Math.max(301, limits.processes() + 20));
        lim.put("file", limits.fileBytes());
        lim.put("cpu", Math.max(1, limits.wallClock().toSeconds() + 1));
        var job = new LinkedHashMap<String, Object>();
        job.put("work", work);
        job.put("isolation", switch (how.isolation()) {
            case FILESYSTEM -> "bwrap";
            case NAMESPACES -> "namespaces";
            case GUARDS -> "guards";
        });
        job.put("pid_cap_outside", how.outerPidCap());
        job.put("filename", NOTE_FILE);
        job.put("display_last", displayLast);
        job.put("seed", seed);
        job.put("limits", lim);
        job.put("cells", cells);
        return job;
    }

    private RunOutput execute(ProcessBuilder pb, Path result, java.time.Instant started) throws IOException {
        var process = pb.start();
        var overflow = new AtomicBoolean();
        Runnable stop = () -> killTree(process);
        var stdout = new Capture(process.getInputStream(), limits.outputBytes(), overflow, stop);
        var stderr = new Capture(process.getErrorStream(), limits.outputBytes(), overflow, stop);
        var readers = List.of(Thread.ofVirtual().start(stdout), Thread.ofVirtual().start(stderr));
        boolean finished;
        try {
            finished = process.waitFor(limits.wallClock().toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) killTree(process);
            process.waitFor(5, TimeUnit.SECONDS);
            for (var r : readers) r.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a snippet ran", e);
        }
        var elapsed = Duration.between(started, clock.instant());
        RunOutput.Stop stopReason;
        if (overflow.get()) stopReason = RunOutput.Stop.OUTPUT_LIMIT;
        else if (!finished) stopReason = RunOutput.Stop.TIME_LIMIT;
        else stopReason = RunOutput.Stop.FINISHED;

        Map<?, ?> report = null;
        if (Files.isRegularFile(result)) {
            String text = Files.readString(result, StandardCharsets.UTF_8);
            if (!text.isBlank()) {
                try {
                    report = (Map<?, ?>) json.parse(text);
                } catch (IllegalArgumentException | ClassCastException e) {
                    report = null;
                }
            }
        }
        if (report == null && stopReason == RunOutput.Stop.FINISHED) stopReason = RunOutput.Stop.DIED;
        String err = stderr.text();
        if (report == null && stopReason == RunOutput.Stop.DIED) {
            err = err + (err.isEmpty() || err.endsWith("\n") ? "" : "\n") + "[exit status " + process.exitValue() + "]";
        }
        return toOutput(stdout.text(), err, report, stopReason, elapsed);
    }

    private static RunOutput toOutput(String stdout, String stderr, Map<?, ?> report, RunOutput.Stop stop, Duration elapsed) {
        if (report == null) {
            return new RunOutput(stdout, stderr, Optional.empty(), Optional.empty(), stop, List.of(), List.of(), List.of(), elapsed);
        }
        Optional<String> display = Optional.ofNullable((String) report.get("display"));
        Optional<SnippetError> error = Optional.empty();
        if (report.get("error") instanceof Map<?, ?> e) {
            var line = e.get("line") instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
            var entry = e.get("entry") instanceof Number n ? OptionalInt.of(n.intValue()) : line;
            String type = String.valueOf(e.get("type"));
            String message = e.get("message") == null ? "" : String.valueOf(e.get("message"));
            error = Optional.of(new SnippetError(type, message, line, entry, String.valueOf(e.get("traceback"))));
        }
        var claims = new ArrayList<Claim>();
        if (report.get("claims") instanceof List<?> list) {
            for (var o : list) {
                var c = (Map<?, ?>) o;
                claims.add(new Claim(((Number) c.get("line")).intValue(), String.valueOf(c.get("comment")),
                        c.get("printed") == null ? "" : String.valueOf(c.get("printed")),
                        c.get("raised") instanceof String r ? Optional.of(r)
                                : Optional.ofNullable((String) c.get("value")),
                        Boolean.TRUE.equals(c.get("is_print"))));
            }
        }
        var missing = new ArrayList<String>();
        if (report.get("prelude_missing") instanceof List<?> list) list.forEach(m -> missing.add(String.valueOf(m)));
        if (report.get("error") instanceof Map<?, ?> e && e.get("filename") instanceof String f && !missing.contains(f)) missing.add(f);
        var isolation = new ArrayList<String>();
        if (report.get("isolation") instanceof List<?> list) list.forEach(m -> isolation.add(String.valueOf(m)));
        return new RunOutput(stdout, stderr, display, error, stop, claims, missing, isolation, elapsed);
    }

    private static void killTree(Process process) {
        // unshare --kill-child takes the namespace's init with it, and with it every process in the pid
        // namespace; bwrap --die-with-parent does the same for its own; the descendants walk covers runs
        // without namespaces.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    dir.toFile().setWritable(true, true);
                    dir.toFile().setExecutable(true, true);
                    dir.toFile().setReadable(true, true);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A leftover temp directory is not worth failing the check for.
        }
    }

    /** Reads a stream up to the cap; past it, stops the run. */
    private static final class Capture implements Runnable {
        private final InputStream in;
        private final long cap;
        private final AtomicBoolean overflow;
        private final Runnable stop;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Capture(InputStream in, long cap, AtomicBoolean overflow, Runnable stop) {
            this.in = in;
            this.cap = cap;
            this.overflow = overflow;
            this.stop = stop;
        }

        @Override
        public void run() {
            var buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    long room = cap - bytes.size();
                    synchronized (bytes) {
                        bytes.write(buffer, 0, (int) Math.min(n, Math.max(0, room)));
                    }
                    if (n > room) {
                        overflow.set(true);
                        stop.run();
                        return;
                    }
                }
            } catch (IOException e) {
                // The process was killed mid-write; what was read so far stands.
            }
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
