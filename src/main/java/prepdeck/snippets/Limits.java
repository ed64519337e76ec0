package prepdeck.snippets;

import java.time.Duration;
import java.util.Objects;

/**
 * How far one snippet run may go before it is stopped.
 *
 * @param wallClock   wall-clock time for one run, interpreter start-up included
 * @param memoryBytes address-space cap of the interpreter (RLIMIT_AS)
 * @param outputBytes stdout and stderr are each cut and the run stopped beyond this
 * @param processes   processes the snippet may have at once (RLIMIT_NPROC and the pid namespace)
 * @param fileBytes   largest file the snippet may write (RLIMIT_FSIZE)
 */
public record Limits(Duration wallClock, long memoryBytes, long outputBytes, int processes, long fileBytes) {
    public Limits {
        Objects.requireNonNull(wallClock);
        if (wallClock.isNegative() || wallClock.isZero()) throw new IllegalArgumentException("time limit must be positive, got " + wallClock);
        if (memoryBytes < 64L << 20) throw new IllegalArgumentException("memory limit below 64 MB: " + memoryBytes);
        if (outputBytes < 1024) throw new IllegalArgumentException("output limit below 1 KB: " + outputBytes);
        if (processes < 1) throw new IllegalArgumentException("process limit must be positive, got " + processes);
        if (fileBytes < 0) throw new IllegalArgumentException("negative file size limit " + fileBytes);
    }

    /** 5 s, 512 MB, 64 KB of output, 32 processes, 16 MB files. */
    public static Limits defaults() {
        return new Limits(Duration.ofSeconds(5), 512L << 20, 64L << 10, 32, 16L << 20);
    }

    public Limits withWallClock(Duration d) {
        return new Limits(d, memoryBytes, outputBytes, processes, fileBytes);
    }

    String describeTime() {
        long ms = wallClock.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }

    String describeMemory() {
        return (memoryBytes >> 20) + " MB";
    }

    String describeOutput() {
        return (outputBytes >> 10) + " KB";
    }
}
