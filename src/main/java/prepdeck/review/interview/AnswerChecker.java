package prepdeck.review.interview;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.terms.Glossary;

/**
 * Checks a typed answer against a reference answer: which of the reference's key points it states, which it
 * contradicts, and a score that orders a complete answer above a partial one above a wrong one. Plain rules over an
 * injected {@link TextAnalysis} and the field's {@link Glossary}. The card's prompt, when given, tells which words an
 * answer repeats from the question (no evidence of knowing). The key points of the last {@value #CACHED} references
 * are kept, so a long reference is not analysed again for every answer; safe to share between threads.
 */
public final class AnswerChecker {
    /** Marks a concept's number among words ("threads" names the subject «потоки» does). */
    static final String CONCEPT = "\u0000concept:";

    private static boolean isCode(Term t) {
        return t.folded().indexOf('_') >= 0 || t.folded().indexOf('.') >= 0;
    }

    /** How many analysed references are kept. */
    static final int CACHED = 512;

    private final TextAnalysis analysis;
    private final KeyPoints keyPoints;
    private final Coverage coverage;
    private final Lexicon lexicon;
    private final Map<Asked, List<KeyPoint>> analysed = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Asked, List<KeyPoint>> eldest) {
            return size() > CACHED;
        }
    });

    /** A card's question and answer, as the cache knows them. */
    private record Asked(String prompt, String reference, Language language) {}

    /** A checker with the glossary that ships with prepdeck. */
    public AnswerChecker(TextAnalysis analysis) {
        this(analysis, Glossary.standard());
    }

    /** A checker with the given glossary (the standard one {@linkplain Glossary#with with} terms found in the notes). */
    public AnswerChecker(TextAnalysis analysis, Glossary glossary) {
        this.analysis = Objects.requireNonNull(analysis);
        this.keyPoints = new KeyPoints(analysis);
        this.lexicon = new Lexicon(glossary, analysis);
        this.coverage = new Coverage(analysis, lexicon);
    }

    /** The key points of a reference answer (Markdown); none when it claims nothing checkable. */
    public List<KeyPoint> keyPoints(String reference, Language language) {
        return keyPoints("", reference, language);
    }

    /**
     * The key points of a card's answer (Markdown) to its prompt; the prompt's words are {@linkplain Term#given given},
     * and a point that only restates the question is none. Remembered for the next answer to the same card.
     */
    public List<KeyPoint> keyPoints(String prompt, String reference, Language language) {
        var key = new Asked(prompt == null ? "" : prompt, Objects.requireNonNull(reference), Objects.requireNonNull(language));
        var known = analysed.get(key);
        if (known != null) return known;
        var points = keyPoints.of(key.reference(), key.prompt(), language); // outside the lock: two threads may both work it out
        analysed.put(key, points);
        return points;
    }

    public AnswerCheck check(String reference, String answer, Language language) {
        return check("", reference, answer, language);
    }

    /** Checks an answer to a card: its prompt (the question asked; may be empty) and its reference answer. */
    public AnswerCheck check(String prompt, String reference, String answer, Language language) {
        return check(keyPoints(prompt, reference, language), answer, language);
    }

    /** Checks against points found before, as a mock interview does for each answer to the same question. */
    public AnswerCheck check(List<KeyPoint> points, String answer, Language language) {
        if (points.isEmpty()) return new AnswerCheck(OptionalDouble.empty(), List.of(), language);
        var words = Coverage.Answer.of(answer, analysis.words(answer, language), lexicon);
        var checks = points.stream().map(p -> coverage.check(p, words, new Coverage.Others(otherHeads(p, points), subjectsElsewhere(p, points),
                otherNames(p, points), rivals(p, points), otherWords(p, points), allOtherWords(p, points)))).toList();
        double total = 0, sum = 0;
        for (PointCheck c : checks) {
            double w = c.point().weight();
            total += w;
            if (c.covered()) sum += w * c.credit();
            if (c.contradicted()) sum -= w;
        }
        return new AnswerCheck(OptionalDouble.of(Math.max(0, sum / total)), checks, language);
    }

    /**
     * The words of the points parallel to this one ("*args collects positional …" / "**kwargs collects keyword …"):
     * those sharing real words with it, less the words they share.
     */
    private static List<Term> rivals(KeyPoint point, List<KeyPoint> points) {
        var own = new HashSet<String>();
        for (Term t : point.phrasings().getFirst().terms()) if (!t.optional()) own.add(t.folded());
        var out = new java.util.ArrayList<Term>();
        for (KeyPoint p : points) {
            if (p == point) continue;
            var terms = p.phrasings().getFirst().terms().stream().filter(t -> !t.optional()).toList();
            long shared = terms.stream().filter(t -> own.contains(t.folded())).count();
            if (shared >= 2 || (shared >= 1 && own.size() <= 3 && terms.size() <= 3)) out.addAll(terms);
        }
        return out;
    }

    /** The needed words of the reference's other points that this one does not have ("int", "tuple" for the point on mutable objects). */
    private static Set<String> otherWords(KeyPoint point, List<KeyPoint> points) {
        var own = new HashSet<String>();
        for (Phrase ph : point.phrasings()) for (Term t : ph.terms()) own.add(t.folded());
        var out = new HashSet<String>();
        for (KeyPoint p : points) {
            if (p == point) continue;
            for (Term t : p.phrasings().getFirst().terms()) {
                if (t.optional() || t.given() || own.contains(t.folded())) continue;
                out.add(t.folded());
                out.addAll(t.keys());
            }
        }
        return out;
    }

    /** Every word (folded and lemmas) of the reference's other points. */
    private static Set<String> allOtherWords(KeyPoint point, List<KeyPoint> points) {
        var out = new HashSet<String>();
        for (KeyPoint p : points) {
            if (p == point) continue;
            for (Phrase ph : p.phrasings()) {
                for (Term t : ph.terms()) {
                    out.add(t.folded());
                    out.addAll(t.keys());
                }
            }
        }
        return out;
    }

    /**
     * The names (acronyms, identifiers) of the reference's other points that this one does not have, when it has a name of
     * its own: "TCP" for "без встановлення з'єднання (протокол UDP)". A sentence naming only them is about another thing.
     */
    private static Set<String> otherNames(KeyPoint point, List<KeyPoint> points) {
        var own = new HashSet<String>();
        for (Phrase ph : point.phrasings()) for (Term t : ph.terms()) if (Coverage.isName(t)) own.add(t.folded());
        if (own.isEmpty()) return Set.of();
        var out = new HashSet<String>();
        for (KeyPoint p : points) {
            if (p == point) continue;
            for (Term t : p.phrasings().getFirst().terms()) if (Coverage.isName(t) && !own.contains(t.folded())) out.add(t.folded());
        }
        return out;
    }

    /** The subjects of the reference's other points, named in this one or not ("образу" in "Контейнер — запущений екземпляр образу"). */
    private static Set<String> subjectsElsewhere(KeyPoint point, List<KeyPoint> points) {
        var out = new HashSet<String>();
        for (KeyPoint p : points) {
            if (p == point) continue;
            for (Term t : p.phrasings().getFirst().terms()) {
                if (!t.head()) continue;
                out.add(t.folded());
                out.addAll(t.keys());
            }
        }
        return out;
    }

    /**
     * The subjects of the reference's other points that this one does not name ("TCP" for the point on UDP). When this
     * point's subject is one the question names («Чем отличается процесс от потока?»), so are the other points' words the
     * question names: "каждый поток имеет свою память" says of the thread what the reference says of the process.
     */
    private Set<String> otherHeads(KeyPoint point, List<KeyPoint> points) {
        var own = new HashSet<String>();
        boolean askedSubject = false;
        for (Phrase ph : point.phrasings()) {
            for (Term t : ph.terms()) {
                own.add(t.folded());
                own.addAll(t.keys());
                askedSubject |= t.head() && t.given();
            }
        }
        var out = new HashSet<String>();
        for (KeyPoint p : points) {
            if (p == point) continue;
            for (Phrase ph : p.phrasings()) {
                for (Term t : ph.terms()) {
                    if (!(t.head() || (askedSubject && t.given())) || own.contains(t.folded())) continue;
                    if (t.keys().stream().anyMatch(own::contains)) continue;
                    out.add(t.folded());
                    if (t.given()) out.addAll(t.keys());
                    if (t.given() && !isCode(t)) for (int c : lexicon.concepts(t.folded(), t.keys())) out.add(CONCEPT + c);
                }
            }
        }
        return out;
    }
}
