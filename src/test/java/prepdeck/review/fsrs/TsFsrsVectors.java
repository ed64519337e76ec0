package prepdeck.review.fsrs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads the vectors written by src/test/oracle/fsrs/gen-vectors.mjs (format described there). */
final class TsFsrsVectors {
    static final String RESOURCE = "/fsrs/ts-fsrs-vectors.txt.gz";

    record Expected(int elapsedDays, Double rBefore, State state, double stability, double difficulty,
                    int scheduledDays, Instant due, int learningStep) {
    }

    record Case(Replay.History history, List<Expected> expected) {
    }

    record OptionSet(String name, Parameters parameters, SchedulerConfig config, List<Case> cases) {
    }

    static List<OptionSet> load() {
        InputStream raw = TsFsrsVectors.class.getResourceAsStream(RESOURCE);
        if (raw == null) throw new IllegalStateException("missing test resource " + RESOURCE + "; run gen-vectors.mjs");
        List<OptionSet> sets = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            OptionSet set = null;
            String cardId = null;
            List<Replay.TimedRating> reviews = null;
            List<Expected> expected = null;
            long ts = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "O" -> {
                        set = optionSet(f);
                        sets.add(set);
                    }
                    case "C" -> {
                        cardId = f[1];
                        reviews = new ArrayList<>();
                        expected = new ArrayList<>();
                        ts = 0;
                        set.cases().add(new Case(new Replay.History(cardId, List.of()), expected));
                        // replaced below once the reviews are known
                    }
                    case "R" -> {
                        ts += Long.parseLong(f[1]);
                        Instant at = Instant.ofEpochMilli(ts);
                        reviews.add(new Replay.TimedRating(at, Rating.ofGrade(Integer.parseInt(f[2]))));
                        expected.add(new Expected(Integer.parseInt(f[3]), f[4].equals("-") ? null : Double.parseDouble(f[4]),
                                State.ofTitle(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]), Integer.parseInt(f[8]),
                                at.plusMillis(Long.parseLong(f[9])), Integer.parseInt(f[10])));
                        List<Case> cases = set.cases();
                        cases.set(cases.size() - 1, new Case(new Replay.History(cardId, reviews), expected));
                    }
                    default -> throw new IllegalStateException("bad vector line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sets;
    }

    private static OptionSet optionSet(String[] f) {
        Map<String, String> o = new HashMap<>();
        for (int i = 2; i < f.length; i++) {
            int eq = f[i].indexOf('=');
            o.put(f[i].substring(0, eq), f[i].substring(eq + 1));
        }
        Parameters p = o.get("w").equals("-") ? Parameters.DEFAULT
                : Parameters.fromAnyVersion(Arrays.stream(o.get("w").split(",")).mapToDouble(Double::parseDouble).toArray());
        SchedulerConfig c = new SchedulerConfig(Double.parseDouble(o.get("dr")), steps(o.get("ls")), steps(o.get("rls")),
                Integer.parseInt(o.get("max")), o.get("fuzz").equals("1"), o.get("short").equals("1"), Integer.parseInt(o.get("day")));
        return new OptionSet(f[1], p, c, new ArrayList<>());
    }

    private static List<Duration> steps(String text) {
        return text.equals("-") ? List.of() : Arrays.stream(text.split(",")).map(SchedulerConfig::parseStep).toList();
    }
}
