package prepdeck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.TopicPath;

/**
 * Course notes by module: "M1 22.01.24" … "M6" open modules (the same module twice, with two dates,
 * is one topic); "video 12.02.24" opens a block of lecture time codes ("1:35:00 - ip utilities Linux")
 * that becomes one card whose references point into that video. Everything else is prose.
 */
final class CourseNotes {
    private static final Pattern VIDEO = Pattern.compile("^video\\s+(\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_VIDEO = Pattern.compile("^video\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*[-–—]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_CODE = Pattern.compile("^(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*[-–—]?\\s*(.*)$");

    private final Draft draft;
    private final Prose prose;

    CourseNotes(Draft draft) {
        this.draft = draft;
        this.prose = new Prose(draft, true);
    }

    void extract(List<String> lines) {
        TopicPath module = null;
        String moduleLabel = "";
        int proseStart = 0;
        var text = new ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher marker = FormatDetector.MODULE_MARKER.matcher(line);
            Matcher video = VIDEO.matcher(line);
            Matcher inline = INLINE_VIDEO.matcher(line);
            if (marker.matches()) {
                flush(proseStart, text, module);
                module = TopicPath.of("M" + marker.group(1));
                moduleLabel = line;
                draft.topic(module);
                proseStart = i + 1;
            } else if (video.matches()) {
                flush(proseStart, text, module);
                i = videoBlock(lines, i, "video " + video.group(1), orFile(module));
                proseStart = i + 1;
            } else if (inline.matches()) {
                flush(proseStart, text, module);
                var ref = timeCode("video " + moduleLabel, inline.group(1), inline.group(2), i + 1);
                draft.card(lectureTitle(moduleLabel), "- " + ref.clock() + " — " + ref.label(), CardKind.SECTION, orFile(module),
                        i + 1, OptionalInt.empty(), List.of(), List.of(ref));
                proseStart = i + 1;
            } else {
                if (text.isEmpty()) proseStart = i;
                text.add(lines.get(i));
            }
        }
        flush(proseStart, text, module);
    }

    private TopicPath orFile(TopicPath module) {
        return module == null ? TopicPath.of(Extraction.stem(draft.path)) : module;
    }

    private void flush(int start, List<String> text, TopicPath module) {
        if (text.isEmpty()) return;
        if (text.stream().anyMatch(l -> !l.isBlank())) prose.extract(start + 1, List.copyOf(text), orFile(module), true);
        text.clear();
    }

    /** Reads the time codes under a "video DATE" line; the block ends at the next marker or at prose after a blank line. */
    private int videoBlock(List<String> lines, int start, String video, TopicPath topic) {
        var refs = new ArrayList<Reference>();
        var answer = new StringBuilder();
        int i = start + 1;
        boolean blankSeen = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) { blankSeen = true; continue; }
            if (FormatDetector.MODULE_MARKER.matcher(line).matches() || VIDEO.matcher(line).matches()) break;
            Matcher tc = TIME_CODE.matcher(line);
            if (tc.matches()) {
                var ref = timeCode(video, tc.group(1), tc.group(2), i + 1);
                refs.add(ref);
                answer.append("- ").append(ref.clock()).append(" — ").append(ref.label()).append('\n');
            } else if (blankSeen && !refs.isEmpty()) {
                break;
            } else {
                answer.append("- ").append(line).append('\n');
            }
        }
        draft.card(lectureTitle(video), answer.toString(), CardKind.SECTION, topic, start + 1, OptionalInt.empty(), List.of(), refs);
        while (i > start + 1 && lines.get(i - 1).isBlank()) i--;
        return i - 1;
    }

    private String lectureTitle(String video) {
        String what = video.replaceFirst("(?i)^video\\s+", "").strip();
        return switch (draft.fileLanguage) {
            case UK -> "Лекція " + what + ": що там було";
            case RU -> "Лекция " + what + ": что там было";
            case EN -> "Lecture " + what + ": what it covered";
        };
    }

    private static Reference.TimeCode timeCode(String video, String clock, String label, int line) {
        String[] parts = clock.split(":");
        int seconds = 0;
        for (String p : parts) seconds = seconds * 60 + Integer.parseInt(p);
        // Lectures run two to three hours and the notes write "2:25" for 2 h 25 min, never for 2 min 25 s.
        if (parts.length == 2) seconds *= 60;
        return new Reference.TimeCode(video, seconds, label.strip(), line);
    }
}
