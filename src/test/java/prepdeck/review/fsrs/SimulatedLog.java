package prepdeck.review.fsrs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The oracle's synthetic learner (simulate.mjs, 10,000 cards, 365 days, seed 42) and fsrs-rs's results
 * on it, as written by src/test/oracle/fsrs/gen-optimizer-data.mjs.
 */
final class SimulatedLog {
    private SimulatedLog() {
    }

    static List<Replay.History> histories() {
        List<Replay.History> histories = new ArrayList<>();
        try (InputStream raw = SimulatedLog.class.getResourceAsStream("/fsrs/sim-10k.txt.gz");
             var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String id = null;
            List<Replay.TimedRating> reviews = null;
            long ts = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isEmpty()) continue;
                if (line.startsWith("C ")) {
                    if (id != null) histories.add(new Replay.History(id, reviews));
                    id = line.substring(2);
                    reviews = new ArrayList<>();
                    ts = 0;
                } else {
                    String[] f = line.split(" ");
                    ts += Long.parseLong(f[0]);
                    reviews.add(new Replay.TimedRating(Instant.ofEpochMilli(ts), Rating.ofGrade(Integer.parseInt(f[1]))));
                }
            }
            if (id != null) histories.add(new Replay.History(id, reviews));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return histories;
    }

    /** optimize.mjs output; {@code resource} is e.g. "sim-10k.fsrs-rs.json". */
    static String reference(String resource) {
        try (InputStream in = SimulatedLog.class.getResourceAsStream("/fsrs/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double number(String reference, String regex) {
        Matcher m = Pattern.compile(regex).matcher(reference);
        if (!m.find()) throw new IllegalStateException("no " + regex + " in fsrs-rs reference");
        return Double.parseDouble(m.group(1));
    }

    static double fittedLogLoss(String reference) {
        return number(reference, "\"fitted\":\\s*\\{\\s*\"logLoss\":\\s*([0-9.]+)");
    }

    static double defaultLogLoss(String reference) {
        return number(reference, "\"defaults\":\\s*\\{\\s*\"logLoss\":\\s*([0-9.]+)");
    }
}
