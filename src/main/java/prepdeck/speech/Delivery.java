package prepdeck.speech;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an answer was delivered, read from its audio alone (no transcript): the recording's length, the speech in it,
 * when the first word came, the pauses longer than {@value #LONG_PAUSE_S} s between words, and the share of the
 * recording spent speaking. Seconds are rounded to hundredths (the detector's frames are 10 ms).
 *
 * @param firstWord empty when nothing was said
 */
public record Delivery(double duration, double speech, Optional<Double> firstWord, List<Pause> pauses, double speakingRatio) {
    public static final double LONG_PAUSE_S = 1.0;

    /** A silence between two stretches of speech: where it began and how long it lasted, in seconds. */
    public record Pause(double at, double length) {}

    public Delivery {
        Objects.requireNonNull(firstWord);
        pauses = List.copyOf(pauses);
    }

    /** The figures of one recording. */
    public static Delivery of(WavAudio audio) {
        return of(VoiceActivity.segments(audio), audio.seconds());
    }

    /** The figures from the stretches of speech a detector found in a recording of {@code duration} seconds. */
    public static Delivery of(List<VoiceActivity.Segment> speech, double duration) {
        double spoken = speech.stream().mapToDouble(VoiceActivity.Segment::length).sum();
        var pauses = new java.util.ArrayList<Pause>();
        for (int i = 1; i < speech.size(); i++) {
            double at = speech.get(i - 1).end(), length = speech.get(i).start() - at;
            if (length > LONG_PAUSE_S) pauses.add(new Pause(round(at), round(length)));
        }
        Optional<Double> first = speech.isEmpty() ? Optional.empty() : Optional.of(round(speech.getFirst().start()));
        return new Delivery(round(duration), round(spoken), first, pauses, duration <= 0 ? 0 : Math.round(spoken / duration * 1000) / 1000.0);
    }

    /** The longest pause, 0 when there was none. */
    public double longestPause() {
        return pauses.stream().mapToDouble(Pause::length).max().orElse(0);
    }

    static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }
}
