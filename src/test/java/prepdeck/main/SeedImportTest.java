package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Our first user's notes through the whole program, as the "done when" says:
 * {@code prepdeck --data D import ../shared/seeds && prepdeck --data D gaps --json}; then the same notes again,
 * then edited, with the review history's anchor (the card id) kept.
 */
class SeedImportTest {
    @org.junit.jupiter.api.io.TempDir Path temp;

    InProcess.Run prepdeck(String... args) {
        return new InProcess(temp.resolve("data")).prepdeck(args);
    }

    static final Path SEEDS = Path.of("..", "shared", "seeds");

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void importingTheSeedsListsTheirGaps() {
        var imported = prepdeck("import", SEEDS.toString(), "--json");
        assertThat(imported.exit()).as(imported.err()).isZero();
        var totals = imported.json().get("totals");
        assertThat(totals.get("sources").asInt()).isEqualTo(5);
        assertThat(totals.get("cards").asInt()).isGreaterThan(150);

        var gaps = prepdeck("gaps", "--json");
        assertThat(gaps.exit()).isZero();
        var titles = list(gaps.json()).stream().map(g -> g.get("source").asText() + ":" + g.get("line").asInt() + " " + g.get("title").asText()).toList();
        assertThat(titles).contains(
                "000_94e9e51ef25a3735.txt:63 Сборщики мусора: как связаны с GIL?",
                "000_94e9e51ef25a3735.txt:203 Расскажите про Fast API",
                "003_0e42585650cfbd26.txt:1 по какой причине нью может не первым?",
                "003_0e42585650cfbd26.txt:21 в чем разница между тапла и сета? Раскажи глубже про сет",
                "003_0e42585650cfbd26.txt:137 Расскажите про threading",
                "003_0e42585650cfbd26.txt:343 http vs https, и почему именно S - єто защищенный, как шифрует?");
        assertThat(list(gaps.json())).allSatisfy(g -> {
            assertThat(g.get("kind").asText()).isIn("question", "section");
            assertThat(g.get("related").isArray()).isTrue();
        });

        var cards = list(prepdeck("cards", "--json", "--source", "003_0e42585650cfbd26.txt").json());
        var generator = cards.stream().filter(c -> c.get("prompt").asText().equals("Расскажите про гененатор и итератор")).findFirst().orElseThrow();
        var followUps = list(generator.get("follow_ups")).stream().map(JsonNode::asLong).toList();
        assertThat(followUps).hasSize(2);
        assertThat(cards.stream().filter(c -> followUps.contains(c.get("id").asLong())))
                .allSatisfy(c -> assertThat(c.get("parent").asLong()).isEqualTo(generator.get("id").asLong()));
        assertThat(list(prepdeck("topics", "--json").json()).stream().map(t -> t.get("path").asText()))
                .contains("M1", "M2 / Шпаргалки по Docker / Мережа Docker", "Геренераторы");
    }

    @Test
    void importingTheSameNotesAgainChangesNothing() {
        assertThat(prepdeck("import", SEEDS.toString()).exit()).isZero();
        String before = prepdeck("cards", "--json").out();
        var again = prepdeck("import", SEEDS.toString(), "--json").json().get("totals");
        assertThat(again.get("unchanged_sources").asInt()).isEqualTo(5);
        assertThat(again.get("retired").asInt()).isZero();
        assertThat(prepdeck("cards", "--json").out()).isEqualTo(before);
    }

    @Test
    void editingANoteKeepsTheIdsOfCardsStillRecognisableAndRetiresTheRest() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("seeds-copy"));
        Path questions = copy.resolve("003.txt");
        Files.copy(SEEDS.resolve("003_0e42585650cfbd26.txt"), questions);
        assertThat(prepdeck("import", copy.toString()).exit()).isZero();
        var before = list(prepdeck("cards", "--json").json());
        long slow = idOf(before, "почему пайтон медленный?");
        long duck = idOf(before, "Расскажите про утиную типизацию");
        long mutable = idOf(before, "почему нельзя прокидывамуть мутабильные обьекты в функцию?");

        String text = Files.readString(questions, StandardCharsets.UTF_8)
                .replace("13. почему пайтон медленный", "13. почему пайтон медленный?")           // a small edit of a prompt
                .replace("- Интерпретируемый язык", "- Интерпретируемый язык (байткод в CPython)") // an edited answer
                // question and answer both gone (a question reworded over the same answer keeps its card)
                .replace("15. почему нельзя прокидывамуть мутабильные обьекты в функцию?\n"
                        + "- потому что тогда аргумент будет хранить указатель на обьект и при последующих вызовов функции в других местах аргумент НЕ БУДЕТ ЗАНОВО ИНЦИАЛИЗИРОВАН\n"
                        + "- можно через Ноне прокнуть какой динамический аргумент + тайпхинтинг\n", "15. удалено\n");
        Files.writeString(questions, text, StandardCharsets.UTF_8);
        var report = prepdeck("import", copy.toString(), "--json");
        assertThat(report.exit()).isZero();
        assertThat(report.json().get("totals").get("retired").asInt()).isEqualTo(1);

        var after = list(prepdeck("cards", "--json").json());
        assertThat(idOf(after, "почему пайтон медленный?")).isEqualTo(slow);
        assertThat(after.stream().filter(c -> c.get("id").asLong() == slow).findFirst().orElseThrow().get("answer").asText())
                .contains("байткод в CPython");
        assertThat(idOf(after, "Расскажите про утиную типизацию")).isEqualTo(duck);
        assertThat(after.stream().map(c -> c.get("id").asLong())).doesNotContain(mutable);
        assertThat(prepdeck("stats", "--json").json().get("retired").asInt()).isEqualTo(1);
        var all = list(prepdeck("cards", "--json", "--all").json());
        assertThat(all).as("a retired card keeps its id (and so its history)")
                .anySatisfy(c -> {
                    assertThat(c.get("id").asLong()).isEqualTo(mutable);
                    assertThat(c.get("status").asText()).isEqualTo("retired");
                });
    }

    static long idOf(List<JsonNode> cards, String prompt) {
        return cards.stream().filter(c -> c.get("prompt").asText().equals(prompt)).findFirst()
                .orElseThrow(() -> new AssertionError("no card '" + prompt + "'")).get("id").asLong();
    }
}
