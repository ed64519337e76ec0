package prepdeck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line that opens a note at a line: from {@code PREPDECK_EDITOR} (a command template with {@code {file}}
 * and {@code {line}}), else {@code $VISUAL}, else {@code $EDITOR}, with the way of naming a line that editor
 * understands ({@code +LINE FILE} for vi, nano, emacs…; {@code --goto FILE:LINE} for VS Code; the file alone for one we
 * do not know). Words are split at spaces; single or double quotes keep a word with spaces whole.
 */
record EditorCommand(String source, List<String> argv) {
    EditorCommand {
        argv = List.copyOf(argv);
    }

    private static final Set<String> PLUS_LINE = Set.of("vi", "vim", "nvim", "gvim", "mvim", "view", "nano", "pico", "emacs",
            "emacsclient", "micro", "kak", "joe", "jed", "ne", "mg", "gedit", "vis", "amp", "ee");
    private static final Set<String> GOTO = Set.of("code", "code-insiders", "codium", "vscodium", "cursor", "windsurf");
    private static final Set<String> FILE_COLON_LINE = Set.of("subl", "sublime_text", "zed", "hx", "helix", "lapce");
    private static final Set<String> DASH_DASH_LINE = Set.of("idea", "idea.sh", "pycharm", "pycharm.sh", "charm", "webstorm",
            "clion", "goland", "rider", "phpstorm", "rubymine", "studio");
    private static final Set<String> DASH_L = Set.of("kate", "kwrite");

    /** The command for {@code file} at {@code line}, or empty when no editor is set. */
    static Optional<EditorCommand> of(Map<String, String> env, Path file, int line) {
        String f = file.toAbsolutePath().toString();
        String l = Integer.toString(Math.max(1, line));
        String template = env.getOrDefault("PREPDECK_EDITOR", "").strip();
        if (!template.isEmpty()) {
            var argv = new ArrayList<String>();
            boolean named = false;
            for (String word : words(template)) {
                named |= word.contains("{file}");
                argv.add(word.replace("{file}", f).replace("{line}", l));
            }
            if (!named) argv.add(f);
            return Optional.of(new EditorCommand("PREPDECK_EDITOR", argv));
        }
        for (String variable : List.of("VISUAL", "EDITOR")) {
            String editor = env.getOrDefault(variable, "").strip();
            if (editor.isEmpty()) continue;
            var argv = new ArrayList<>(words(editor));
            String name = Path.of(argv.getFirst()).getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.exe$", "");
            if (PLUS_LINE.contains(name)) argv.addAll(List.of("+" + l, f));
            else if (GOTO.contains(name)) argv.addAll(List.of("--goto", f + ":" + l));
            else if (FILE_COLON_LINE.contains(name)) argv.add(f + ":" + l);
            else if (DASH_DASH_LINE.contains(name)) argv.addAll(List.of("--line", l, f));
            else if (DASH_L.contains(name)) argv.addAll(List.of("-l", l, f));
            else argv.add(f);
            return Optional.of(new EditorCommand(variable, argv));
        }
        return Optional.empty();
    }

    /** Splits at whitespace; quotes group. */
    static List<String> words(String line) {
        var out = new ArrayList<String>();
        var word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) out.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) out.add(word.toString());
        return out;
    }
}
