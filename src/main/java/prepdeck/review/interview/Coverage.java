package prepdeck.review.interview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides what an answer does with each key point. The answer is cut into segments (sentences, and the claims a
 * contrast word separates: "UDP …, а TCP …"); a point is judged on the segment that says most of it. A term is said
 * by a word with one of its lemmas, a word one small typo away, an identifier split or joined
 * ("prefetch related"), or a word of the same concept in any of the three languages (the glossary); it is said
 * <em>against</em> the reference when its polarity differs (a negation in one and not the other) or when the answer
 * uses its opposite ("eager" for "lazy"). A point is covered when at least half its weight is said with the
 * reference's polarity, contradicted when enough of it is said and part of it against the reference (or its
 * subject swapped for another subject of the same reference: "__exit__ runs on entry"), else missed.
 */
final class Coverage {
    /** The share of a point's weight an answer must say to state it. */
    static final double ENOUGH = 0.5;
    /** A long clause is stated by this much of it (two real words, or a name and a word). */
    static final double CAP = 2.0;
    /**
     * A covered point gives its whole weight when this much of it is said (or half of its words besides the subject, when
     * less); stated by fewer words it gives that share, so two words of a long clause count less than four.
     */
    static final double FULL = 2.25;
    /** Within this much of {@link #ENOUGH} a verdict is not sure. */
    private static final double MARGIN = 0.12;
    /** A point with this many needed words is stated by no fewer of them. */
    static final int TWO = 2;
    /** How far after a denied verb the point's words stand to be denied with it ("does not support arrays in columns"). */
    private static final int DENIED_REACH = 3;

    private final TextAnalysis analysis;
    private final Lexicon lexicon;

    Coverage(TextAnalysis analysis, Lexicon lexicon) {
        this.analysis = Objects.requireNonNull(analysis);
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    /** An answer's words with their segment, polarity, concepts, and the joined runs of two, three or four words. */
    record Answer(String text, List<Word> words, int[] segment, int[] clause, boolean[] negated, boolean[] clauseNegated,
            List<Set<Integer>> concepts, List<String> joined1, List<String> joined2, List<String> joined3, List<String> joined4,
            boolean[] continues,
            java.util.IdentityHashMap<Term, Relation[]> relations, java.util.IdentityHashMap<Term, Set<Integer>> termConcepts,
            java.util.IdentityHashMap<Term, String> termJoined) {
        static Answer of(String text, List<Word> words, Lexicon lexicon) {
            int[] segment = new int[words.size()];
            int s = 0;
            for (int i = 0; i < words.size(); i++) {
                if (i > 0 && (endsSentence(text, words.get(i - 1).end(), words.get(i).start()) || Wording.isContrast(words.get(i).folded()))) s++;
                segment[i] = s;
            }
            var concepts = new ArrayList<Set<Integer>>(words.size());
            var j1 = new ArrayList<String>(words.size());
            var j2 = new ArrayList<String>(words.size());
            var j3 = new ArrayList<String>(words.size());
            var j4 = new ArrayList<String>(words.size()); // "first in, first out", «перший прийшов, перший вийшов»
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                concepts.add(w.stop() ? Set.of() : lexicon.concepts(w.folded(), w.keys()));
                j1.add(Lexicon.joined(w.folded()));
                j2.add(i + 1 < words.size() ? Lexicon.joined(w.folded() + words.get(i + 1).folded()) : "");
                j3.add(i + 2 < words.size() ? Lexicon.joined(w.folded() + words.get(i + 1).folded() + words.get(i + 2).folded()) : "");
                j4.add(i + 3 < words.size() ? Lexicon.joined(w.folded() + words.get(i + 1).folded() + words.get(i + 2).folded()
                        + words.get(i + 3).folded()) : "");
            }
            int[] clause = Wording.clauses(words, text);
            return new Answer(text, words, segment, clause, Wording.negations(words, text), Wording.clauseNegations(words, text),
                    concepts, j1, j2, j3, j4, Wording.continuations(words, text, clause), new java.util.IdentityHashMap<>(), new java.util.IdentityHashMap<>(), new java.util.IdentityHashMap<>());
        }

        private static boolean endsSentence(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') return true;
            }
            return false;
        }

