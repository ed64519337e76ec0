package prepdeck.speech;

import java.nio.file.Path;

/** A recording that cannot be analysed: not a WAV file, a WAV file we do not read, or one cut short. The message names the file. */
public final class BadAudio extends RuntimeException {
    /** What is wrong with the file. */
    public enum Problem {
        /** No file there, or it cannot be read. */
        UNREADABLE,
        /** It does not start with RIFF…WAVE: some other kind of file. */
        NOT_WAV,
        /** A WAV file whose samples are not plain PCM of a size we read (compressed, 12-bit…). */
        UNSUPPORTED,
        /** A WAV file whose chunks are damaged or cut short. */
        CORRUPT
    }

    private final Problem problem;
    private final String file;

    public BadAudio(Problem problem, String file, String detail) {
        super(file + ": " + detail);
        this.problem = problem;
        this.file = file;
    }

    public BadAudio(Problem problem, Path file, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.problem = problem;
        this.file = file.toString();
    }

    public Problem problem() {
        return problem;
    }

    /** The file as it was named. */
    public String file() {
        return file;
    }
}
