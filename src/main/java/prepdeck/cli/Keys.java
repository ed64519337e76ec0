package prepdeck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Single key presses from the console. In raw mode every key arrives alone; on a line-buffered input
 * (a pipe, or a terminal that could not be switched) the user types a key and Enter, so there an Enter
 * that ends a line which already held a key is not a key of its own.
 */
final class Keys {
    static final int ENTER = '\n';
    static final int END = -1;

    private final Reader reader;
    private final boolean raw;
    private boolean lineHasKey;
    private boolean afterCr;

    Keys(InputStream in, boolean raw) {
        this(new InputStreamReader(in, StandardCharsets.UTF_8), raw);
    }

    /** Over a reader that lines are read from too (between keys), so neither reads ahead of the other. */
    Keys(Reader reader, boolean raw) {
        this.reader = reader;
        this.raw = raw;
    }

    /**
     * On a line-buffered input, drops the rest of the line the last key was typed on (its Enter included), so the
     * next line read is the next line typed; in raw mode there is nothing to drop.
     */
    void endLine() throws IOException {
        if (raw || !lineHasKey) return;
        lineHasKey = false;
        while (true) {
            int c = reader.read();
            if (c < 0 || c == '\n') return;
            if (c == '\r') {
                afterCr = true;
                return;
            }
        }
    }

    /** The next key, {@link #ENTER} for Enter, or {@link #END} when the input is over. */
    int next() throws IOException {
        while (true) {
            int c = reader.read();
            if (c < 0) return END;
            boolean crlf = afterCr && c == '\n';
            afterCr = c == '\r';
            if (crlf) continue;
            if (c == '\r' || c == '\n') {
                boolean alone = raw || !lineHasKey;
                lineHasKey = false;
                if (alone) return ENTER;
                continue;
            }
            lineHasKey = true;
            return c;
        }
    }
}
