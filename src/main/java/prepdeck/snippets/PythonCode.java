package prepdeck.snippets;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import prepdeck.knowledge.Snippet;

/** Which snippets are Python worth running. */
final class PythonCode {
    private static final Set<String> TAGS = Set.of("python", "py", "python3", "py3", "ipython", "ipython3", "pycon");
    private static final Pattern PYTHON_LINE = Pattern.compile(
            "^\\s*(def \\w+\\s*\\(|class \\w+|import \\w|from [\\w.]+ import |print\\(|for .+ in .+:|while .+:|if .+:|with .+:|return\\b|@\\w|\\w+(\\.\\w+)*\\s*=\\s*\\S)");

    private PythonCode() {
    }

    static boolean isPython(Snippet s) {
        String tag = s.language().strip().toLowerCase(Locale.ROOT);
        if (TAGS.contains(tag)) return true;
        return tag.isEmpty() && looksLikePython(s.code());
    }

    static boolean looksLikePython(String code) {
        return code.lines().anyMatch(l -> PYTHON_LINE.matcher(l).find());
    }
}
