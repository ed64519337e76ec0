package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.Reference;

/**
 * Importer golden pairs: each seed and example note beside the cards it must give, one card a line
 * (line, kind, status, language, follow-up of, topic, prompt, the answer's first line; then its snippets
 * and references). The files under src/test/resources/golden were reviewed against the notes line by line;
 * a change to them is a change of behaviour to review the same way. {@code -Dprepdeck.golden.write=true}
 * rewrites them for that review.
 */
class GoldenCardsTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<Path> notes() throws IOException {
        var seeds = Files.list(SeedNotesTest.SEEDS).sorted().toList();
        var examples = Files.list(Path.of("examples", "notes")).sorted().toList();
        return Stream.concat(seeds.stream(), examples.stream());
    }

    @ParameterizedTest
    @MethodSource("notes")
    void importerGivesTheReviewedCards(Path note) throws IOException {
        var reader = new NoteReader();
        var file = reader.scan(List.of(note)).files().getFirst();
        var source = ((ParseResult.Parsed) reader.parse(file)).source();
        String actual = render(source);
        Path golden = GOLDEN.resolve(note.getFileName() + ".cards");
        if (Boolean.getBoolean("prepdeck.golden.write")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static String render(ParsedSource s) {
        var out = new StringBuilder();
        out.append("format ").append(s.format().code()).append(", language ").append(s.language().code()).append('\n');
        for (var t : s.topics()) out.append("topic ").append(t).append('\n');
        for (int i = 0; i < s.cards().size(); i++) {
            NoteCard c = s.cards().get(i);
            out.append('#').append(i).append(" L").append(c.line()).append(' ').append(c.kind().code()).append(' ').append(c.status().code())
                    .append(' ').append(c.language().code());
            c.parent().ifPresent(p -> out.append(" follow-up-of #").append(p));
            out.append(" [").append(c.topic()).append("] ").append(c.prompt().replace("\n", " ⏎ ")).append('\n');
            if (!c.answer().isEmpty()) {
                String first = c.answer().lines().findFirst().orElse("");
                out.append("    = ").append(first.length() > 100 ? first.substring(0, 100) + "…" : first)
                        .append(c.answer().lines().count() > 1 ? "  (+" + (c.answer().lines().count() - 1) + " lines)" : "").append('\n');
            }
            for (var sn : c.snippets()) {
                out.append("    snippet L").append(sn.line()).append(' ').append(sn.language().isEmpty() ? "?" : sn.language())
                        .append(", ").append(sn.code().lines().count()).append(" lines")
                        .append(sn.expectedOutput().map(o -> ", output: " + o.replace("\n", "⏎")).orElse("")).append('\n');
            }
            for (var r : c.references()) {
                out.append("    ").append(switch (r) {
                    case Reference.Link l -> "link L" + l.line() + " " + l.url();
                    case Reference.TimeCode t -> "timecode L" + t.line() + " " + t.video() + " at " + t.clock() + " — " + t.label();
                }).append('\n');
            }
        }
        for (var d : s.diagnostics()) out.append("diagnostic ").append(d).append('\n');
        return out.toString();
    }
}
