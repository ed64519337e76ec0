package prepdeck.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import prepdeck.app.InterviewQuestion;
import prepdeck.contract.ContractJson;
import prepdeck.speech.BadAudio;
import prepdeck.speech.Delivery;
import prepdeck.speech.Espeak;
import prepdeck.speech.Microphone;
import prepdeck.speech.Recordings;

/**
 * {@code interview --speak} in the terminal: each question read aloud by espeak-ng, the answer recorded from the
 * default input by sox into the data folder (where the web report finds it), its delivery figures printed, and the
 * key points the user says were said noted. What the machine cannot do is said once, and the session goes on typed.
 */
final class SpokenTerminal {
    /** How a recording ended: Enter (empty key), or "s"/"q" typed to skip or finish; and its figures. */
    record Stopped(String key, Optional<Delivery> figures) {}

    private Optional<Espeak> espeak;
    private final Optional<Microphone> microphone;
    private final Recordings recordings;
    private final ContractJson json;
    private final PrintStream out;
    private boolean canRecord;

    SpokenTerminal(Optional<Espeak> espeak, Optional<Microphone> microphone, Recordings recordings, ContractJson json, PrintStream out) {
        this.espeak = espeak;
        this.microphone = microphone;
        this.recordings = recordings;
        this.json = json;
        this.out = out;
        this.canRecord = microphone.isPresent();
    }

    void introduce() {
        out.println(espeak.isPresent() ? "Questions are read aloud by espeak-ng." : "Questions cannot be read aloud: espeak-ng is not installed (apt-get install espeak-ng).");
        out.println(microphone.isPresent() ? "Answer aloud; Enter stops the recording (s then Enter skips, q then Enter finishes)."
                : "Answers cannot be recorded: sox is not installed (apt-get install sox); type them instead.");
    }

    boolean canRecord() {
        return canRecord;
    }

    void say(InterviewQuestion q) {
        if (espeak.isEmpty()) return;
        try {
            espeak.get().say(q.language().code(), q.prompt());
        } catch (IOException e) {
            out.println("(not read aloud: " + e.getMessage() + "; reading questions aloud is off for this session)");
            espeak = Optional.empty();
        }
    }

    /** Records until a line is entered; empty when recording is not possible here (said why; answers are typed from now on). */
    Optional<Stopped> record(long session, int position, BufferedReader in) throws IOException {
        var file = recordings.file(session, position);
        Microphone.Take take;
        try {
            take = microphone.orElseThrow().start(file);
        } catch (Microphone.Unavailable e) {
            out.println("(" + e.getMessage() + "; answers are typed from now on)");
            canRecord = false;
            return Optional.empty();
        }
        out.print("● recording… Enter stops > ");
        out.flush();
        String line = in.readLine();
        take.stop();
        String key = line == null ? "q" : line.strip().toLowerCase(Locale.ROOT);
        Optional<Delivery> figures = Optional.empty();
        try {
            figures = Optional.of(recordings.save(session, position, Files.readAllBytes(file)));
            Delivery d = figures.get();
            out.printf(Locale.ROOT, "── delivery: %.1f s recorded, first word %s, %s, speaking %d%% of the time ──%n", d.duration(),
                    d.firstWord().map(f -> String.format(Locale.ROOT, "after %.1f s", f)).orElse("— (no speech heard)"),
                    d.pauses().isEmpty() ? "no pause over 1 s" : "pauses " + String.join(", ", d.pauses().stream()
                            .map(p -> String.format(Locale.ROOT, "%.1f s at %.1f s", p.length(), p.at())).toList()),
                    Math.round(d.speakingRatio() * 100));
            out.println("   kept in " + file);
        } catch (BadAudio | IOException e) {
            out.println("(the recording could not be read: " + e.getMessage() + ")");
        }
        return Optional.of(new Stopped(key.equals("s") || key.equals("q") ? key : "", figures));
    }

    /** Asks which key points were said (their numbers) and keeps the answer beside the recording. */
    void tick(long session, int position, List<String> points, BufferedReader in) throws IOException {
        if (points.isEmpty() || !Files.isRegularFile(recordings.file(session, position))) return;
        for (int i = 0; i < points.size(); i++) out.println("  " + (i + 1) + ". " + points.get(i));
        out.print("Which key points did you say? Their numbers, e.g. 1 3 (Enter: none) > ");
        out.flush();
        String line = in.readLine();
        var ticked = new boolean[points.size()];
        for (String word : (line == null ? "" : line).split("[\\s,]+")) {
            try {
                int n = Integer.parseInt(word);
                if (n >= 1 && n <= points.size()) ticked[n - 1] = true;
            } catch (NumberFormatException e) {
                // not a number: ignored
            }
        }
        var notes = json.mapper().createObjectNode();
        var list = notes.putArray("points");
        var said = new ArrayList<String>();
        for (int i = 0; i < points.size(); i++) {
            list.addObject().put("text", points.get(i)).put("ticked", ticked[i]);
            if (ticked[i]) said.add(String.valueOf(i + 1));
        }
        Recordings.write(recordings.notes(session, position), json.write(notes).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.println("  you said " + said.size() + " of " + points.size() + (said.isEmpty() ? "" : ": " + String.join(", ", said)));
    }
}
