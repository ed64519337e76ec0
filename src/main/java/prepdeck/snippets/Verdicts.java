package prepdeck.snippets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import prepdeck.knowledge.Snippet;

/** Compares what a run did with what the notes claim. The policy lives here; the driver only observes. */
final class Verdicts {
    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-fA-F]+");
    private static final Pattern MARKER = Pattern.compile(
            "^(?:(?:выведет|виведе|выводит|виводить|вывод|вивід|результат|вернёт|вернет|поверне|output|prints?|result|returns?|gives)\\b\\s*:?|=>|==>|->|→)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern VALUE_LIKE = Pattern.compile("^(?:-?\\d|True\\b|False\\b|None\\b|['\"\\[{(<]|b['\"]|\\.\\.\\.)");
    private static final Pattern COMMENTARY = Pattern.compile("\\s+[-—–]\\s+");
    private static final Pattern ERROR_LINE = Pattern.compile("^[A-Z]\\w*(?:Error|Exception|Exit|Interrupt|Iteration|Warning)\\b.*");

    record Verdict(Status status, String detail, int line) {
    }

    private Verdicts() {
    }

    static Verdict judge(Snippet s, RunOutput run, Limits limits) {
        int first = s.line();
        switch (run.stop()) {
            case NOT_RUN:
                return new Verdict(Status.SKIPPED, "not run", first);
            case TIME_LIMIT:
                return new Verdict(Status.ERROR, "stopped after " + limits.describeTime() + " (time limit)", first);
            case OUTPUT_LIMIT:
                return new Verdict(Status.ERROR, "stopped: printed more than " + limits.describeOutput() + " (output limit)", first);
            case DIED:
                return new Verdict(Status.ERROR, died(run, limits), first);
            case FINISHED:
                break;
        }
        if (run.error().isPresent()) return judgeError(s, run, run.error().get(), limits);

        if (s.expectedOutput().isPresent()) {
            String expected = normalise(s.expectedOutput().get()), actual = normalise(run.shown());
            if (!expected.equals(actual)) {
                String note = lastLine(expected).filter(l -> ERROR_LINE.matcher(l).matches())
                        .map(l -> "the notes show " + l + ", but the run raised nothing\n").orElse("");
                return new Verdict(Status.DIFFERS, note + TextDiff.unified("notes", expected, "run", actual), first);
            }
        }
        var claims = claims(run.claims());
        var wrong = claims.stream().filter(c -> !c.matches()).toList();
        if (!wrong.isEmpty()) {
            var diff = new StringBuilder("--- notes\n+++ run\n");
            for (var c : wrong) {
                diff.append("@@ line ").append(c.claim().noteLine()).append(" @@\n-").append(c.expected())
                        .append("\n+").append(c.actual()).append('\n');
            }
            return new Verdict(Status.DIFFERS, diff.toString(), wrong.getFirst().claim().noteLine());
        }
        var parts = new ArrayList<String>();
        if (s.expectedOutput().isPresent()) parts.add("output matches the notes");
        if (!claims.isEmpty()) {
            parts.add(claims.size() + (claims.size() == 1 ? " comment matches" : " comments match") + " (line "
                    + String.join(", ", claims.stream().map(c -> String.valueOf(c.claim().noteLine())).toList()) + ")");
        }
        if (parts.isEmpty()) parts.add("ran; the notes claim no output to compare with");
        return new Verdict(Status.OK, String.join("; ", parts), first);
    }

    private static Verdict judgeError(Snippet s, RunOutput run, SnippetError e, Limits limits) {
        int line = e.noteLine().orElse(s.line());
        if (!run.missing().isEmpty()) {
            return new Verdict(Status.NEEDS_FIXTURE, "needs file " + String.join(", ", run.missing().stream().map(f -> "'" + f + "'").toList())
                    + "; attach it as a fixture (" + e.headline() + " at line " + line + ")", line);
        }
        if (e.type().equals("MemoryError")) {
            return new Verdict(Status.ERROR, "memory limit (" + limits.describeMemory() + "): MemoryError at line " + line, line);
        }
        if (s.expectedOutput().isPresent()) {
            String expected = normalise(s.expectedOutput().get());
            var last = lastLine(expected);
            if (last.isPresent() && (last.get().equals(e.type()) || normalise(e.headline()).equals(last.get()))) {
                String before = normalise(expected.substring(0, expected.length() - last.get().length()));
                String actual = normalise(run.shown());
                if (before.equals(actual)) return new Verdict(Status.OK, "output matches the notes, ending in " + e.type(), s.line());
                return new Verdict(Status.DIFFERS, TextDiff.unified("notes", expected, "run", actual + "\n" + e.headline()), line);
            }
        }
        String from = e.entryLine().isPresent() && e.entryLine().getAsInt() != line ? ", reached from line " + e.entryLine().getAsInt() : "";
        return new Verdict(Status.ERROR, e.headline() + " at line " + line + from + "\n" + e.traceback().stripTrailing(), line);
    }

    private static String died(RunOutput run, Limits limits) {
        String err = run.stderr();
        if (err.contains("MemoryError")) return "stopped: memory limit (" + limits.describeMemory() + ")";
        String tail = err.lines().reduce((a, b) -> b).orElse("");
        return "the interpreter stopped without finishing (killed by a limit or crashed)" + (tail.isBlank() ? "" : ": " + tail.strip());
    }

    /** A claim with what the notes say and what the run did, already compared. */
    record ClaimCheck(Claim claim, String expected, String actual, boolean matches) {
    }

    /**
     * Trailing comments become claims when they say so ("Выведет:", "Output:", "=>") or look like
     * a value ("100", "True", "<class 'type'>"); any other comment counts only when it happens to
     * equal the output, since most comments are prose.
     */
    static List<ClaimCheck> claims(List<Claim> observed) {
        var out = new ArrayList<ClaimCheck>();
        for (var c : observed) {
            String text = c.comment().strip();
            var m = MARKER.matcher(text);
            boolean marked = m.find();
            if (marked) text = text.substring(m.end()).strip();
            if (text.isEmpty()) continue;
            boolean strong = marked || VALUE_LIKE.matcher(text).find();
            Set<String> expected = new LinkedHashSet<>();
            expected.add(mask(text));
            var cut = COMMENTARY.matcher(text);
            if (cut.find()) expected.add(mask(text.substring(0, cut.start()).strip()));
            Set<String> actual = actualForms(c);
            boolean matches = expected.stream().anyMatch(actual::contains);
            if (matches || strong) {
                out.add(new ClaimCheck(c, text, actual.isEmpty() ? "(nothing)" : actual.iterator().next(), matches));
            }
        }
        return out;
    }

    private static Set<String> actualForms(Claim c) {
        Set<String> forms = new LinkedHashSet<>();
        String printed = c.printed().stripTrailing();
        if (!printed.isEmpty()) {
            forms.add(mask(printed.strip()));
            forms.add(mask(printed.strip().replaceAll("\\s*\\n\\s*", " ")));
        }
        if (c.value().isPresent() && !(c.isPrint() && c.value().get().equals("None")) && !(printed.length() > 0 && c.value().get().equals("None"))) {
            forms.add(mask(c.value().get().strip()));
        }
        return forms;
    }

    /** Line endings, trailing blanks, surrounding blank lines and object addresses do not count. */
    static String normalise(String text) {
        var lines = mask(text.replace("\r\n", "\n").replace('\r', '\n')).lines().map(String::stripTrailing).toList();
        int from = 0, to = lines.size();
        while (from < to && lines.get(from).isEmpty()) from++;
        while (to > from && lines.get(to - 1).isEmpty()) to--;
        return String.join("\n", lines.subList(from, to));
    }

    private static String mask(String text) {
        return ADDRESS.matcher(text).replaceAll(" at 0x…");
    }

    private static Optional<String> lastLine(String normalised) {
        if (normalised.isEmpty()) return Optional.empty();
        int nl = normalised.lastIndexOf('\n');
        return Optional.of(normalised.substring(nl + 1));
    }

    /** What a second run is compared with to tell randomness from a plain mismatch. */
    static String fingerprint(RunOutput run) {
        var sb = new StringBuilder(normalise(run.shown()));
        for (var c : run.claims()) sb.append('\u0001').append(c.noteLine()).append(c.printed()).append(c.value().orElse(""));
        run.error().ifPresent(e -> sb.append('\u0002').append(e.headline()));
        return sb.append('\u0003').append(run.stop()).toString();
    }
}
