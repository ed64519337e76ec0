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
 * <p>Layout of a run's temporary directory: {@code driver.py} and {@code job.json} (read-only to
 * the snippet), {@code work/} (its working directory and HOME, with the fixtures), {@code out/}
 * (where the driver writes its result). The whole directory is deleted afterwards.
 *
 * <p>With {@code unshare} (user, network, pid and mount namespaces) the kernel enforces: no network
 * but a downed loopback, read-only mounts outside {@code work/} and {@code out/}, no capabilities,
 * a pid cap for the namespace, and the death of every process of the run when the run is stopped.
 * Without it only Python-level guards stand in for network and file isolation.
 */
final class Sandbox {
    static final String DRIVER = "/prepdeck/snippets/driver.py";
    private static final String NOTE_FILE = "<note>";

    private final Path python;
    private final Limits limits;
    private final Clock clock;
    private final Path unshare;
    private volatile Boolean namespaces;

    private final Json json = new Json();

    Sandbox(Path python, Limits limits, Clock clock, Path unshare) {
        this.python = python;
        this.limits = limits;
        this.clock = clock;
        this.unshare = unshare;
    }

    /** Whether runs get their own namespaces; probed once, on first use. */
    boolean namespaces() {
        Boolean known = namespaces;
        if (known == null) {
            known = probeNamespaces();
            namespaces = known;
        }
        return known;
    }

    private boolean probeNamespaces() {
        if (unshare == null || !Files.isExecutable(unshare)) return false;
        try {
            var pb = new ProcessBuilder(unshareArgs(List.of(python.toString(), "-c", "pass")));
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

    private List<String> unshareArgs(List<String> command) {
        var args = new ArrayList<>(List.of(unshare.toString(), "--user", "--map-root-user", "--net", "--pid", "--fork",
                "--kill-child", "--mount", "--mount-proc"));
        args.addAll(command);
        return args;
    }

    RunOutput run(SnippetTask task, long seed, boolean displayLast) {
        var started = clock.instant();
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
            boolean isolated = namespaces();
            Files.writeString(job, json.write(job(task, work, seed, displayLast, isolated)), StandardCharsets.UTF_8);
            Path result = out.resolve("result.json");

            var command = List.of(python.toString(), "-s", driver.toString(), job.toString(), result.toString());
            var pb = new ProcessBuilder(isolated ? unshareArgs(command) : command).directory(work.toFile());
            var env = pb.environment();
            env.clear();
            env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
            env.put("LANG", "C.UTF-8");
            env.put("HOME", work.toString());
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

    private Map<String, Object> job(SnippetTask task, Path work, long seed, boolean displayLast, boolean isolated) {
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
        job.put("work", work.toString());
        job.put("namespaces", isolated);
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
        // unshare --kill-child takes the namespace's init with it, and with it every process in the
        // pid namespace; the descendants walk covers runs without namespaces.
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
