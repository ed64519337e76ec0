package prepdeck.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small energy voice-activity detector over 10 ms frames.
 *
 * <ol>
 *   <li>Each frame's energy in dB below full scale (mean square of the mono samples).</li>
 *   <li>An adaptive noise floor: it starts at the recording's 10th percentile of frame energies, follows a quieter
 *       frame at once and a louder non-speech frame slowly (a time constant of about half a second), so a hum that
 *       grows or fades is followed while speech never lifts it.</li>
 *   <li>A frame is voiced when it is {@value #MARGIN_DB} dB above the floor and above {@value #QUIETEST_DB} dBFS (so
 *       a silent recording or a faint hiss has no speech at all).</li>
 *   <li>Gaps shorter than the hangover ({@value #HANGOVER_MS} ms: the stops between words and syllables, a plosive's
 *       closure) are part of the speech; what is then still shorter than {@value #SHORTEST_MS} ms is a click, not speech.</li>
 * </ol>
 */
public final class VoiceActivity {
    static final int FRAME_MS = 10;
    static final double MARGIN_DB = 9;
    static final double QUIETEST_DB = -50;
    static final int SHORTEST_MS = 40;
    static final int HANGOVER_MS = 300;
    private static final double SILENCE_DB = -120;

    /** A stretch of speech, in seconds from the start. */
    public record Segment(double start, double end) {
        public double length() {
            return end - start;
        }
    }

    private VoiceActivity() {}

    /** The stretches of speech of a recording, in order. */
    public static List<Segment> segments(WavAudio audio) {
        double[] energy = frameEnergies(audio);
        return segments(energy, FRAME_MS / 1000.0, audio.seconds());
    }

    /** Energy in dBFS of each whole or final partial frame. */
    static double[] frameEnergies(WavAudio audio) {
        int perFrame = Math.max(1, audio.rate() * FRAME_MS / 1000);
        int count = (int) ((audio.frames() + perFrame - 1) / perFrame);
        double[] energy = new double[count];
        for (int f = 0; f < count; f++) {
            long from = (long) f * perFrame, to = Math.min(audio.frames(), from + perFrame);
            double sum = 0;
            for (long i = from; i < to; i++) {
                double s = audio.mono(i);
                sum += s * s;
            }
            double mean = sum / (to - from);
            energy[f] = mean <= 0 ? SILENCE_DB : Math.max(SILENCE_DB, 10 * Math.log10(mean));
        }
        return energy;
    }

    /** The detector itself over frame energies in dBFS, {@code frame} seconds apart; {@code total} caps the last end. */
    static List<Segment> segments(double[] energy, double frame, double total) {
        boolean[] voiced = voiced(energy, frame);
        var runs = new ArrayList<int[]>();
        for (int i = 0; i < voiced.length; ) {
            if (!voiced[i]) { i++; continue; }
            int j = i;
            while (j < voiced.length && voiced[j]) j++;
            runs.add(new int[] {i, j});
            i = j;
        }
        int shortest = (int) Math.ceil(SHORTEST_MS / 1000.0 / frame), hangover = (int) Math.round(HANGOVER_MS / 1000.0 / frame);
        var merged = new ArrayList<int[]>();
        for (int[] r : runs) {
            if (!merged.isEmpty() && r[0] - merged.getLast()[1] <= hangover) merged.getLast()[1] = r[1];
            else merged.add(r.clone());
        }
        // a click stands alone; a plosive's short burst joined the vowel after it above
        merged.removeIf(r -> r[1] - r[0] < shortest);
        return merged.stream().map(r -> new Segment(r[0] * frame, Math.min(total, r[1] * frame))).toList();
    }

    static boolean[] voiced(double[] energy, double frame) {
        boolean[] voiced = new boolean[energy.length];
        if (energy.length == 0) return voiced;
        double[] sorted = energy.clone();
        Arrays.sort(sorted);
        double floor = sorted[(int) (sorted.length * 0.1)];
        double rise = 1 - Math.exp(-frame / 0.5);
        for (int i = 0; i < energy.length; i++) {
            double e = energy[i];
            voiced[i] = e > floor + MARGIN_DB && e > QUIETEST_DB;
            if (e < floor) floor = e;
            else if (!voiced[i]) floor += (e - floor) * rise;
        }
        return voiced;
    }
}
