package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.CardView;
import prepdeck.app.ImportProgress;

/**
 * From a card to its note: {@code prepdeck edit CARD} starts the user's editor at the card's line (checked with fake
 * editors that record their arguments), says what to set when none is, and the card and gap pages link to the note
 * through the user's URL template, escaped.
 */
class EditorTest {
    static final String NOTE = """
            # Python

            ## Generators

            ### What does yield do?

            It pauses the function and hands a value to the caller.

            ### How does send() reach a generator?
            """;

    @TempDir Path data;
    @TempDir Path tmp;
    Path note;
    Path recorded;
    CardView card;

    @BeforeEach
    void importNote() throws Exception {
        // a folder and a file name that need escaping in a URL and in HTML
        note = Files.createDirectories(tmp.resolve("a&b notes")).resolve("q's gen.md");
        Files.writeString(note, NOTE);
        var useCases = Main.openSingleUser(data);
        useCases.importNotes().run(List.of(note.getParent()), ImportProgress.NONE);
        card = useCases.knowledge().cards(prepdeck.app.CardQuery.ALL).stream().filter(c -> c.prompt().equals("What does yield do?")).findFirst().orElseThrow();
        recorded = tmp.resolve("args.txt");
    }

    /** A fake editor called {@code name}: it writes its arguments, one a line, to {@link #recorded}, and exits with {@code exit}. */
    Path editor(String name, int exit) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + recorded + "'\nexit " + exit + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    List<String> args() throws Exception {
        return Files.readAllLines(recorded);
    }

    InProcess.Run edit(Map<String, String> env, String... more) {
        var args = new java.util.ArrayList<>(List.of("edit", Long.toString(card.id())));
        args.addAll(List.of(more));
        return new InProcess(data).withEnv(env, args.toArray(String[]::new));
    }

    @Test
    void editOpensTheNoteAtTheCardsLineInTheWayEachEditorTakesALine() throws Exception {
        String file = note.toAbsolutePath().toString();
        String line = Integer.toString(card.line());
        assertThat(card.line()).isEqualTo(5);

        var vim = edit(Map.of("EDITOR", editor("vim", 0).toString()));
        assertThat(vim.exit()).as(vim.err()).isZero();
        assertThat(args()).containsExactly("+" + line, file);

        // VISUAL wins over EDITOR, and may carry arguments of its own
        var code = edit(Map.of("VISUAL", "'" + editor("code", 0) + "' --wait", "EDITOR", "vi"));
        assertThat(code.exit()).as(code.err()).isZero();
        assertThat(args()).containsExactly("--wait", "--goto", file + ":" + line);

        // an editor we do not know gets the file alone
        assertThat(edit(Map.of("EDITOR", editor("myedit", 0).toString())).exit()).isZero();
        assertThat(args()).containsExactly(file);

        // PREPDECK_EDITOR is a template and wins over both
        var template = edit(Map.of("PREPDECK_EDITOR", "\"" + editor("anything", 0) + "\" --line={line} {file}", "EDITOR", "vi"));
        assertThat(template.exit()).as(template.err()).isZero();
        assertThat(args()).containsExactly("--line=" + line, file);
    }

    @Test
    void editSaysWhatToSetWhenNoEditorIsAndWhatWentWrongWhenTheEditorFails() throws Exception {
        var none = edit(Map.of());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("no editor is set: set PREPDECK_EDITOR", "VISUAL or EDITOR",
                "card " + card.id() + " is at " + note.toAbsolutePath() + ":" + card.line());

        var failing = edit(Map.of("EDITOR", editor("nano", 3).toString()));
        assertThat(failing.exit()).isEqualTo(1);
        assertThat(failing.err()).contains("stopped with exit status 3");

        var missing = edit(Map.of("EDITOR", tmp.resolve("no-such-editor").toString()));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("cannot start the editor", "no-such-editor", "(from EDITOR)");

        var unknown = new InProcess(data).withEnv(Map.of("EDITOR", "vi"), "edit", "999999");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no card 999999");

        var printed = edit(Map.of(), "--print");
        assertThat(printed.exit()).as(printed.err()).isZero();
        assertThat(printed.out().strip()).isEqualTo(note.toAbsolutePath() + ":" + card.line());
    }

    @Test
    void cardAndGapPagesLinkToTheNoteThroughTheConfiguredTemplateEscaped() throws Exception {
        var useCases = Main.openSingleUser(data);
        var gap = useCases.knowledge().gaps().getFirst();
        var http = java.net.http.HttpClient.newHttpClient();
        var env = Map.of("PREPDECK_EDITOR_URL", "idea://open?file={file}&line={line}");
        var served = Main.serveWeb(useCases, data, "127.0.0.1", 0, env, m -> { });
        try {
            String page = get(http, served, "/cards/" + card.id());
            String encoded = note.getParent().toAbsolutePath() + "/q%27s%20gen.md";
            encoded = encoded.replace("a&b notes", "a%26b%20notes");
            assertThat(page).contains("<a class=\"open-in-editor\" id=\"open-in-editor\" href=\"idea://open?file=" + encoded
                    + "&amp;line=" + card.line() + "\">Open in editor</a>");
            assertThat(get(http, served, "/cards/" + gap.id())).contains("href=\"idea://open?file=" + encoded + "&amp;line=" + gap.line() + "\"")
                    .contains("open it in your editor");
        } finally {
            served.stop().close();
        }
        // not configured: no link
        var plain = Main.serveWeb(useCases, data, "127.0.0.1", 0);
        try {
            assertThat(get(http, plain, "/cards/" + card.id())).doesNotContain("Open in editor");
        } finally {
            plain.stop().close();
        }
        // a template that is not a link is refused with a sentence
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Main.serveWeb(useCases, data, "127.0.0.1", 0,
                Map.of("PREPDECK_EDITOR_URL", "javascript:alert({file})"), m -> { })))
                .hasMessageContaining("PREPDECK_EDITOR_URL must be a URL template with {file}");
    }

    static String get(java.net.http.HttpClient http, prepdeck.cli.WebServing.Served served, String path) throws Exception {
        var r = http.send(java.net.http.HttpRequest.newBuilder(served.url().resolve(path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}