        int segments() {
            return words.isEmpty() ? 0 : segment[words.size() - 1] + 1;
        }

        int clauses() {
            return words.isEmpty() ? 0 : clause[words.size() - 1] + 1;
        }

        /** Where window {@code w} starts (a word index); windows are runs of words. */
        int from(int w) {
            int segs = segments(), cls = clauses();
            if (w >= segs + cls) return from(w - cls);
            int[] of = w < segs ? segment : clause;
            int k = w < segs ? w : w - segs;
            int lo = 0, hi = words.size();
            while (lo < hi) { // the first word whose number is at least k
                int mid = (lo + hi) >>> 1;
                if (of[mid] < k) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /** Where window {@code w} ends (exclusive). */
        int to(int w) {
            int segs = segments(), cls = clauses();
            if (w >= segs + cls) { // a clause with the one that continues it ("pass is a statement that does nothing")
                int k = w - segs - cls;
                return to(segs + (k + 1 < cls && continues[k + 1] ? k + 1 : k));
            }
            int[] of = w < segs ? segment : clause;
            int k = w < segs ? w : w - segs;
            int lo = 0, hi = words.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (of[mid] <= k) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /** Window {@code w}: the segments first, then the clauses. */
        boolean in(int w, int i) {
            int segs = segments();
            return w < segs ? segment[i] == w : clause[i] == w - segs;
        }

        /** The segments, the clauses, then each clause with the next one where that one continues it. */
        int windows() {
            return segments() + 2 * clauses();
        }

        /** Whether window {@code w} is a clause joined with no continuation: the same words as the clause alone. */
        boolean repeats(int w) {
            int segs = segments(), cls = clauses();
            if (w < segs + cls) return false;
            int k = w - segs - cls;
            return k + 1 >= cls || !continues[k + 1];
        }
    }

    /** How a reference's term fares in one segment. */
    private enum Said { NOT, WITH, AGAINST }

    /** How an answer's word relates to a term. */
    enum Relation { NONE, SAME, OPPOSITE }

    /** An acronym or identifier of a point, not a word of the question or the topic. */
    static boolean isName(Term t) {
        return !t.optional() && !t.given() && (WordShapes.isIdentifier(t.written()) || WordShapes.isAcronym(t.written()));
    }

    /**
     * What the reference's other points say, to tell a sentence about them from one against this point: their subjects
     * this one does not name, all their subjects, their names, the words of parallel points, and their needed words.
     */
    record Others(Set<String> heads, Set<String> subjects, Set<String> names, List<Term> rivals, Set<String> words, Set<String> all) {}

    PointCheck check(KeyPoint point, Answer answer, Others others) {
        for (Phrase phrase : point.phrasings()) seedConcepts(phrase, answer);
        Verdict best = null, bestClause = null;
        for (Phrase phrase : point.phrasings()) {
            // a label's words must stand together, in one clause: "типизация статическая, абстракции динамическая" says neither
            for (int s = phrase.label() ? answer.segments() : 0; s < answer.windows(); s++) {
                if (answer.repeats(s)) continue;
                Verdict v = judge(phrase, answer, s, others);
                if (best == null || v.better(best)) best = v;
                if (s >= answer.segments() && (bestClause == null || v.better(bestClause))) bestClause = v;
            }
        }
        // "A while loop iterates over a sequence, a for loop depends on a condition": a clause that says the point of
        // another subject outweighs the whole sentence, which has every word somewhere
        if (best != null && bestClause != null && best.status() == PointCheck.Status.COVERED && bestClause.status() == PointCheck.Status.CONTRADICTED
                && bestClause.swap()) best = bestClause;
        if (best == null) return new PointCheck(point, PointCheck.Status.MISSED, List.of(), true);
        return best.toCheck(point);
    }

    /**
     * A term's concepts, and those of the two-word term it makes with its neighbour in the point: «друг друга» is "each
     * other", «обратные вызовы» a callback, «верхняя оценка» an upper bound, though neither word alone is.
     */
    private void seedConcepts(Phrase phrase, Answer answer) {
        var terms = phrase.terms();
        if (answer.termConcepts().containsKey(terms.getFirst())) return;
        var out = new ArrayList<Set<Integer>>(terms.size());
        for (Term t : terms) out.add(new java.util.HashSet<>(lexicon.concepts(t.folded(), t.keys())));
        for (int k = 0; k + 1 < terms.size(); k++) {
            if (isCode(terms.get(k).folded()) || isCode(terms.get(k + 1).folded())) continue;
            var pair = lexicon.conceptsOfJoined(Lexicon.joined(terms.get(k).folded() + terms.get(k + 1).folded()));
            if (pair.isEmpty()) continue;
            out.get(k).addAll(pair);
            out.get(k + 1).addAll(pair);
        }
        for (int k = 0; k < terms.size(); k++) answer.termConcepts().putIfAbsent(terms.get(k), out.get(k));
    }

    /** The finding on one phrasing in one segment. */
    private record Verdict(PointCheck.Status status, double said, double with, List<String> matched, boolean swap, double credit) {
        Verdict(PointCheck.Status status, double said, double with, List<String> matched) {
            this(status, said, with, matched, false, 1);
        }

        Verdict swapped(boolean own) {
            return new Verdict(status, said, with, matched, own, credit);
        }

        Verdict credited(double c) {
            return new Verdict(status, said, with, matched, swap, c);
        }

        boolean better(Verdict o) {
            int a = rank(), b = o.rank();
            if (a != b) return a > b;
            return said > o.said;
        }

        private int rank() {
            return switch (status) {
                case COVERED -> 2;
                case CONTRADICTED -> 1;
                case MISSED -> 0;
            };
        }

        PointCheck toCheck(KeyPoint point) {
            boolean sure = Math.abs((status == PointCheck.Status.COVERED ? with : said) - ENOUGH) > MARGIN;
            return new PointCheck(point, status, status == PointCheck.Status.MISSED ? List.of() : matched, sure, credit);
        }
    }

    private Verdict judge(Phrase phrase, Answer answer, int segment, Others others) {
        Set<String> otherHeads = others.heads(), subjectsElsewhere = others.subjects(), otherNames = others.names();
        List<Term> rivals = others.rivals();
        double total = 0, said = 0, with = 0, against = 0, heavyWith = 0;
        int needed = 0, neededWith = 0;
        boolean headMissing = false, headed = false;
        var matched = new LinkedHashMap<Integer, String>();
        // "mutable objects can be changed" for the point "immutable objects cannot be changed": its key word said only
        // as its antonym with the negation turned round is the other point's statement, neither this one nor against it
        if (onlyThroughItsAntonym(phrase, answer, segment)) return new Verdict(PointCheck.Status.MISSED, 0, 0, List.of());
        for (Term t : phrase.terms()) {
            double w = t.weight();
            boolean counts = !t.optional() && !t.given();
            if (counts) total += w; // a topic word counts only when said, a word of the question not at all
            if (counts) needed++;
            if (t.head()) headed = true;
            Said s = Said.NOT;
            int at = -1;
            for (int i = answer.from(segment); i < answer.to(segment); i++) {
                Relation r = relation(t, answer, i);
                if (r == Relation.NONE) continue;
                boolean agrees = agrees(t, answer, i, r);
                if (agrees) {
                    s = Said.WITH;
                    at = i;
                    break;
                }
                if (s == Said.NOT) {
                    s = Said.AGAINST;
                    at = i;
                }
            }
            if (s == Said.NOT && (WordShapes.isIdentifier(t.written()) || t.folded().contains("-"))) at = joinedAt(t, answer, segment);
            if (s == Said.NOT && at >= 0) s = Said.WITH;
            if (s == Said.NOT) {
                if (t.head()) headMissing = true;
                continue;
            }
            if (t.given()) { // repeating the question shows nothing; saying it the other way round still contradicts
                if (s == Said.AGAINST) {
                    said += w;
                    total += w;
                    against += w;
                    matched.put(at, answer.words().get(at).written());
                }
                continue;
            }
            said += w;
            if (t.optional()) total += w;
            matched.put(at, answer.words().get(at).written());
            if (s == Said.WITH) {
                with += w;
                if (!t.optional()) {
                    neededWith++;
                    heavyWith += w;
                }
            } else if (!t.optional()) {
                against += w;
            }
        }
        // the words of this point said its way that no other point of the reference has ("keyword", "dict" for **kwargs)
        int ownWith = 0;
        for (Term t : phrase.terms()) {
            if (t.optional() || t.given() || t.head() || others.all().contains(t.folded()) || t.keys().stream().anyMatch(others.all()::contains)) continue;
            if (saidWith(t, answer, segment)) ownWith++;
        }
        var words = new ArrayList<>(matched.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList());
        if (total == 0) total = phrase.terms().stream().filter(t -> !t.given()).mapToDouble(Term::weight).sum();
        if (total == 0) total = 1;
        double needWeight = Math.min(ENOUGH * total, CAP);
        double share = said / needWeight * ENOUGH, shareWith = with / needWeight * ENOUGH;
        int realSaid = 0;
        boolean nameSaid = false;
        for (Term t : phrase.terms()) {
            if (t.optional() || t.given() || !saidEither(t, answer, segment)) continue;
            realSaid++;
            nameSaid |= t.weight() > 1;
        }
        // a two-word label ("- Динамическая типизация") needs both words, unless one is a name said ("TLS")
        boolean enough = share >= ENOUGH && (needed == 0 || realSaid > 0) && (!phrase.label() || needed != 2 || realSaid == 2 || nameSaid);
        // "TCP встановлює з'єднання" for the point on UDP: said of another thing the reference names, not against this one
        boolean ofAnother = !otherNames.isEmpty() && phrase.terms().stream().filter(Coverage::isName).noneMatch(t -> saidEither(t, answer, segment))
                && swapped(answer, segment, otherNames);
        if (enough && against > 0 && ofAnother) return new Verdict(PointCheck.Status.MISSED, share, shareWith, words);
        // "ints and tuples can't be modified once created" for the point on mutable objects: without this point's subject,
        // a clause naming the other points' things says what they are, not something against this point
        if (enough && against > 0 && headed && headMissing && swapped(answer, segment, others.words())) {
            return new Verdict(PointCheck.Status.MISSED, share, shareWith, words);
        }
        // "I/O операции GIL не блокирует" against "GIL блокирует только CPU задачи": only words the other points share
        // (what they say of I/O) are denied, none of this point's own
        if (enough && against > 0 && ownWords(phrase, others) > 0 && ownEither(phrase, answer, segment, others) == 0) {
            return new Verdict(PointCheck.Status.MISSED, share, shareWith, words);
        }
        if (enough && against > 0) return new Verdict(PointCheck.Status.CONTRADICTED, share, shareWith, words);
        if (enough && ofAnother && phrase.terms().stream().anyMatch(Coverage::isName)) {
            return new Verdict(PointCheck.Status.CONTRADICTED, share, shareWith, words).swapped(ownWith > 0);
        }
        if (enough && headed && headMissing && swapped(answer, segment, otherHeads)) {
            // said of another subject: a swap when the point's own words are there, too little to tell when one word is
            return new Verdict(neededWith >= TWO || needed < TWO && heavyWith > 1 ? PointCheck.Status.CONTRADICTED : PointCheck.Status.MISSED,
                    share, shareWith, words).swapped(ownWith > 0);
        }
        if (enough && headed && inverted(phrase, answer, segment, subjectsElsewhere)) {
            return new Verdict(PointCheck.Status.CONTRADICTED, share, shareWith, words).swapped(ownWith > 0);
        }
        if (enough && !rivals.isEmpty()) { // "*args collects keyword arguments into a dict": the other point's words, not this one's
            var own = new java.util.HashSet<String>();
            rivals.forEach(r -> own.add(r.folded()));
            int ownSaid = 0, rivalSaid = 0;
            for (Term t : phrase.terms()) {
                if (t.optional() || own.contains(t.folded())) continue;
                if (saidIn(t, answer, segment)) ownSaid++;
            }
            var mine = new java.util.HashSet<String>();
            phrase.terms().forEach(t -> mine.add(t.folded()));
            for (Term r : rivals) if (!r.optional() && !mine.contains(r.folded()) && saidIn(r, answer, segment)) rivalSaid++;
            if (rivalSaid > ownSaid) return new Verdict(PointCheck.Status.CONTRADICTED, share, shareWith, words).swapped(ownWith > 0);
        }
        // a point of two needed words is not stated by its subject or an amount alone ("процесс тяжелее" for "процесс имеет
        // свою память", "одно и то же" for "потоки делят одну")
        boolean both = needed < TWO || neededWith >= TWO || !onlyHeadWith(phrase, answer, segment);
        // "Indexes … do not change query performance" for "indexes improve query performance": the answer denies something
        // of these words that the reference asserts; not said the reference's way, even if no word of it is against
        boolean deniedElsewhere = false;
        if (phrase.terms().stream().noneMatch(t -> t.negated() || t.clauseNegated())) {
            for (int i = answer.from(segment); i < answer.to(segment); i++) {
                if (!answer.negated()[i] || matched.containsKey(i) || answer.words().get(i).stop()) continue;
                int clause = answer.clause()[i]; // a verb denied just before the words that state the point
                for (int at : matched.keySet()) if (answer.clause()[at] == clause && at > i && at <= i + DENIED_REACH) deniedElsewhere = true;
            }
        }
        if (enough && both && !deniedElsewhere && shareWith >= ENOUGH && (heavyWith > 0 || needed == 0)) {
            // a long clause stated by two of its words gives part of its weight, the whole from FULL words or half of its
            // words besides the subject (an answer need not name what the question asks about)
            double rest = phrase.terms().stream().filter(t -> !t.optional() && !t.given() && !t.head()).mapToDouble(Term::weight).sum();
            double full = Math.max(Math.min(ENOUGH * rest, FULL), Math.min(CAP, ENOUGH * total));
            return new Verdict(PointCheck.Status.COVERED, share, shareWith, words).credited(Math.min(1, with / full));
        }
        return new Verdict(PointCheck.Status.MISSED, share, shareWith, words);
    }

    private static boolean own(Term t, Others others) {
        return !t.optional() && !t.given() && !t.head() && !others.all().contains(t.folded()) && t.keys().stream().noneMatch(others.all()::contains);
    }

    /** How many needed words of the point no other point of the reference has. */
    private static int ownWords(Phrase phrase, Others others) {
        int n = 0;
        for (Term t : phrase.terms()) if (own(t, others)) n++;
        return n;
    }

    /** How many of those the window says, either way. */
    private int ownEither(Phrase phrase, Answer answer, int window, Others others) {
        int n = 0;
        for (Term t : phrase.terms()) if (own(t, others) && saidEither(t, answer, window)) n++;
        return n;
    }

    /** Whether the only needed words the window says the reference's way are the point's subject or an amount. */
    private boolean onlyHeadWith(Phrase phrase, Answer answer, int window) {
        boolean any = false;
        for (Term t : phrase.terms()) {
            if (t.optional() || t.given() || !saidWith(t, answer, window)) continue;
            if (!t.head() && !Wording.isAmount(t.folded())) return false;
            any = true;
        }
        return any;
    }

    private boolean saidWith(Term t, Answer answer, int window) {
        for (int i = answer.from(window); i < answer.to(window); i++) {
            Relation r = relation(t, answer, i);
            if (r != Relation.NONE && agrees(t, answer, i, r)) return true;
        }
        return (WordShapes.isIdentifier(t.written()) || t.folded().contains("-")) && joinedAt(t, answer, window) >= 0;
    }

    private boolean saidEither(Term t, Answer answer, int window) {
        for (int i = answer.from(window); i < answer.to(window); i++) if (relation(t, answer, i) != Relation.NONE) return true;
        return (WordShapes.isIdentifier(t.written()) || t.folded().contains("-")) && joinedAt(t, answer, window) >= 0;
    }

    /** Whether the window says the term (the same concept, either polarity). */
    private boolean saidIn(Term t, Answer answer, int window) {
        for (int i = answer.from(window); i < answer.to(window); i++) if (relation(t, answer, i) == Relation.SAME) return true;
        return false;
    }

    /**
     * Whether an answer's word says a term the reference's way. A negation bearing on one word flips it only when the
     * other side's clause has no negation at all ("без з'єднання" agrees with "без встановлення з'єднання"); an
     * opposite flips it unless one side is negated ("не синхронный" agrees with "асинхронный").
     */
    private static boolean agrees(Term t, Answer answer, int i, Relation r) {
        boolean refNeg = t.negated() || t.clauseNegated(), ansNeg = answer.negated()[i] || answer.clauseNegated()[i];
        if (r == Relation.OPPOSITE) return refNeg != ansNeg;
        if (t.negated() && !answer.clauseNegated()[i]) return false;
        if (answer.negated()[i] && !t.clauseNegated() && !t.negated()) return false;
        return true;
    }

    /**
     * The point's subject said in the window only as its opposite with the polarity turned round, and never as itself.
     * Only the subject: "the order is different" for "does not match" is the same statement said through an antonym.
     */
    private boolean onlyThroughItsAntonym(Phrase phrase, Answer answer, int segment) {
        for (Term t : phrase.terms()) {
            if (!t.head()) continue;
            boolean flipped = false, itself = false;
            for (int i = answer.from(segment); i < answer.to(segment); i++) {
                Relation r = relation(t, answer, i);
                if (r == Relation.SAME) itself = true;
                else if (r == Relation.OPPOSITE && agrees(t, answer, i, r)) flipped = true;
            }
            if (flipped && !itself) return true;
        }
        return false;
    }

    /** "is", "это", "це": the verb of a definition; a dash or a colon does the same. */
    private static final Set<String> DEFINES = Set.of("is", "are", "это", "це", "є", "является", "являются");

    /**
     * Whether the window states the point with subject and object swapped in one clause: the reference says "Контейнер —
     * запущений екземпляр образу", where «образ» is the subject of another point, and the answer "образ — запущений
     * екземпляр контейнера": before the definition's dash (or "is") stands the other subject, after it this one.
     */
    private boolean inverted(Phrase phrase, Answer answer, int window, Set<String> subjectsElsewhere) {
        if (subjectsElsewhere.isEmpty() || answer.words().isEmpty()) return false;
        int start = answer.from(window);
        if (start >= answer.words().size()) return false;
        int sentence = answer.segment()[start]; // a clause after the dash is still part of the definition's sentence
        int from = answer.from(sentence), to = answer.to(sentence);
        int marker = -1; // the first word after the definition's dash or verb
        for (int i = from + 1; i < to && i <= from + 4; i++) {
            String gap = answer.text().substring(answer.words().get(i - 1).end(), answer.words().get(i).start());
            if (gap.contains("—") || gap.contains(" - ") || gap.contains("–") || gap.contains(":")) {
                marker = i;
                break;
            }
            if (DEFINES.contains(answer.words().get(i).folded())) {
                marker = i + 1;
                break;
            }
        }
        if (marker < 0 || marker >= to) return false;
        boolean objectFirst = false, subjectAfter = false;
        for (Term t : phrase.terms()) {
            if (t.given() && !t.head()) continue;
            boolean elsewhere = !t.head() && (subjectsElsewhere.contains(t.folded()) || t.keys().stream().anyMatch(subjectsElsewhere::contains));
            for (int i = from; i < to; i++) {
                if (relation(t, answer, i) != Relation.SAME) continue;
                if (elsewhere && i < marker) objectFirst = true;
                if (t.head() && i >= marker) subjectAfter = true;
            }
        }
        return objectFirst && subjectAfter;
    }

    /** Whether the segment names another subject of the same reference (the answer said this point of it). */
    private static boolean swapped(Answer answer, int window, Set<String> otherHeads) {
        if (otherHeads.isEmpty()) return false;
        int first = answer.from(window), end = answer.to(window);
        int from = first;
        // "Контейнер — шаблон …": the subject before a dash belongs to the clause after it
        if (first > 0 && answer.text().substring(answer.words().get(first - 1).end(), answer.words().get(first).start()).matches(".*[—:–]\\s*|.* - \\s*")) {
            int c = answer.clause()[first - 1];
            while (from > 0 && answer.clause()[from - 1] == c) from--;
        }
        for (int i = Math.max(0, from); i < end; i++) {
            Word w = answer.words().get(i);
            if (otherHeads.contains(w.folded()) || otherHeads.contains(answer.joined1().get(i))) return true;
            for (String k : w.keys()) if (otherHeads.contains(k)) return true;
            for (int c : answer.concepts().get(i)) if (otherHeads.contains(AnswerChecker.CONCEPT + c)) return true; // "threads" for «потоки»
        }
        return false;
    }

    /** "prefetch related", "many to many" for {@code prefetch_related}, {@code many-to-many}: where the run starts, or -1. */
    private static int joinedAt(Term t, Answer answer, int segment) {
        String j = Lexicon.joined(t.folded());
        if (j.length() < 4) return -1;
        for (int i = answer.from(segment); i < answer.to(segment); i++) {
            if (j.equals(answer.joined2().get(i)) || j.equals(answer.joined3().get(i)) || j.equals(answer.joined1().get(i))) return i;
        }
        return -1;
    }

    /** A term's relation to each word of the answer, worked out once per answer (Answer keeps the cache). */
    private Relation relation(Term term, Answer answer, int i) {
        Relation[] known = answer.relations().computeIfAbsent(term, t -> new Relation[answer.words().size()]);
        if (known[i] == null) known[i] = relate(term, answer, i);
        return known[i];
    }

    private Relation relate(Term term, Answer answer, int i) {
        Word word = answer.words().get(i);
        if (word.folded().equals(term.folded())) return Relation.SAME;
        if (word.stop()) return stopWordOpens(term, answer, i) ? Relation.SAME : Relation.NONE;
        if (Wording.isNegation(word.folded()) || Wording.isContrast(word.folded())) return Relation.NONE;
        for (String k : term.keys()) if (word.keys().contains(k)) return Relation.SAME;
        String tj = answer.termJoined().computeIfAbsent(term, t -> Lexicon.joined(t.folded())), wj = answer.joined1().get(i);
        if (tj.length() >= 3 && tj.equals(wj)) return Relation.SAME;
        if (prefixNegated(wj, tj) || prefixNegated(tj, wj)) return Relation.OPPOSITE;
        boolean code = isCode(term.folded());
        if (!code) {
            var termConcepts = answer.termConcepts().computeIfAbsent(term, t -> lexicon.concepts(t.folded(), t.keys()));
            var wordConcepts = answer.concepts().get(i);
            if (!termConcepts.isEmpty()) {
                if (lexicon.sameConcept(termConcepts, wordConcepts)) return Relation.SAME;
                if (i + 1 < answer.words().size() && lexicon.sameConcept(termConcepts, lexicon.conceptsOfJoined(answer.joined2().get(i)))) return Relation.SAME;
                if (i + 2 < answer.words().size() && lexicon.sameConcept(termConcepts, lexicon.conceptsOfJoined(answer.joined3().get(i)))) return Relation.SAME;
                if (i + 3 < answer.words().size() && lexicon.sameConcept(termConcepts, lexicon.conceptsOfJoined(answer.joined4().get(i)))) return Relation.SAME;
                boolean phrase = (i + 1 < answer.words().size() && !lexicon.conceptsOfJoined(answer.joined2().get(i)).isEmpty())
                        || (i + 2 < answer.words().size() && !lexicon.conceptsOfJoined(answer.joined3().get(i)).isEmpty());
                if (!phrase && lexicon.opposite(termConcepts, wordConcepts) && !moreThan(answer, i)) return Relation.OPPOSITE; // "одно за другим" is no "one"
                if (i + 1 < answer.words().size() && lexicon.opposite(termConcepts, lexicon.conceptsOfJoined(answer.joined2().get(i)))) return Relation.OPPOSITE;
            }
        }
        if (ONE.contains(term.folded()) && MANY.contains(word.folded()) || MANY.contains(term.folded()) && ONE.contains(word.folded())) {
            if (moreThan(answer, i)) return Relation.SAME;
            boolean inTurn = i + 1 < answer.words().size() && IN_TURN.contains(answer.words().get(i + 1).folded()); // "одно за другим", "one by one"
            if (!inTurn) return Relation.OPPOSITE; // "only one thread" / "many threads"
        }
        if (nearly(term.folded(), word.folded())) return Relation.SAME;
        if (WordShapes.derived(term.folded(), word.folded()) || WordShapes.derived(word.folded(), term.folded())) return Relation.SAME;
        return Relation.NONE;
    }

    /**
     * Whether a stop word opens a run of words that says the term ("ещё один запрос" for «отдельный запрос»: «ещё» and
     * «один» are stop words alone, the run is a glossary phrase).
     */
    private boolean stopWordOpens(Term term, Answer answer, int i) {
        if (isCode(term.folded()) || Wording.isNegation(answer.words().get(i).folded())) return false;
        var termConcepts = answer.termConcepts().computeIfAbsent(term, t -> lexicon.concepts(t.folded(), t.keys()));
        if (termConcepts.isEmpty()) return false;
        return i + 1 < answer.words().size() && lexicon.sameConcept(termConcepts, lexicon.conceptsOfJoined(answer.joined2().get(i)))
                || i + 2 < answer.words().size() && lexicon.sameConcept(termConcepts, lexicon.conceptsOfJoined(answer.joined3().get(i)));
    }

    private static final Set<String> ONE = Set.of("one", "single", "один", "одна", "одно", "одну", "одного", "одной", "одним", "однин", "одне",
            "єдиний", "единственный");
    private static final Set<String> MANY = Set.of("many", "several", "multiple", "несколько", "много", "многие", "многих", "нескольких",
            "кілька", "декілька", "багато", "кількох");

    private static final Set<String> IN_TURN = Set.of("за", "by", "after", "at", "по", "після");

    private static final Set<String> MORE = Set.of("than", "больше", "более", "більше", "ніж", "чем", "понад", "свыше");

    /** "more than one", «больше одного», «більше ніж один»: several, not one. */
    private static boolean moreThan(Answer answer, int i) {
        return i > 0 && MORE.contains(answer.words().get(i - 1).folded());
    }

    private static final List<String> NEGATING_PREFIXES = List.of("не", "un", "im", "in", "non", "а", "a", "ir", "dis");

    /** "immutable" of "mutable", «неизменяемый» of «изменяемый», «асинхронный» of «синхронный». */
    private static boolean prefixNegated(String longer, String shorter) {
        if (shorter.length() < 5 || longer.length() <= shorter.length()) return false;
        for (String p : NEGATING_PREFIXES) {
            if (longer.length() > shorter.length() && longer.startsWith(p)) {
                String rest = longer.substring(p.length());
                int common = Math.min(6, Math.min(rest.length(), shorter.length()));
                if (common >= 5 && rest.regionMatches(0, shorter, 0, common) && Math.abs(rest.length() - shorter.length()) <= 3) return true;
            }
        }
        return false;
    }

    /** {@code functools.wraps}, {@code __mro__}: names, which have no synonyms. */
    private static boolean isCode(String folded) {
        return folded.indexOf('_') >= 0 || folded.indexOf('.') >= 0;
    }

    /**
     * One slip of the keyboard in a word of six letters or more, two from ten. The first letter must agree:
     * "асинхронный" is no typo of "синхронный", nor "immutable" of "mutable".
     */
    private boolean nearly(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 6 || a.charAt(0) != b.charAt(0)) return false;
        int max = shorter >= 10 ? 2 : 1;
        if (Math.abs(a.length() - b.length()) > max) return false;
        return analysis.distance(a, b, max) <= max;
    }
}
