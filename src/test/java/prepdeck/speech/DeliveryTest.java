package prepdeck.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import prepdeck.testing.SpokenAudio;
import prepdeck.testing.SpokenAudio.Silence;
import prepdeck.testing.SpokenAudio.Speech;

/** The delivery figures of recordings made with espeak-ng and sox, whose first word and pauses are known to the sample. */
class DeliveryTest {
    @TempDir Path dir;

    static final double TOLERANCE = 0.1;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ru|Сборщик мусора освобождает память|которую больше никто не использует|в поколениях объектов",
            "uk|Збирач сміття звільняє пам'ять|яку більше ніхто не використовує|у поколіннях об'єктів",
            "en|The garbage collector frees memory|that nothing refers to any more|in generations of objects"})
    void findsTheFirstWordAndEveryLongPauseInEachLanguage(String language, String one, String two, String three) throws Exception {
        SpokenAudio.requireTools();
        var made = SpokenAudio.make(dir.resolve(language + ".wav"), List.of(new Silence(1.3), new Speech(language, one), new Silence(1.6),
                new Speech(language, two), new Silence(0.4), new Speech(language, three), new Silence(2.45), new Speech(language, one), new Silence(0.8)));
        Delivery d = Delivery.of(WavAudio.read(made.file()));
        System.err.printf("%s: made first word %.2f, pauses %s; found %s%n", language, made.firstWord(),
                made.pauses().stream().map(p -> String.format("%.2f+%.2f", p[0], p[1])).toList(), d);
        assertThat(d.duration()).isCloseTo(made.duration(), within(0.011));
        assertThat(d.firstWord()).hasValueSatisfying(f -> assertThat(f).isCloseTo(made.firstWord(), within(TOLERANCE)));
        var expected = made.pauses().stream().filter(p -> p[1] > 1.0).toList();
        assertThat(d.pauses()).as("pauses over 1 s").hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(d.pauses().get(i).at()).as("pause %d starts", i).isCloseTo(expected.get(i)[0], within(TOLERANCE));
            assertThat(d.pauses().get(i).length()).as("pause %d lasts", i).isCloseTo(expected.get(i)[1], within(TOLERANCE));
        }
        double silent = 1.3 + 1.6 + 0.4 + 2.45 + 0.8;
        assertThat(d.speech()).as("speech").isCloseTo(made.duration() - silent, within(0.6));
        assertThat(d.speakingRatio()).isCloseTo(d.speech() / d.duration(), within(0.002));
    }

    @Test
    void speechUnderSteadyNoiseStillShowsItsPauses() throws Exception {
        SpokenAudio.requireTools();
        var made = SpokenAudio.make(dir.resolve("clean.wav"), List.of(new Silence(0.7), new Speech("en", "a hash map keeps its keys in buckets"),
                new Silence(1.5), new Speech("en", "and finds a bucket by the hash")));
        Path noisy = dir.resolve("noisy.wav");
        // white noise about 30 dB under the speech, mixed in
        Path noise = dir.resolve("noise.wav");
        SpokenAudio.run("sox", "-n", "-r", String.valueOf(SpokenAudio.RATE), "-c", "1", "-b", "16", noise.toString(), "synth",
                String.valueOf(made.duration()), "whitenoise", "vol", "0.02");
        SpokenAudio.run("sox", "-m", made.file().toString(), noise.toString(), noisy.toString());
        Delivery d = Delivery.of(WavAudio.read(noisy));
        assertThat(d.firstWord()).hasValueSatisfying(f -> assertThat(f).isCloseTo(0.7, within(TOLERANCE)));
        assertThat(d.pauses()).hasSize(1);
        System.err.println("under noise: " + d + " made " + java.util.Arrays.toString(made.pauses().getFirst()));
        assertThat(d.pauses().getFirst().at()).isCloseTo(made.pauses().getFirst()[0], within(TOLERANCE));
        assertThat(d.pauses().getFirst().length()).isCloseTo(made.pauses().getFirst()[1], within(TOLERANCE));
    }

    @Test
    void noiseAloneAndSilenceHoldNoSpeech() throws Exception {
        SpokenAudio.requireTools();
        Path noise = dir.resolve("noise.wav"), silence = dir.resolve("silence.wav");
        SpokenAudio.run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", noise.toString(), "synth", "3", "whitenoise", "vol", "0.3");
        SpokenAudio.run("sox", "-n", "-r", "8000", "-c", "1", "-b", "8", silence.toString(), "trim", "0", "2.5");
        for (Path file : List.of(noise, silence)) {
            Delivery d = Delivery.of(WavAudio.read(file));
            assertThat(d.speech()).as(file.toString()).isZero();
            assertThat(d.firstWord()).as(file.toString()).isEmpty();
            assertThat(d.pauses()).as(file.toString()).isEmpty();
            assertThat(d.speakingRatio()).as(file.toString()).isZero();
        }
        assertThat(Delivery.of(WavAudio.read(noise)).duration()).isEqualTo(3.0);
        assertThat(Delivery.of(WavAudio.read(silence)).duration()).isEqualTo(2.5);
    }

    @Test
    void readsEightBitStereoAndOtherRatesAlike() throws Exception {
        SpokenAudio.requireTools();
        var made = SpokenAudio.make(dir.resolve("base.wav"), List.of(new Silence(0.5), new Speech("ru", "декоратор оборачивает функцию"),
                new Silence(1.2), new Speech("ru", "и возвращает новую")));
        Path stereo8 = dir.resolve("stereo8.wav"), mono44 = dir.resolve("mono44.wav");
        SpokenAudio.run("sox", made.file().toString(), "-r", "8000", "-c", "2", "-b", "8", stereo8.toString());
        SpokenAudio.run("sox", made.file().toString(), "-r", "44100", "-c", "1", "-b", "16", mono44.toString());
        for (Path file : List.of(stereo8, mono44)) {
            var audio = WavAudio.read(file);
            Delivery d = Delivery.of(audio);
            assertThat(d.firstWord()).as(file.toString()).hasValueSatisfying(f -> assertThat(f).isCloseTo(0.5, within(TOLERANCE)));
            assertThat(d.pauses()).as(file.toString()).hasSize(1);
            assertThat(d.pauses().getFirst().length()).isCloseTo(made.pauses().getFirst()[1], within(TOLERANCE));
        }
        assertThat(WavAudio.read(stereo8).channels()).isEqualTo(2);
        assertThat(WavAudio.read(stereo8).bits()).isEqualTo(8);
    }

    @Test
    void aFileThatIsNotWavOrIsCutShortIsRefusedByName() throws Exception {
        Path text = Files.writeString(dir.resolve("answer.wav"), "this is not audio at all");
        assertThatThrownBy(() -> WavAudio.read(text)).isInstanceOf(BadAudio.class)
                .hasMessageContaining("answer.wav").hasMessageContaining("not a WAV file")
                .extracting(e -> ((BadAudio) e).problem()).isEqualTo(BadAudio.Problem.NOT_WAV);
        byte[] good = WavAudio.encode16(new double[16000], 16000);
        Path cut = Files.write(dir.resolve("cut.wav"), java.util.Arrays.copyOf(good, 1000));
        assertThatThrownBy(() -> WavAudio.read(cut)).isInstanceOf(BadAudio.class).hasMessageContaining("cut.wav").hasMessageContaining("cut short")
                .extracting(e -> ((BadAudio) e).problem()).isEqualTo(BadAudio.Problem.CORRUPT);
        Path header = Files.write(dir.resolve("header.wav"), java.util.Arrays.copyOf(good, 30));
        assertThatThrownBy(() -> WavAudio.read(header)).isInstanceOf(BadAudio.class).hasMessageContaining("header.wav")
                .extracting(e -> ((BadAudio) e).problem()).isEqualTo(BadAudio.Problem.CORRUPT);
        byte[] adpcm = good.clone();
        adpcm[20] = 2; // WAVE_FORMAT_ADPCM
        Path compressed = Files.write(dir.resolve("adpcm.wav"), adpcm);
        assertThatThrownBy(() -> WavAudio.read(compressed)).hasMessageContaining("adpcm.wav").hasMessageContaining("format 2")
                .extracting(e -> ((BadAudio) e).problem()).isEqualTo(BadAudio.Problem.UNSUPPORTED);
        Path empty = Files.write(dir.resolve("empty.wav"), new byte[0]);
        assertThatThrownBy(() -> WavAudio.read(empty)).hasMessageContaining("empty.wav").hasMessageContaining("empty file");
        assertThatThrownBy(() -> WavAudio.read(dir.resolve("missing.wav"))).hasMessageContaining("missing.wav").hasMessageContaining("no such file");
    }

    @Test
    void theDetectorBridgesShortGapsAndDropsClicks() {
        // 10 ms frames: silence, a 20 ms click, silence, speech with a 200 ms gap, a 1.5 s pause, speech
        double[] e = new double[500];
        java.util.Arrays.fill(e, -90);
        e[20] = e[21] = -10;
        for (int i = 100; i < 150; i++) e[i] = -20;
        for (int i = 170; i < 220; i++) e[i] = -20;
        for (int i = 370; i < 450; i++) e[i] = -20;
        var segments = VoiceActivity.segments(e, 0.01, 5.0);
        assertThat(segments).hasSize(2);
        assertThat(segments.get(0).start()).isCloseTo(1.0, within(1e-9));
        assertThat(segments.get(0).end()).isCloseTo(2.2, within(1e-9));
        Delivery d = Delivery.of(segments, 5.0);
        assertThat(d.pauses()).containsExactly(new Delivery.Pause(2.2, 1.5));
        assertThat(d.speech()).isEqualTo(2.0);
        assertThat(d.speakingRatio()).isEqualTo(0.4);
    }

    @Test
    void theNoiseFloorFollowsAHumThatGrowsButNotTheSpeech() {
        var random = new SplittableRandom(7);
        double[] e = new double[1000];
        for (int i = 0; i < e.length; i++) e[i] = -70 + i * 0.03 + random.nextDouble(-1, 1); // hum from -70 to -40 dBFS
        for (int i = 600; i < 700; i++) e[i] = -15;
        var segments = VoiceActivity.segments(e, 0.01, 10.0);
        assertThat(segments).containsExactly(new VoiceActivity.Segment(6.0, 7.0));
    }
}
