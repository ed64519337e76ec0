package prepdeck.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import prepdeck.app.InvalidInputException;

/**
 * "Open in editor" on card and gap pages: a URL template the user configured ({@code PREPDECK_EDITOR_URL}), such as
 * {@code vscode://file{file}:{line}}, {@code idea://open?file={file}&line={line}} or
 * {@code obsidian://open?path={file}}; {@code {file}} becomes the note's absolute path (percent-encoded, slashes
 * kept) and {@code {line}} the card's line.
 */
public record EditorLink(String template) {
    private static final Pattern SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);

    /**
     * @throws InvalidInputException for a template without {@code {file}}, without a scheme, or with one that would
     *                               run script in the page
     */
    public EditorLink {
        String scheme = template.contains(":") ? template.substring(0, template.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!template.contains("{file}") || !SCHEME.matcher(template).matches() || scheme.equals("javascript")
                || scheme.equals("data") || scheme.equals("vbscript")) {
            throw new InvalidInputException("PREPDECK_EDITOR_URL must be a URL template with {file} (and {line}), such as "
                    + "vscode://file{file}:{line}; got '" + template + "'");
        }
    }

    /** The link to {@code file} at {@code line}. */
    public String href(Path file, int line) {
        return template.replace("{file}", encode(file.toAbsolutePath().toString())).replace("{line}", Integer.toString(Math.max(1, line)));
    }

    /** From the environment: the link when {@code PREPDECK_EDITOR_URL} is set and not blank. */
    public static Optional<EditorLink> fromEnvironment(java.util.Map<String, String> env) {
        String t = env.getOrDefault("PREPDECK_EDITOR_URL", "").strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(new EditorLink(t));
    }

    /** Percent-encodes all but unreserved characters, '/' and ':' (a Windows drive), as a path in a URL may be. */
    static String encode(String path) {
        var out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/:".indexOf(c) >= 0) out.append((char) c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return out.toString();
    }
}
