package prepdeck.review.interview;

import java.util.ArrayList;
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
 * Finds the key points of a reference answer as a person would list them: one claim each. Every list item, table
 * cell and sentence is cut into clauses (at commas, semicolons, "and", "but", «а»…; a bracket stays with its clause);
 * a clause of fewer than two content words joins its neighbour unless it is a term of its own ("GIL", "B-tree"). The
 * subject of "X — what it is" leads its first clause; when it is what the whole reference is about (the card's
 * topic), it weighs little, since every answer names it. Headings, addresses and fenced code claim nothing: a
 * reference made only of them has no point, and the checker says so. The first clause of an item, and any clause
 * with a term, is essential; the rest are details.
 */
public final class KeyPoints {
    /** More points than this make feedback a wall of ticks. */
    public static final int DEFAULT_MAX = 10;

    /** A head of more content words than this is no subject but a lead-in. */
    private static final int SHORT_HEAD = 3;
    private static final Pattern DEFINITION_VERB = Pattern.compile("^(?:is|are|это|це|—|-|–|:)$");

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
    private record Tagged(Word word, int index, boolean content, boolean term, boolean negated, boolean clauseNegated, boolean head) {}

    /** A clause before it becomes a point. */
    private record Clause(Unit unit, List<Tagged> words, boolean first, boolean whole) {
        Clause(Unit unit, List<Tagged> words, boolean first) {
            this(unit, words, first, false);
        }
    }

    /** The key points of {@code markdown}, at most {@code max}, in the order the reference gives them. */
    public List<KeyPoint> of(String markdown, Language language) {
        return of(markdown, "", language);
    }

    /**
     * The key points of a card's answer, its prompt's words marked {@linkplain Term#given given}: they are no evidence
     * that an answer states a point. A point made only of the prompt's words restates the question and is left out.
     */
    public List<KeyPoint> of(String markdown, String prompt, Language language) {
        Set<String> asked = promptKeys(prompt, language);
        var clauses = new ArrayList<Clause>();
        int unitsWithHeads = 0;
        Set<String> firstHead = Set.of();
        List<Unit> units = Reference.units(markdown);
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            var words = analysis.words(unit.text(), language);
            var tagged = tag(unit, words);
            if (tagged.stream().anyMatch(Tagged::head)) {
                unitsWithHeads++;
                if (clauses.isEmpty()) firstHead = foldedOf(tagged.stream().filter(Tagged::head).toList());
            }
            clauses.addAll(clauses(unit, words, tagged));
        }
        // "Различие threading и asyncio в том, что …", "The difference between X and Y is that …": the claims follow
        clauses.removeIf(c -> c.first() && !c.whole() && c.words().stream().filter(Tagged::content).count() <= 4
                && c.words().stream().anyMatch(t -> t.content() && isDifference(t.word().folded())));
        // the subject is the topic when the reference defines one thing (no other item has a subject of its own)
        Set<String> topic = new HashSet<>(unitsWithHeads <= 1 ? firstHead : Set.of());
        Map<String, Integer> inClauses = new HashMap<>();
        for (Clause c : clauses) for (String f : foldedOf(c.words().stream().filter(t -> t.content() && !t.term()).toList())) inClauses.merge(f, 1, Integer::sum);
        if (clauses.size() >= 3) inClauses.forEach((f, n) -> {
            if (n >= 3 && n * 2 > clauses.size()) topic.add(f);
        });

