package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.testing.SpokenAudio;
import prepdeck.testing.SpokenAudio.Silence;
import prepdeck.testing.SpokenAudio.Speech;

/** {@code prepdeck delivery --audio FILE.wav [--json]}: the figures in the documented shape, and a clear error for what is not WAV. */
class DeliveryCommandTest {
    @TempDir Path dir;

    @Test
    void printsTheFiguresInTheDocumentedShape() throws Exception {
        SpokenAudio.requireTools();
        var made = SpokenAudio.make(dir.resolve("answer.wav"), List.of(new Silence(0.9), new Speech("uk", "Список можна змінювати"),
                new Silence(1.4), new Speech("uk", "а кортеж ні"), new Silence(0.5)));
        var run = new InProcess(dir.resolve("data")).prepdeck("delivery", "--audio", made.file().toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        var json = run.json();
        assertThat(json.properties().stream().map(java.util.Map.Entry::getKey).toList())
                .containsExactly("duration_s", "speech_s", "first_word_s", "pauses", "speaking_ratio");
        assertThat(json.get("duration_s").asDouble()).isCloseTo(made.duration(), within(0.011));
        assertThat(json.get("first_word_s").asDouble()).isCloseTo(0.9, within(0.1));
        assertThat(json.get("pauses")).hasSize(1);
        assertThat(json.get("pauses").get(0).get("at_s").asDouble()).isCloseTo(made.pauses().getFirst()[0], within(0.1));
        assertThat(json.get("pauses").get(0).get("length_s").asDouble()).isCloseTo(1.4, within(0.1));
        assertThat(json.get("speaking_ratio").asDouble()).isBetween(0.3, 0.8);

        var text = new InProcess(dir.resolve("data")).prepdeck("delivery", "--audio", made.file().toString());
        assertThat(text.out()).contains("first word after").contains("pause of 1.");
    }

    @Test
    void aFileThatIsNotWavIsAnInputErrorNamingIt() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), "# not audio\n");
        var run = new InProcess(dir.resolve("data")).prepdeck("delivery", "--audio", notes.toString(), "--json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("notes.md").contains("not a WAV file");
        var silent = Files.write(dir.resolve("silent.wav"), prepdeck.speech.WavAudio.encode16(new double[8000], 8000));
        var none = new InProcess(dir.resolve("data")).prepdeck("delivery", "--audio", silent.toString(), "--json").json();
        assertThat(none.get("first_word_s").isNull()).isTrue();
        assertThat(none.get("speech_s").asDouble()).isZero();
        assertThat(none.get("duration_s").asDouble()).isEqualTo(1.0);
    }
}
