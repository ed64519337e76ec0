package prepdeck.web.view;

import java.util.List;
import java.util.Locale;
import prepdeck.speech.Delivery;

/** A session's spoken answers, in question order: each one's delivery figures, the key points ticked, where to listen. */
public record SpokenSession(List<Answer> answers) {
    public static final SpokenSession NONE = new SpokenSession(List.of());

    /** One recorded answer; {@code position} from 0. */
    public record Answer(int position, String prompt, Delivery figures, List<Tick> ticks, String audioUrl) {
        public Answer {
            ticks = List.copyOf(ticks);
        }

        public String firstWord() {
            return figures.firstWord().map(SpokenSession::seconds).orElse("no speech");
        }

        public String pauses() {
            if (figures.pauses().isEmpty()) return "none over 1 s";
            return String.join(", ", figures.pauses().stream().map(p -> seconds(p.length()) + " at " + seconds(p.at())).toList());
        }

        public String ratio() {
            return Math.round(figures.speakingRatio() * 100) + "%";
        }

        public long ticked() {
            return ticks.stream().filter(Tick::ticked).count();
        }
    }

    /** A key point and whether the user ticked it as said. */
    public record Tick(String text, boolean ticked) {}

    public SpokenSession {
        answers = List.copyOf(answers);
    }

    public boolean isEmpty() {
        return answers.isEmpty();
    }

    public static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }

    /**
     * The trend over the session, first spoken answer to last: time to the first word, pauses over 1 s and share of
     * time speaking ("first word 2.1 s → 0.9 s (better)"); empty with fewer than two answers.
     */
    public List<String> trend() {
        if (answers.size() < 2) return List.of();
        Delivery a = answers.getFirst().figures(), b = answers.getLast().figures();
        var out = new java.util.ArrayList<String>();
        if (a.firstWord().isPresent() && b.firstWord().isPresent()) {
            out.add("time to the first word " + seconds(a.firstWord().get()) + " → " + seconds(b.firstWord().get()) + change(b.firstWord().get() - a.firstWord().get(), 0.2, true));
        }
        out.add("pauses over 1 s " + a.pauses().size() + " → " + b.pauses().size() + change(b.pauses().size() - a.pauses().size(), 0.5, true));
        out.add("time speaking " + Math.round(a.speakingRatio() * 100) + "% → " + Math.round(b.speakingRatio() * 100) + "%"
                + change(b.speakingRatio() - a.speakingRatio(), 0.05, false));
        return out;
    }

    private static String change(double delta, double noise, boolean lowerIsBetter) {
        if (Math.abs(delta) < noise) return " (steady)";
        return (delta < 0) == lowerIsBetter ? " (better)" : " (worse)";
    }

    /**
     * The delivery figures as a Markdown section for the report's export ("" when nothing was spoken): a row per
     * answer and the trend. Prompts are the user's notes: table cells keep to one line and escape their pipes.
     */
    public String markdown() {
        if (answers.isEmpty()) return "";
        var md = new StringBuilder("\n## Spoken answers\n\n| # | Question | First word | Speaking | Pauses over 1 s | Points ticked |\n|---:|---|---:|---:|---|---:|\n");
        for (Answer a : answers) {
            md.append("| ").append(a.position() + 1).append(" | ").append(cell(a.prompt())).append(" | ").append(a.firstWord()).append(" | ")
                    .append(a.ratio()).append(" | ").append(cell(a.pauses())).append(" | ").append(a.ticked()).append(" of ").append(a.ticks().size())
                    .append(" |\n");
        }
        List<String> trend = trend();
        if (!trend.isEmpty()) {
            md.append("\nFrom the first spoken answer to the last: ").append(String.join("; ", trend)).append(".\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replaceAll("\\s+", " ").replace("|", "\\|").strip();
    }

    /** Means over the session's answers, for the history: "3 spoken · first word 1.2 s · 61% speaking". */
    public String summary() {
        if (answers.isEmpty()) return "—";
        double first = answers.stream().flatMap(x -> x.figures().firstWord().stream()).mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double ratio = answers.stream().mapToDouble(x -> x.figures().speakingRatio()).average().orElse(0);
        long pauses = answers.stream().mapToLong(x -> x.figures().pauses().size()).sum();
        return answers.size() + " spoken · " + (Double.isNaN(first) ? "" : "first word " + seconds(first) + " · ") + pauses + " long pause"
                + (pauses == 1 ? "" : "s") + " · " + Math.round(ratio * 100) + "% speaking";
    }
}
