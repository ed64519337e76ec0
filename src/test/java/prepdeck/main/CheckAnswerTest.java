package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prepdeck check-answer} on the command line, in the contract's shape. */
class CheckAnswerTest {
    @TempDir Path dir;

    private static final String WHY_SLOW = """
            - Интерпретируемый язык
            - Глобальная блокировка интерпретатора (GIL)
            - Динамическая типизация
            - Высокоуровневые абстракции
            """;

    @Test
    void printsTheScoreAndEachPointAsTheContractSays() throws IOException {
        var ref = write("ref.md", WHY_SLOW);
        var answer = write("answer.txt", "Питон медленный: он интерпретируемый, и ещё GIL мешает потокам.");
        var run = new InProcess(dir.resolve("data")).prepdeck("check-answer", "--reference", ref, "--answer", answer, "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        var json = run.json();
        assertThat(json.get("score").asDouble()).isEqualTo(0.5);
        assertThat(json.get("language").asText()).isEqualTo("ru");
        assertThat(json.get("points")).hasSize(4);
        assertThat(json.get("points").get(1).get("text").asText()).isEqualTo("Глобальная блокировка интерпретатора (GIL)");
        assertThat(json.get("points").get(1).get("covered").asBoolean()).isTrue();
        assertThat(json.get("points").get(1).get("status").asText()).isEqualTo("covered");
        assertThat(json.get("points").get(1).get("matched").get(0).asText()).isEqualTo("GIL");
        assertThat(json.get("points").get(2).get("covered").asBoolean()).isFalse();
        assertThat(json.get("points").get(2).get("status").asText()).isEqualTo("missed");
        // a covered point gives a share of its weight (1 for a short point), a missed one none
        assertThat(json.get("points").get(1).get("credit").asDouble()).isBetween(0.01, 1.0);
        assertThat(json.get("points").get(2).get("credit").asDouble()).isZero();
    }

    @Test
    void aContradictedPointAndAReferenceWithNothingToCheck() throws IOException {
        var ref = write("ref.md", WHY_SLOW);
        var answer = write("answer.txt", "Python компилируемый язык со статической типизацией.");
        var json = new InProcess(dir.resolve("data")).prepdeck("check-answer", "--reference", ref, "--answer", answer, "--json").json();
        assertThat(json.get("points").get(0).get("status").asText()).isEqualTo("contradicted");
        assertThat(json.get("points").get(0).get("covered").asBoolean()).isFalse();
        assertThat(json.get("score").asDouble()).isZero();

        var heading = write("heading.md", "## Словари\n");
        var some = write("some.txt", "I am not sure, something about python");
        var none = new InProcess(dir.resolve("data")).prepdeck("check-answer", "--reference", heading, "--answer", some, "--json").json();
        assertThat(none.get("score").isNull()).isTrue();
        assertThat(none.get("message").asText()).isEqualTo("nothing to check against — grade yourself");
        assertThat(none.get("points")).isEmpty();
    }

    @Test
    void thePromptsWordsAreNoEvidence() throws IOException {
        var ref = write("ref.md", "- процесс имеет свою память, потоки процесса делят одну\n");
        var answer = write("answer.txt", "Процесс тяжелее потока.");
        var without = new InProcess(dir.resolve("data")).prepdeck("check-answer", "--reference", ref, "--answer", answer, "--json");
        var with = new InProcess(dir.resolve("data")).prepdeck("check-answer", "--reference", ref, "--answer", answer,
                "--prompt", "Чем отличается процесс от потока?", "--json");
        assertThat(without.exit()).as(without.err()).isZero();
        assertThat(with.exit()).as(with.err()).isZero();
        assertThat(with.json().get("score").asDouble()).isZero();
        assertThat(with.json().get("points")).allMatch(p -> p.get("status").asText().equals("missed"));
        assertThat(with.json().get("points")).hasSameSizeAs(without.json().get("points")); // the same points, the same shape
    }

    @Test
    void withoutJsonListsTicksAndCrosses() throws IOException {
        var ref = write("ref.md", WHY_SLOW);
        var answer = write("answer.txt", "Because of the GIL and dynamic typing.");
        var run = new InProcess(dir.resolve("data")).prepdeck("check-answer", "--reference", ref, "--answer", answer, "--lang", "en");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("✓ Глобальная блокировка интерпретатора (GIL)", "✓ Динамическая типизация", "✗ Интерпретируемый язык",
                "score 0.50: 2 of 4 key points");
    }

    @Test
    void aMissingFileOrAnUnknownLanguageIsTheUsersFault() throws IOException {
        var ref = write("ref.md", WHY_SLOW);
        var missing = new InProcess(dir.resolve("data")).prepdeck("check-answer", "--reference", ref, "--answer", dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.txt").contains("no such file");

        var badLanguage = new InProcess(dir.resolve("data")).prepdeck("check-answer", "--reference", ref, "--answer", ref, "--lang", "de");
        assertThat(badLanguage.exit()).isEqualTo(1);
        assertThat(badLanguage.err()).contains("'de'");
    }

    private String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }
}
