package prepdeck.cli;

import prepdeck.app.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden pairs: an input of ../shared/oracles/fsrs/schedule.mjs beside that script's output
 * (examples/sample.json is the oracle's own; replay-options.json was run with
 * {@code node schedule.mjs < replay-options.json}). Our lines must equal theirs without "rs".
 */
class FsrsReplayJsonTest {
    private final FsrsReplayJson replay = new FsrsReplayJson();

    @Test
    void printsTheOracleSampleOutputLineForLine() throws IOException {
        assertThat(run(resource("oracle-sample.json"))).containsExactlyElementsOf(expected("oracle-sample.expected.jsonl"));
    }

    @Test
    void honoursDayStartStepsOlderParametersMaximumIntervalAndNumericIdsLikeTheOracle() throws IOException {
        assertThat(run(resource("replay-options.json"))).containsExactlyElementsOf(expected("replay-options.expected.jsonl"));
    }

    @Test
    void acceptsABareArrayOfCards() {
        String input = "[{\"id\":\"c1\",\"reviews\":[{\"ts\":\"2026-01-05T09:00:00Z\",\"rating\":4}]}]";
        assertThat(run(input.getBytes(StandardCharsets.UTF_8))).singleElement().asString()
                .startsWith("{\"card\":\"c1\",\"i\":0,\"ts\":\"2026-01-05T09:00:00.000Z\",\"rating\":4,")
                .contains("\"scheduled_days\":8");
    }

    @Test
    void rejectsARatingOutsideOneToFourNamingTheCard() {
        assertThatThrownBy(() -> run(cards("{\"ts\":\"2026-01-05T09:00:00Z\",\"rating\":5}")))
                .isInstanceOf(InvalidInputException.class).hasMessage("card c1: rating must be 1..4, got 5");
    }

    @Test
    void rejectsATimestampWithoutAZoneNamingIt() {
        assertThatThrownBy(() -> run(cards("{\"ts\":\"2026-01-05T09:00\",\"rating\":3}")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("card c1: bad timestamp \"2026-01-05T09:00\"");
    }

    @Test
    void rejectsBadOptionsNamingTheValue() {
        String input = "{\"desiredRetention\": 1.5, \"cards\": []}";
        assertThatThrownBy(() -> run(input.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("got 1.5");
        assertThatThrownBy(() -> run("{\"learningSteps\": [\"90s\"], \"cards\": []}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("\"90s\"");
        assertThatThrownBy(() -> run("{\"cards\": 3}".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("\"cards\"");
        assertThatThrownBy(() -> run("{\"cards\": [".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("not valid JSON");
    }

    @Test
    void formatsNumbersAsJavaScriptDoes() {
        assertThat(JsNumbers.format(1.0)).isEqualTo("1");
        assertThat(JsNumbers.format(0.909493)).isEqualTo("0.909493");
        assertThat(JsNumbers.format(36500)).isEqualTo("36500");
        assertThat(JsNumbers.format(1e-7)).isEqualTo("1e-7");
        assertThat(JsNumbers.format(1.5e-8)).isEqualTo("1.5e-8");
        assertThat(JsNumbers.format(-2.5e21)).isEqualTo("-2.5e+21");
        assertThat(JsNumbers.format(0.000001)).isEqualTo("0.000001");
        assertThat(JsNumbers.format(-0.0)).isEqualTo("0");
        assertThat(JsNumbers.format(1e21)).isEqualTo("1e+21");
        assertThat(JsNumbers.format(123456789012345680000.0)).isEqualTo("123456789012345680000");
    }

    private List<String> run(byte[] input) {
        var bytes = new ByteArrayOutputStream();
        replay.replay(new ByteArrayInputStream(input), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        return out.lines().toList();
    }

    private static byte[] cards(String review) {
        return ("{\"cards\":[{\"id\":\"c1\",\"reviews\":[" + review + "]}]}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FsrsReplayJsonTest.class.getResourceAsStream("/fsrs/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource /fsrs/" + name);
            return in.readAllBytes();
        }
    }

    /** The oracle's lines without the trailing fsrs-rs cross-check, which we do not compute. */
    private static List<String> expected(String name) throws IOException {
        return Arrays.stream(new String(resource(name), StandardCharsets.UTF_8).split("\n"))
                .filter(l -> l.startsWith("{"))
                .map(l -> l.replaceFirst(",\"rs\":\\{[^}]*\\}\\}$", "}"))
                .toList();
    }
}
