package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.testing.SpokenAudio;

/**
 * {@code prepdeck interview --speak}: on a machine with a sound card the question is read aloud and the answer
 * recorded; on one without (a CI machine, this one) it says why in a line and the session goes on typed.
 */
class SpeakInterviewTest {
    @TempDir Path data;

    @Test
    void readsAloudAndRecordsWhereTheMachineAllowsElseSaysWhyAndGoesOnTyped() {
        SpokenAudio.requireTools();
        var cli = new InProcess(data);
        assertThat(cli.prepdeck("import", SeedImportTest.SEEDS.toString()).exit()).isZero();
        // Enter: stops a recording, or reveals a typed answer; then no key point ticked (or a grade prompt shown again); then Good
        var run = cli.withInput("\n\n3\n", "interview", "--questions", "1", "--seed", "3", "--speak");
        assertThat(run.exit()).as(run.err()).isZero();
        String out = run.out();
        System.err.println(out.lines().filter(l -> l.startsWith("(") || l.startsWith("── delivery") || l.startsWith("Questions") || l.startsWith("Answer"))
                .toList());
        assertThat(out).contains("Questions are read aloud by espeak-ng.");
        if (out.contains("cannot record from the default input")) {
            assertThat(out).containsPattern("\\(cannot record from the default input: .+; answers are typed from now on\\)")
                    .doesNotContain("ALSA lib");
        } else {
            assertThat(out).contains("── delivery: ").contains("kept in ");
            assertThat(data.resolve("recordings").resolve("interview-1").resolve("q1.wav")).isRegularFile();
        }
        assertThat(out).contains("Good: recorded");
        assertThat(cli.prepdeck("stats", "--json").json().get("reviews").asLong()).isEqualTo(1);
    }
}
