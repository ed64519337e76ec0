package prepdeck.snippets;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one sandboxed run of a snippet produced.
 *
 * @param stdout     everything printed, cut at the output limit
 * @param stderr     everything written to stderr, cut at the output limit
 * @param display    repr of the final bare expression's value, as a notebook shows it
 * @param error      the exception that ended the run, if any
 * @param stop       why the run ended
 * @param claims     statements whose trailing comment may claim an output, as far as the run got
 * @param missing    files the run failed to open (FileNotFoundError), in this cell or an earlier one
 * @param isolation  what the sandbox enforced for this run, in words
 * @param elapsed    wall-clock time of the run
 */
public record RunOutput(String stdout, String stderr, Optional<String> display, Optional<SnippetError> error, Stop stop,
                        List<Claim> claims, List<String> missing, List<String> isolation, Duration elapsed) {
    public RunOutput {
        Objects.requireNonNull(stdout);
        Objects.requireNonNull(stderr);
        Objects.requireNonNull(display);
        Objects.requireNonNull(error);
        Objects.requireNonNull(stop);
        claims = List.copyOf(claims);
        missing = List.copyOf(missing);
        isolation = List.copyOf(isolation);
        Objects.requireNonNull(elapsed);
    }

    /** Why a run ended. */
    public enum Stop {
        /** The interpreter finished (with or without an exception). */
        FINISHED,
        /** Stopped at the wall-clock limit. */
        TIME_LIMIT,
        /** Stopped because it printed more than the output limit. */
        OUTPUT_LIMIT,
        /** The interpreter died without reporting (killed by a signal, CPU limit, crash). */
        DIED,
        /** Never ran: not Python, or no interpreter. */
        NOT_RUN
    }

    /** What a notebook would show under the cell: the printed text, then the final value. */
    public String shown() {
        return display.map(d -> stdout.isEmpty() || stdout.endsWith("\n") ? stdout + d : stdout + "\n" + d).orElse(stdout);
    }
}
