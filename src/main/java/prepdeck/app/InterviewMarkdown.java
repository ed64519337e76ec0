package prepdeck.app;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import prepdeck.knowledge.Language;

/** A mock interview's report as a Markdown document, for {@code /interview/{id}.md} and {@code interview --export}. */
public final class InterviewMarkdown {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final String[] GRADES = {"", "Again", "Hard", "Good", "Easy"};

    private InterviewMarkdown() {}

    public static String of(InterviewReport report) {
        var s = report.session();
        var t = report.totals();
        var md = new StringBuilder();
        md.append("# Mock interview ").append(s.id()).append(" — ").append(WHEN.format(s.startedAt())).append("\n\n");
        md.append(scope(s.settings())).append("\n\n");
        md.append(summary(report)).append("\n\n");
        md.append("## By topic\n\n| Topic | Questions | Typed | Skipped | Mean score | Time |\n|---|---:|---:|---:|---:|---:|\n");
        for (var topic : report.topics()) {
            var r = topic.totals();
            md.append("| ").append(cell(topic.topic().isEmpty() ? "(no topic)" : topic.topic())).append(" | ").append(r.asked()).append(" | ")
                    .append(r.scored()).append(" | ").append(r.skipped()).append(" | ").append(score(r.meanScore())).append(" | ")
                    .append(clock(r.time())).append(" |\n");
        }
        md.append("\n## Questions\n");
        for (InterviewQuestion q : s.questions()) {
            md.append("\n### ").append(q.position() + 1).append(". ").append(line(q.prompt())).append("\n\n");
            md.append(q.topic().isEmpty() ? "" : line(q.topic()) + " · ").append(q.followUp() ? "follow-up · " : "")
                    .append(outcome(q)).append(" · ").append(clock(q.timeTaken()));
            q.rating().ifPresent(r -> md.append(" · graded ").append(GRADES[r]));
            md.append("\n");
            if (!q.points().isEmpty()) {
                md.append("\n- Covered: ").append(q.covered().isEmpty() ? "—" : line(String.join("; ", q.covered()))).append('\n');
                md.append("- Missed: ").append(q.missed().isEmpty() ? "—" : line(String.join("; ", q.missed()))).append('\n');
            }
        }
        if (!report.writeNext().isEmpty()) {
            md.append("\n## Write this answer next\n\n");
            for (GapView g : report.writeNext()) {
                md.append("- ").append(line(g.title())).append(" (").append(g.topic().isEmpty() ? "" : line(g.topic()) + ", ")
                        .append(line(g.source())).append(':').append(g.line()).append(")\n");
            }
        }
        return md.toString();
    }

    static String scope(InterviewSettings settings) {
        return settings.questionLimit() + " questions" + settings.minutes().map(m -> " (" + m + " min)").orElse("") + " · "
                + (settings.topics().isEmpty() ? "all topics" : String.join(", ", settings.topics())) + " · "
                + settings.language().map(Language::code).orElse("all languages") + " · seed " + settings.seed();
    }

    /**
     * The report's first line. Its "in all" is the session's length, what the session clock showed at the finish;
     * "answering" sums the questions' own clocks (from being asked to the answer), as the table's Time column does.
     */
    public static String summary(InterviewReport report) {
        var t = report.totals();
        return "Mean score " + score(t.meanScore()) + " over " + t.scored() + " typed answer" + (t.scored() == 1 ? "" : "s")
                + " · " + t.revealed() + " revealed · " + t.skipped() + " skipped · " + t.graded() + " graded · "
                + clock(report.session().length()) + " in all (" + clock(t.time()) + " answering)";
    }

    static String outcome(InterviewQuestion q) {
        if (q.skipped()) return "skipped";
        if (q.revealed()) return "revealed without typing";
        return q.score().map(sc -> "score " + score(Optional.of(sc))).orElse("not answered");
    }

    /** A score as a percentage, or a dash. */
    public static String score(Optional<Double> score) {
        return score.map(s -> String.format(Locale.ROOT, "%d%%", Math.round(s * 100))).orElse("—");
    }

    /** A duration as m:ss (h:mm:ss past an hour). */
    public static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String line(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String cell(String text) {
        return line(text).replace("|", "\\|");
    }
}
