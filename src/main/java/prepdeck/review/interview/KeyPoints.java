package prepdeck.review.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import prepdeck.knowledge.Language;
import prepdeck.review.interview.Reference.Span;
import prepdeck.review.interview.Reference.Unit;

/**
 * Finds the key points of a reference answer. Each list item, line or sentence offers its leading words
 * as a phrase (the words before a dash or a bold lead-in with the first words after it, else its first
 * content words); identifiers, acronyms and foreign terms are points of their own, as is
 * "phrase (ACRONYM)", which either states. When there are more than {@code max}, the most informative
 * are kept (terms, bold, leading phrases, longer and repeated words), in the reference's order.
 */
public final class KeyPoints {
    /** More points than this make feedback a wall of ticks. */
    public static final int DEFAULT_MAX = 8;

    /** A phrase of more content words than this is cut to its most informative ones. */
    private static final int SHORT_UNIT = 4;
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]+\\)");
    private static final List<String> SEPARATORS = List.of(" - ", " — ", " – ", "—", " -- ", ": ");

    private final TextAnalysis analysis;
    private final int max;

    public KeyPoints(TextAnalysis analysis) {
        this(analysis, DEFAULT_MAX);
    }

    public KeyPoints(TextAnalysis analysis, int max) {
        this.analysis = Objects.requireNonNull(analysis);
        if (max < 1) throw new IllegalArgumentException("max points " + max);
        this.max = max;
    }

    /** A word of a unit with what the rules need to know about it. */
    private record Tagged(Word word, int index, boolean content, boolean term, boolean bold, boolean negated) {
        Term asTerm() {
            return asTerm(false);
        }

        Term asTerm(boolean head) {
            boolean optional = Wording.isGeneric(word.folded());
            return new Term(word.written(), word.folded(), word.keys(), negated, optional, head && !optional);
        }
    }

    /** A point before selection, with where it stands and how much it is worth. */
    private record Candidate(KeyPoint point, int order, double worth, Set<String> folded) {}

    /** The key points of {@code markdown}, at most {@code max}, in the order the reference gives them. */
    public List<KeyPoint> of(String markdown, Language language) {
        List<Unit> units = Reference.units(markdown);
        var tagged = new ArrayList<List<Tagged>>();
        Map<String, Integer> counts = new HashMap<>();
        for (Unit u : units) {
            var words = tag(u, analysis.words(u.text(), language));
            tagged.add(words);
            for (Tagged t : words) if (t.content()) counts.merge(t.word().folded(), 1, Integer::sum);
        }
        var candidates = new ArrayList<Candidate>();
        var seenTerms = new HashSet<String>();
        for (int i = 0; i < units.size(); i++) {
            candidatesOf(units.get(i), tagged.get(i), i, counts, seenTerms, candidates);
        }
        var chosen = new ArrayList<Candidate>();
        var byWorth = new ArrayList<>(candidates);
        byWorth.sort(Comparator.comparingDouble(Candidate::worth).reversed().thenComparingInt(Candidate::order));
        for (Candidate c : byWorth) {
            if (chosen.size() == max) break;
            if (chosen.stream().anyMatch(o -> o.folded().equals(c.folded()))) continue;
            chosen.add(c);
        }
        chosen.sort(Comparator.comparingInt(Candidate::order));
        return chosen.stream().map(Candidate::point).toList();
    }

    private List<Tagged> tag(Unit unit, List<Word> words) {
        boolean cyrillicText = cyrillicShare(unit.text()) > 0.5;
        var out = new ArrayList<Tagged>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean code = inside(unit.code(), w.start());
            boolean bold = inside(unit.bold(), w.start());
            boolean term = code || WordShapes.isIdentifier(w.written()) || WordShapes.isAcronym(w.written())
                    || (cyrillicText && WordShapes.isLatin(w.written()) && !w.stop() && w.written().length() > 1);
            boolean content = term || (!w.stop() && !Wording.isFiller(w.folded()) && WordShapes.letters(w.folded()) >= 3);
            boolean negated = Wording.negatedAt(words, i, unit.text());
            out.add(new Tagged(w, i, content, term, bold, negated));
        }
        return out;
    }

    private void candidatesOf(Unit unit, List<Tagged> words, int unitIndex, Map<String, Integer> counts, Set<String> seenTerms,
            List<Candidate> out) {
        if (words.stream().noneMatch(Tagged::content)) return;
        int order = unitIndex * 100;
        double place = (unit.leading() ? 1.0 : 0.0) - 0.02 * unitIndex;
        var used = new HashSet<String>();
        var rest = new ArrayList<>(words);

        // code of several words (`docker build`) is one term
        for (Span span : unit.code()) {
            var inSpan = words.stream().filter(t -> span.holds(t.word().start())).toList();
            if (inSpan.size() < 2) continue;
            rest.removeAll(inSpan);
            var folded = foldedOf(inSpan);
            if (!seenTerms.add(String.join(" ", inSpan.stream().map(t -> t.word().folded()).toList()))) continue;
            var phrase = new Phrase(inSpan.stream().map(Tagged::asTerm).toList(), inSpan.size(), inSpan.size() + 2);
            var point = new KeyPoint(unit.text().substring(span.start(), span.end()).strip(), KeyPoint.Kind.TERM, List.of(phrase), unit.line());
            out.add(new Candidate(point, order + span.start(), 3.0 + place / 2, folded));
            used.addAll(folded);
        }

        Alias alias = alias(unit, rest, order, place);
        if (alias != null) {
            out.add(new Candidate(alias.point(), alias.order(), alias.worth(), alias.folded()));
            used.addAll(alias.folded());
            int after = alias.after();
            rest.removeIf(t -> t.word().start() < after);
        }
        var content = distinct(rest.stream().filter(Tagged::content).toList());
        boolean leadIn = unit.text().strip().endsWith(":"); // "Достоинства потоков:" introduces points, is none
        if (!leadIn && (alias == null || content.size() >= 2)) {
            var phrase = content.isEmpty() ? List.<Tagged>of() : leadingPhrase(unit, content, counts);
            if (!phrase.isEmpty() && phrase.stream().anyMatch(t -> !Wording.isGeneric(t.word().folded()))) {
                boolean bold = phrase.stream().anyMatch(Tagged::bold);
                double worth = 2.0 + place + 0.25 * phrase.size() + averageLength(phrase) / 6.0 + (bold ? 1.5 : 0)
                        + (phrase.stream().anyMatch(t -> counts.getOrDefault(t.word().folded(), 0) > 1) ? 0.5 : 0);
                int split = definitionSplit(unit, content);
                var heads = split < 0 ? Set.<Tagged>of() : Set.copyOf(phrase.stream().filter(t -> t.word().start() < split).toList());
                var point = new KeyPoint(text(unit, phrase), KeyPoint.Kind.PHRASE, List.of(phrase(phrase, heads)), unit.line());
                out.add(new Candidate(point, order + phrase.getFirst().word().start(), worth, foldedOf(phrase)));
                phrase.forEach(t -> used.add(t.word().folded()));
            }
        }
        for (Tagged t : content) {
            String folded = t.word().folded();
            if (!t.term() || Wording.isGeneric(folded) || used.contains(folded) || !seenTerms.add(folded)) continue;
            String written = t.word().written();
            double worth = (WordShapes.isIdentifier(written) || WordShapes.isAcronym(written) ? 2.5 : 1.5) + (t.bold() ? 1.5 : 0)
                    + (counts.getOrDefault(folded, 0) > 1 ? 0.5 : 0) + place / 2;
            var point = new KeyPoint(written, KeyPoint.Kind.TERM, List.of(phrase(List.of(t))), unit.line());
            out.add(new Candidate(point, order + t.word().start(), worth, Set.of(folded)));
        }
    }

    private static List<Tagged> distinct(List<Tagged> words) {
        var seen = new HashSet<String>();
        return words.stream().filter(t -> seen.add(t.word().folded())).toList();
    }

    /**
     * "Глобальная блокировка интерпретатора (GIL)", "Method Resolution Order (MRO) is …": a term in brackets
     * and the words just before it, either of which states the point (also the other way round, a term
     * explained in brackets).
     */
    private Alias alias(Unit unit, List<Tagged> words, int order, double place) {
        var m = BRACKETS.matcher(unit.text());
        while (m.find()) {
            int open = m.start(), close = m.end();
            var outer = words.stream().filter(t -> t.content() && t.word().start() < open).toList();
            var inner = words.stream().filter(t -> t.content() && t.word().start() > open && t.word().end() < close).toList();
            if (outer.isEmpty() || inner.isEmpty()) continue;
            List<Tagged> term, meaning;
            String bracketed = unit.text().substring(open + 1, close - 1).strip();
            if (inner.size() == 1 && inner.getFirst().term() && bracketed.equals(inner.getFirst().word().written())) {
                term = inner;
                meaning = outer.subList(Math.max(0, outer.size() - SHORT_UNIT), outer.size());
            } else if (outer.size() == 1 && outer.getFirst().term() && inner.size() <= SHORT_UNIT) {
                term = outer;
                meaning = inner;
            } else {
                continue;
            }
            var point = new KeyPoint(term.getFirst().word().written(), KeyPoint.Kind.TERM, List.of(phrase(term), phrase(meaning)), unit.line());
            var folded = new HashSet<String>(foldedOf(term));
            folded.addAll(foldedOf(meaning));
            return new Alias(point, order + open, 4.0 + place, folded, close);
        }
        return null;
    }

    /** An alias point and where the unit goes on after it. */
    private record Alias(KeyPoint point, int order, double worth, Set<String> folded, int after) {}

    /**
     * The words a unit leads with: before a dash or a bold lead-in, with the first two content words after
     * it; else the whole unit when short; else its first content word and the two most informative of the
     * next few.
     */
    private List<Tagged> leadingPhrase(Unit unit, List<Tagged> content, Map<String, Integer> counts) {
        int split = definitionSplit(unit, content);
        if (split >= 0) {
            var head = content.stream().filter(t -> t.word().start() < split).toList();
            var body = content.stream().filter(t -> t.word().start() >= split).limit(2).toList();
            var phrase = new ArrayList<>(head);
            phrase.addAll(body);
            return phrase;
        }
        if (content.size() <= SHORT_UNIT) return content;
        var first = content.getFirst();
        var rest = new ArrayList<>(content.subList(1, Math.min(content.size(), 7)));
        rest.sort(Comparator.comparingDouble((Tagged t) -> -informativeness(t, counts)).thenComparingInt(Tagged::index));
        var phrase = new ArrayList<Tagged>();
        phrase.add(first);
        phrase.addAll(rest.subList(0, 2));
        phrase.sort(Comparator.comparingInt(Tagged::index));
        return phrase;
    }

    /** Where the body of "term — what it is" starts, or -1 when the unit is not shaped so. */
    private static int definitionSplit(Unit unit, List<Tagged> content) {
        String text = unit.text();
        if (!unit.bold().isEmpty() && unit.bold().getFirst().start() <= firstLetter(text)) {
            int end = unit.bold().getFirst().end();
            long head = content.stream().filter(t -> t.word().start() < end).count();
            long body = content.size() - head;
            if (head >= 1 && head <= 3 && body >= 1) return end;
        }
        int best = -1;
        for (String s : SEPARATORS) {
            int at = text.indexOf(s);
            if (at > 0 && (best < 0 || at < best)) best = at;
        }
        if (best < 0) return -1;
        int split = best;
        long head = content.stream().filter(t -> t.word().start() < split).count();
        long body = content.size() - head;
        return head >= 1 && head <= 3 && body >= 1 ? split : -1;
    }

    private static double informativeness(Tagged t, Map<String, Integer> counts) {
        boolean name = t.index() > 0 && Character.isUpperCase(t.word().written().charAt(0)); // "Global Interpreter Lock"
        return (t.term() ? 3 : 0) + (t.bold() ? 2 : 0) + (name ? 1.5 : 0) + Math.min(t.word().folded().length(), 12) / 4.0
                + (counts.getOrDefault(t.word().folded(), 0) > 1 ? 1 : 0) - (Wording.isGeneric(t.word().folded()) ? 2 : 0);
    }

    private static Phrase phrase(List<Tagged> words) {
        return phrase(words, Set.of());
    }

    private static Phrase phrase(List<Tagged> words, Set<Tagged> heads) {
        var terms = words.stream().map(t -> t.asTerm(heads.contains(t))).toList();
        long needed = terms.stream().filter(t -> !t.optional()).count();
        if (needed == 0) {
            terms = terms.stream().map(t -> new Term(t.written(), t.folded(), t.keys(), t.negated(), false, t.head())).toList();
            needed = terms.size();
        }
        int required = (int) (needed <= 2 ? needed : needed - 1);
        int span = words.getLast().index() - words.getFirst().index() + 1;
        return new Phrase(terms, required, Math.max(span, terms.size()) + 3);
    }

    /** The reference's own words from the first to the last of the phrase, or the words alone when that is long. */
    private static String text(Unit unit, List<Tagged> phrase) {
        String span = unit.text().substring(phrase.getFirst().word().start(), phrase.getLast().word().end()).strip();
        if (span.length() <= 60) return span;
        return String.join(" … ", phrase.stream().map(t -> t.word().written()).toList());
    }

    private static Set<String> foldedOf(List<Tagged> words) {
        var out = new HashSet<String>();
        words.forEach(t -> out.add(t.word().folded()));
        return out;
    }

    private static double averageLength(List<Tagged> words) {
        return words.stream().mapToInt(t -> Math.min(t.word().folded().length(), 12)).average().orElse(0);
    }

    private static boolean inside(List<Span> spans, int at) {
        for (Span s : spans) if (s.holds(at)) return true;
        return false;
    }

    private static int firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_') return i;
        return text.length();
    }

    private static double cyrillicShare(String text) {
        int letters = 0, cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) cyrillic++;
        }
        return letters == 0 ? 0 : (double) cyrillic / letters;
    }
}
