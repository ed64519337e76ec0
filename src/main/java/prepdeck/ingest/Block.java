package prepdeck.ingest;

import java.util.List;
import java.util.Optional;

/** A stretch of a section's body: prose lines, or code (fenced, indented or a notebook cell). */
sealed interface Block {
    int firstLine();

    /** Consecutive lines of text, blank lines included; {@code lines.get(i)} is at {@code firstLine + i}. */
    record Prose(int firstLine, List<String> lines) implements Block {}

    /**
     * @param language the fence's tag, "python" for notebook cells, "" when unknown
     * @param output   what the notes record it printed (notebook cells, output blocks)
     * @param fenced   whether it stood in a fence or a cell (indented blocks are diagrams as often as code)
     */
    record Code(int firstLine, String language, String code, Optional<String> output, boolean fenced) implements Block {}
}
