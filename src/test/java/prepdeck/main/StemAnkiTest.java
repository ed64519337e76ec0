package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.CardQuery;
import prepdeck.app.CardView;

/** A card's stem goes out on the front of its Anki note (sanitized HTML, under the prompt) and comes back as a stem. */
class StemAnkiTest {
    @TempDir Path temp;

    static final String QUIZ = """
            # Quiz

            ###### 1. What is the output?

            ```javascript
            console.log(typeof null < 1);
            ```

            - A: `true`
            - B: <img src=x onerror="alert(1)">`false`

            <details><summary><b>Answer</b></summary>
            <p>

            #### Answer: A

            `typeof null` is "object", and "object" < 1 is false... no: it compares NaN, so false.

            </p>
            </details>
            """;

    @Test
    void theStemIsOnTheFrontOfTheNoteAndComesBackFromAnImport() throws Exception {
        var notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("quiz.md"), QUIZ);
        var first = new InProcess(temp.resolve("first"));
        assertThat(first.prepdeck("import", notes.toString()).exit()).isZero();
        var original = Main.openSingleUser(temp.resolve("first")).knowledge().cards(CardQuery.ALL).getFirst();
        assertThat(original.stem()).contains("console.log(typeof null < 1);");

        var out = temp.resolve("quiz.apkg");
        var exported = first.prepdeck("export", "apkg", out.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        String front = fronts(out).getFirst();
        assertThat(front).startsWith("<p>What is the output?</p>").contains("<div class=\"prepdeck-stem\">")
                .contains("language-javascript").contains("console.log(typeof null &lt; 1);")
                .doesNotContain("<img").doesNotContain("Answer: A"); // the image is text, escaped

        var second = new InProcess(temp.resolve("second"));
        var imported = second.prepdeck("import", out.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        CardView back = Main.openSingleUser(temp.resolve("second")).knowledge()
                .cards(new CardQuery(Optional.of("quiz.apkg"), Optional.empty(), false)).getFirst();
        assertThat(back.prompt()).isEqualTo("What is the output?");
        assertThat(back.stem()).startsWith("```javascript\nconsole.log(typeof null < 1);\n```").contains("- A: `true`");
        assertThat(back.answer()).startsWith("Answer: A").doesNotContain("console.log");
        var json = second.prepdeck("cards", "--json");
        assertThat(json.out()).contains("\"stem\":\"```javascript\\nconsole.log(typeof null < 1);");
    }

    /** The first field of every note in the package's collection. */
    static java.util.List<String> fronts(Path apkg) throws Exception {
        Path collection = apkg.resolveSibling("collection-" + apkg.getFileName() + ".anki2");
        try (var zip = new ZipFile(apkg.toFile())) {
            Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), collection);
        }
        var out = new ArrayList<String>();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + collection); var rs = db.createStatement().executeQuery("SELECT flds FROM notes")) {
            while (rs.next()) out.add(rs.getString(1).split("\u001f", -1)[0]);
        }
        return out;
    }
}
