package prepdeck.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The terminal's warning over a reference answer whose snippets' last check printed something else than the notes say. */
final class SnippetWarning {
    private SnippetWarning() {}

    /** @param lines the note lines of the differing snippets; none: no warning */
    static Optional<String> of(List<Integer> lines) {
        if (lines.isEmpty()) return Optional.empty();
        return Optional.of("!! the last snippet check found that the expected output in your notes is not what "
                + (lines.size() == 1 ? "this snippet prints" : "these snippets print") + " (line "
                + lines.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "): do not trust it as the reference");
    }
}