        var points = new ArrayList<KeyPoint>();
        List<Term> subject = List.of();
        Unit subjectOf = null;
        for (Clause c : clauses) {
            var point = point(c, topic, asked);
            if (point == null) continue;
            var terms = point.phrasings().getFirst().terms();
            // "…; it iterates over a sequence": a sentence opened by a pronoun speaks of the subject before it
            boolean pronoun = c.first() && !subject.isEmpty() && PRONOUNS.contains(c.words().getFirst().word().folded())
                    && terms.stream().noneMatch(Term::head);
            if (pronoun) subjectOf = c.unit();
            if (c.first() && !pronoun) {
                subject = terms.stream().filter(Term::head).toList();
                subjectOf = c.unit();
            } else if (c.unit() == subjectOf && !subject.isEmpty() && point.phrasings().size() == 1 && subject.stream().noneMatch(Term::negated)
                    && terms.stream().noneMatch(t -> t.head() && t.given())
                    && terms.stream().noneMatch(t -> !t.optional() && (WordShapes.isIdentifier(t.written()) || WordShapes.isAcronym(t.written())))) {
                // (not when the clause names a subject of its own: "…, та із встановленням з'єднання (протокол TCP)")
                // "… and sends a value into it" is said of `.send()`, the subject of its sentence
                var with = new ArrayList<Term>(subject);
                with.addAll(terms);
                point = new KeyPoint(point.text(), point.kind(), List.of(new Phrase(with, false)), point.line(), point.essential());
            }
            points.add(point);
        }
        if (points.size() > max) { // keep the essential ones first, then the reference's order
            var kept = new ArrayList<KeyPoint>(points.stream().filter(KeyPoint::essential).limit(max).toList());
            for (KeyPoint p : points) if (kept.size() < max && !kept.contains(p)) kept.add(p);
            points.removeIf(p -> !kept.contains(p));
        }
        return List.copyOf(points);
    }

    private List<Tagged> tag(Unit unit, List<Word> words) {
        boolean cyrillicText = cyrillicShare(unit.text()) > 0.5;
        boolean[] negated = Wording.negations(words, unit.text());
        boolean[] clauseNegated = Wording.clauseNegations(words, unit.text());
        int headEnd = headEnd(unit, words);
        var out = new ArrayList<Tagged>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean code = inside(unit.code(), w.start());
            boolean term = code || WordShapes.isIdentifier(w.written()) || WordShapes.isAcronym(w.written())
                    || (cyrillicText && WordShapes.isLatin(w.written()) && !w.stop() && w.written().length() > 1);
            boolean keyword = LOOP_KEYWORDS.contains(w.folded()) && i + 1 < words.size() && LOOP_NOUNS.stream().anyMatch(words.get(i + 1).folded()::startsWith);
            boolean content = term || keyword || (Wording.isAmount(w.folded()) && w.folded().length() > 3) || (!w.stop() && !Wording.isFiller(w.folded())
                    && !Wording.isNegation(w.folded()) && !Wording.isContrast(w.folded()) && WordShapes.letters(w.folded()) >= 2);
            out.add(new Tagged(w, i, content, term || keyword, negated[i], clauseNegated[i], content && i < headEnd));
        }
        return out;
    }

    /**
     * Where the subject of "X — what it is", "**X** what it is", "X: …", "X is …" ends (a word index), or 0 when the
     * unit has none.
     */
    private static int headEnd(Unit unit, List<Word> words) {
        String text = unit.text();
        if (!unit.bold().isEmpty() && unit.bold().getFirst().start() <= firstLetter(text)) {
            int end = unit.bold().getFirst().end();
            int n = (int) words.stream().filter(w -> w.start() < end).count();
            if (n >= 1 && n <= SHORT_HEAD && n < words.size()) return n;
        }
        for (int i = 1; i < words.size() && i <= SHORT_HEAD + 4; i++) {
            String gap = text.substring(words.get(i - 1).end(), words.get(i).start());
            boolean dash = gap.contains(" — ") || gap.contains(" - ") || gap.contains(" – ") || gap.contains("—") || (gap.contains(":") && i <= 2);
            if (dash || DEFINITION_VERB.matcher(words.get(i).folded()).matches()) {
                // "it ensures that names are unique": the verb of a clause inside, no subject of this one
                if (!dash && (PRONOUNS.contains(words.getFirst().folded())
                        || words.subList(0, i).stream().anyMatch(w -> SUBORDINATE.contains(w.folded())))) return 0;
                long content = words.subList(0, i).stream().filter(w -> !w.stop()).count();
                boolean alias = text.substring(0, words.get(i).start()).contains("(");
                if (content >= 1 && content <= SHORT_HEAD + (alias ? 1 : 0) && i < words.size() - 1) return i;
                return 0;
            }
        }
        return 0;
    }

    /** Cuts a unit into clauses at commas, semicolons, joining and contrast words; a bracket stays with its clause. */
    private List<Clause> clauses(Unit unit, List<Word> words, List<Tagged> tagged) {
        String text = unit.text();
        if (text.strip().endsWith(":") && tagged.stream().noneMatch(Tagged::head)) return List.of(); // "Достоинства:" leads in
        var pieces = new ArrayList<List<Tagged>>();
        var current = new ArrayList<Tagged>();
        int depth = 0;
        for (int i = 0; i < tagged.size(); i++) {
            if (i > 0) {
                String gap = text.substring(words.get(i - 1).end(), words.get(i).start());
                for (char ch : gap.toCharArray()) {
                    if (ch == '(') depth++;
                    if (ch == ')') depth = Math.max(0, depth - 1);
                }
                boolean cut = depth == 0 && !insideHead(tagged, i) && (gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0
                        || (gap.indexOf(':') >= 0 && !tagged.get(i - 1).head())
                        || (isJoin(words.get(i).folded()) && !namesListed(tagged, i)));
                if (cut && gap.indexOf(',') >= 0 && gap.strip().equals(",") && tagged.get(i - 1).term() && tagged.get(i).term() && i + 1 < tagged.size()
                        && (tagged.get(i + 1).term() || isJoin(words.get(i + 1).folded()))) cut = false; // "GET, PUT и DELETE" lists names
                boolean leadIn = gap.indexOf(':') >= 0 && !tagged.get(i - 1).head() && current.stream().noneMatch(Tagged::term)
                        && current.stream().filter(Tagged::content).count() > SHORT_HEAD && current.stream().anyMatch(KeyPoints::announces);
                if (leadIn) current.clear(); // "Програми можна поділити на дві категорії: …"
                else if (cut && !current.isEmpty()) {
                    pieces.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(tagged.get(i));
        }
        if (!current.isEmpty()) pieces.add(current);
        // a piece of fewer than two content words joins its neighbour, unless it is a term of its own
        var merged = new ArrayList<List<Tagged>>();
        for (var piece : pieces) {
            long content = piece.stream().filter(Tagged::content).count();
            boolean listed = isJoin(piece.getFirst().word().folded()) && content <= 1; // "Windows і macOS"
            boolean standsAlone = !listed && (content >= 2 || (content == 1 && piece.stream().anyMatch(t -> t.content() && t.term())));
            if (!standsAlone && !merged.isEmpty()) merged.getLast().addAll(piece);
            else merged.add(new ArrayList<>(piece));
        }
        for (int i = 0; i + 1 < merged.size(); i++) { // a lone first piece joins the next ("Процесс — это то, что …")
            long content = merged.get(i).stream().filter(Tagged::content).count();
            // "A for loop is used | when you know …": a piece that only names the subject claims nothing of it yet
            boolean subjectOnly = i == 0 && content >= 1 && merged.get(i).stream().filter(Tagged::content).allMatch(Tagged::head);
            if (content == 0 || subjectOnly || (i == 0 && content == 1 && merged.get(i).stream().noneMatch(t -> t.content() && t.term()))) {
                merged.get(i + 1).addAll(0, merged.remove(i));
                i--;
            }
        }
        var out = new ArrayList<Clause>();
        for (int i = 0; i < merged.size(); i++) {
            var clause = new Clause(unit, merged.get(i), i == 0);
            var examples = clause.words().stream().filter(t -> inLongBrackets(clause, t)).toList();
            var rest = clause.words().stream().filter(t -> !inLongBrackets(clause, t)).toList();
            if (examples.size() >= 2 && rest.stream().anyMatch(Tagged::content)) { // "(list, dict, set)": a detail of its own
                out.add(new Clause(unit, new ArrayList<>(rest), i == 0));
                out.add(new Clause(unit, new ArrayList<>(examples), false));
            } else {
                out.add(merged.size() == 1 ? new Clause(unit, clause.words(), true, true) : clause);
            }
        }
        return out;
    }

    /** "open и close", "Windows і macOS": a join word between two names lists them, it starts no clause. */
    private static boolean namesListed(List<Tagged> tagged, int i) {
        return i > 0 && i + 1 < tagged.size() && tagged.get(i - 1).term() && tagged.get(i + 1).term();
    }

    private static boolean insideHead(List<Tagged> tagged, int i) {
        return tagged.get(i).head();
    }

    /**
     * "Програми можна поділити на дві категорії: …", "There are three kinds: …": a clause before a colon announces what
     * follows only when it counts or names kinds; "Binary search works on a sorted array: …" claims something itself.
     */
    private static boolean announces(Tagged t) {
        String f = t.word().folded();
        if (Wording.isAmount(f) || NUMBERS.contains(f)) return true;
        for (String b : KIND_WORDS) if (f.startsWith(b)) return true;
        return false;
    }

    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "this", "он", "она", "оно", "они", "він", "вона", "воно",
            "вони", "это", "це");

    private static final Set<String> NUMBERS = Set.of("два", "две", "дві", "три", "четыре", "чотири", "пять", "п'ять", "two", "three", "four",
            "five", "2", "3", "4", "5", "6");
    private static final List<String> KIND_WORDS = List.of("категор", "categor", "тип", "type", "вид", "kind", "sort", "group", "груп",
            "следующ", "наступн", "following", "ways", "способ", "спосіб", "пример", "приклад", "example", "such");

    /** "for loop", "while loop", "with block": keywords the analysers take for stop words. */
    private static final Set<String> LOOP_KEYWORDS = Set.of("for", "while", "with", "if", "else", "try", "except", "finally");
    private static final List<String> LOOP_NOUNS = List.of("loop", "цикл", "statement", "block", "блок", "оператор");

    private static final Set<String> JOIN_WORDS = Set.of("и", "і", "та", "а", "но", "але", "and", "but", "whereas", "while", "however",
            "однако", "проте", "который", "которая", "которые", "которого", "which", "який", "яка", "які", "так", "поэтому", "тому",
            "если", "когда", "где", "якщо", "коли", "де", "when", "where", "if", "because", "since", "бо", "потому", "that", "що");

    /** Words that open a clause inside another ("it ensures that names are unique"). */
    private static final Set<String> SUBORDINATE = Set.of("that", "which", "who", "if", "when", "where", "because", "что", "чтобы", "который",
            "которая", "которые", "если", "когда", "где", "що", "щоб", "який", "яка", "які", "якщо", "коли", "де");

    private static final List<String> DIFFERENCE = List.of("различи", "разниц", "отличи", "відмінн", "різниц", "differen");

    private static boolean isDifference(String folded) {
        for (String b : DIFFERENCE) if (folded.startsWith(b)) return true;
        return false;
    }

    private static boolean isJoin(String folded) {
        return JOIN_WORDS.contains(folded);
    }

    /** The keys of the prompt's content words ("Чем отличается процесс от потока?": процесс, поток, отличается). */
    private Set<String> promptKeys(String prompt, Language language) {
        if (prompt == null || prompt.isBlank()) return Set.of();
        var out = new HashSet<String>();
        for (Word w : analysis.words(prompt, language)) {
            if (w.stop() || Wording.isFiller(w.folded()) || Wording.isNegation(w.folded()) || WordShapes.letters(w.folded()) < 2) continue;
            out.add(w.folded());
            out.addAll(w.keys());
        }
        return out;
    }

    private static boolean asked(Tagged t, Set<String> asked) {
        if (asked.isEmpty()) return false;
        if (asked.contains(t.word().folded())) return true;
        for (String k : t.word().keys()) if (asked.contains(k)) return true;
        return false;
    }

    private KeyPoint point(Clause clause, Set<String> topic, Set<String> asked) {
        var content = distinct(clause.words().stream().filter(Tagged::content).toList());
        if (content.isEmpty()) return null;

        if (content.stream().allMatch(t -> asked(t, asked))) return null; // "GIL" to "What is the GIL?" restates the question
        boolean allTopic = content.stream().allMatch(t -> topic.contains(t.word().folded()) || Wording.isGeneric(t.word().folded()));
        // the subject: the head of "X — …", else the clause's first word when it opens the clause ("Functions must …", "break exits …")
        boolean anyHead = content.stream().anyMatch(Tagged::head);
        Tagged opener = clause.words().stream().filter(Tagged::content).findFirst().orElse(null);
        int openerAt = opener == null ? -1 : clause.words().indexOf(opener);
        boolean afterPronoun = openerAt == 1 && PRONOUNS.contains(clause.words().getFirst().word().folded()); // "it compares …": no subject named
        // a later clause opened by a subject the question names has its own ("…, потоки процесса делят одну")
        boolean askedOpener = !clause.first() && opener != null && openerAt == 0 && asked(opener, asked);
        // "…, а в threading несколько потоков": a later clause opened by a name of its own speaks of it
        boolean namedOpener = !clause.first() && content.size() >= 2 && opener != null && opener.term() && openerAt <= 2 && clause.words().subList(0, openerAt).stream()
                .noneMatch(Tagged::content);
        boolean opens = (clause.first() || askedOpener || namedOpener) && !anyHead && opener != null && (openerAt <= 1 || namedOpener) && !afterPronoun && !topic.contains(opener.word().folded())
                && !Wording.isGeneric(opener.word().folded()) && !Wording.isAmount(opener.word().folded());
        var terms = content.stream().map(t -> new Term(t.word().written(), t.word().folded(), t.word().keys(), t.negated(), t.clauseNegated(),
                !allTopic && (topic.contains(t.word().folded()) || Wording.isGeneric(t.word().folded())),
                (t.head() || (opens && t == opener)) && !topic.contains(t.word().folded()), asked(t, asked))).toList();
        var phrasings = new ArrayList<Phrase>();
        phrasings.add(new Phrase(terms, clause.whole() && content.size() <= 3));
        alias(clause, content, phrasings, asked);
        phrasings.removeIf(ph -> ph.terms().stream().allMatch(Term::given)); // "GIL" is no way to answer "What is the GIL?"
        if (phrasings.isEmpty()) return null;
        boolean hasTerm = content.stream().anyMatch(t -> t.term() && !topic.contains(t.word().folded()));
        boolean essential = clause.first() || hasTerm;
        var first = clause.words().getFirst().word();
        var last = clause.words().getLast().word();
        String text = clause.unit().text().substring(first.start(), last.end()).strip();
        int close = clause.unit().text().indexOf(')', last.end());
        int nextOpen = clause.unit().text().indexOf('(', last.end());
        if (close >= 0 && close - last.end() <= 2 && (nextOpen < 0 || nextOpen > close)) text = clause.unit().text().substring(first.start(), close + 1).strip();
        if (text.length() > 90) text = text.substring(0, 88).strip() + " …";
        boolean single = content.size() == 1 && content.getFirst().term();
        return new KeyPoint(text, single ? KeyPoint.Kind.TERM : KeyPoint.Kind.PHRASE, phrasings, clause.unit().line(), essential);
    }

    /**
     * "Глобальная блокировка интерпретатора (GIL)": a term in brackets and the words just before it, either of
     * which states the point (also the other way round, a term explained in brackets).
     */
    private void alias(Clause clause, List<Tagged> content, List<Phrase> out, Set<String> asked) {
        String text = clause.unit().text();
        int open = text.indexOf('(', clause.words().getFirst().word().start());
        if (open < 0) return;
        int close = text.indexOf(')', open);
        if (close < 0) return;
        var inner = content.stream().filter(t -> t.word().start() > open && t.word().end() <= close).toList();
        var outer = content.stream().filter(t -> t.word().start() < open).toList();
        if (inner.size() == 1 && inner.getFirst().term() && !outer.isEmpty() && outer.size() <= 4
                && outer.size() + inner.size() == content.size()) {
            out.clear();
            out.add(new Phrase(List.of(asTerm(inner.getFirst(), asked)), false));
            out.add(new Phrase(outer.stream().map(t -> asTerm(t, asked)).toList(), true));
        }
    }

    /** "(запросы в веб, работа с файлами …)": examples in brackets are no part of the claim. */
    private static boolean inLongBrackets(Clause clause, Tagged t) {
        String text = clause.unit().text();
        int open = text.lastIndexOf('(', t.word().start());
        if (open < 0) return false;
        int close = text.indexOf(')', open);
        if (close < 0 || close < t.word().start()) return false;
        long inside = clause.words().stream().filter(w -> w.content() && w.word().start() > open && w.word().end() <= close).count();
        return inside > 2;
    }

    private static Term asTerm(Tagged t, Set<String> asked) {
        return new Term(t.word().written(), t.word().folded(), t.word().keys(), t.negated(), t.clauseNegated(), Wording.isGeneric(t.word().folded()), false,
                asked(t, asked));
    }

    private static List<Tagged> distinct(List<Tagged> words) {
        var seen = new HashSet<String>();
        return words.stream().filter(t -> seen.add(t.word().folded())).toList();
    }

    private static Set<String> foldedOf(List<Tagged> words) {
        var out = new HashSet<String>();
        words.forEach(t -> out.add(t.word().folded()));
        return out;
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
