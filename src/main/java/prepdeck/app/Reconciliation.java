package prepdeck.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.NoteCard;

/**
 * The re-import rule: which stored card each card read now continues (keeping its id, and so its review
 * history), and which stored cards lost both their question and their answer. One plan covers every source
 * the import reads, so a card that moved to another section, another file, or a renamed file is found.
 *
 * <ol>
 *   <li><b>Exact</b>: the same prompt and answer (normalized) in the same file, then in any file; equal
 *       cards pair up in their order, so reordering changes nothing.</li>
 *   <li><b>Similar</b>: the cards left on both sides are scored pair by pair on prompt and answer (see
 *       {@link #accepts}); pairs that pass a rule are taken best first, one to one, across all sources.
 *       A pair with a rival within {@value #MARGIN} is left alone: a wrong match moves someone's history onto
 *       another question, which is worse than starting a new card.</li>
 *   <li>Live stored cards left over are retired; new cards left over are new.</li>
 * </ol>
 * A prompt that several cards share ("Что будет в консоли?") or that names nothing says nothing about which
 * card is which: such cards match by their answers (their code) only.
 */
final class Reconciliation {
    /** Pairs of cards scored one by one at most; beyond, only pairs that share a word are scored. */
    private static final long MAX_PAIRS = 2_000_000;
    /** A pair whose best rival scores within this much is ambiguous. */
    static final double MARGIN = 0.02;
    /** With more stored cards than this sharing one word, the word is too common to find candidates by. */
    private static final int COMMON_WORD = 200;
    /** Candidates kept per new card when candidates are found by shared words. */
    private static final int CANDIDATES_PER_CARD = 64;

    /** The cards of one source read now, in order. */
    record Incoming(String source, List<NoteCard> cards) {}

    /**
     * @param identities for each card of the source, its identity
     * @param continues  for each card of the source, the stored card it continues
     */
    record SourcePlan(String source, List<String> identities, List<Optional<Long>> continues) {}

    /** A stored card continued by the card at {@code index} of {@code source}; {@code exact}: prompt and answer unchanged. */
    record Match(StoredCard stored, String source, int index, NoteCard card, boolean exact) {}

    /**
     * @param sources  one plan per incoming source, in the order given
     * @param retire   live stored cards whose text left the notes
     * @param renames  identities to give stored cards before the new ones are written, so that no two cards
     *                 ever hold one identity (cards that change theirs, and retired cards whose identity a
     *                 different card now takes)
     * @param matches  every stored card continued, in the order of the incoming cards
     * @param revived  how many retired cards came back
     */
    record Plan(List<SourcePlan> sources, List<StoredCard> retire, Map<Long, String> renames, List<Match> matches,
                int revived) {}

    private Reconciliation() {}

    /** One source's plan against the cards stored for it: for tests and single-source callers. */
    static Plan plan(String sourcePath, List<StoredCard> stored, List<NoteCard> cards) {
        return plan(stored, List.of(new Incoming(sourcePath, cards)));
    }

    static Plan plan(List<StoredCard> stored, List<Incoming> incoming) {
        var fresh = new ArrayList<Fresh>();
        for (Incoming in : incoming) {
            for (int i = 0; i < in.cards().size(); i++) {
                NoteCard c = in.cards().get(i);
                // with nothing stored to match (a first import) the texts are not needed
                fresh.add(new Fresh(in.source(), i, c, stored.isEmpty() ? null : CardText.of(c.prompt(), c.stem(), c.answer())));
            }
        }
        CardText[] oldText = new CardText[stored.size()];
        for (int k = 0; k < stored.size(); k++) oldText[k] = CardText.of(stored.get(k).prompt(), stored.get(k).stem(), stored.get(k).answer());
        CardText[] newText = new CardText[fresh.size()];
        for (int i = 0; i < fresh.size(); i++) newText[i] = fresh.get(i).text();

        int[] continues = new int[fresh.size()];
        java.util.Arrays.fill(continues, -1);
        boolean[] oldUsed = new boolean[stored.size()];
        boolean[] exact = new boolean[fresh.size()];

        if (stored.isEmpty()) {
            return new Plan(planSources(incoming, stored, continues, oldUsed, exact, new ArrayList<>(), new LinkedHashMap<>()),
                    List.of(), Map.of(), List.of(), 0);
        }
        // 1. exact: same file first, then anywhere; live stored cards before retired ones, then in notes order
        pairEqual(stored, fresh, continues, oldUsed, exact,
                k -> stored.get(k).source() + "\n" + oldText[k].prompt() + "\n" + oldText[k].answer(),
                i -> fresh.get(i).source() + "\n" + newText[i].prompt() + "\n" + newText[i].answer());
        pairEqual(stored, fresh, continues, oldUsed, exact,
                k -> oldText[k].prompt() + "\n" + oldText[k].answer(),
                i -> newText[i].prompt() + "\n" + newText[i].answer());

        // 2. the same answer, one on each side, under a prompt the rules accept: a reword (or a new reader's
        //    prompts) found without scoring every pair
        uniqueAnswers(stored, fresh, oldText, newText, continues, oldUsed);

        // 3. similar
        var oldLeft = new ArrayList<Integer>();
        for (int k = 0; k < stored.size(); k++) if (!oldUsed[k]) oldLeft.add(k);
        var newLeft = new ArrayList<Integer>();
        for (int i = 0; i < fresh.size(); i++) if (continues[i] < 0) newLeft.add(i);
        if (!oldLeft.isEmpty() && !newLeft.isEmpty()) {
            new Similar(stored, fresh, oldText, newText, oldLeft, newLeft).match(continues, oldUsed);
        }

        // 4. the plan
        var matches = new ArrayList<Match>();
        var renames = new LinkedHashMap<Long, String>();
        var sources = planSources(incoming, stored, continues, oldUsed, exact, matches, renames);
        int revived = 0;
        var retire = new ArrayList<StoredCard>();
        for (int k = 0; k < stored.size(); k++) {
            StoredCard s = stored.get(k);
            if (oldUsed[k] && s.status() == CardStatus.RETIRED) revived++;
            if (!oldUsed[k] && s.status() != CardStatus.RETIRED) retire.add(s);
        }
        return new Plan(sources, retire, renames, matches, revived);
    }

    /** Each source's identities and continuations; collects the matches and the identities that must step aside. */
    private static List<SourcePlan> planSources(List<Incoming> incoming, List<StoredCard> stored, int[] continues,
                                                boolean[] oldUsed, boolean[] exact, List<Match> matches,
                                                Map<Long, String> renames) {
        var sources = new ArrayList<SourcePlan>();
        var holders = new HashMap<String, Integer>();
        for (int k = 0; k < stored.size(); k++) holders.put(stored.get(k).identity(), k);
        int at = 0;
        for (Incoming in : incoming) {
            List<String> identities = CardIdentity.of(in.source(), in.cards());
            var cont = new ArrayList<Optional<Long>>(identities.size());
            for (int i = 0; i < identities.size(); i++, at++) {
                int k = continues[at];
                String identity = identities.get(i);
                if (k >= 0) {
                    StoredCard s = stored.get(k);
                    cont.add(Optional.of(s.id()));
                    matches.add(new Match(s, in.source(), i, in.cards().get(i), exact[at]));
                    // out of the way first: another card may be taking its old identity, or it one of theirs
                    if (!s.identity().equals(identity)) renames.put(s.id(), "~moving~" + s.id());
                } else {
                    cont.add(Optional.empty());
                }
                Integer holder = holders.get(identity);
                if (holder != null && holder != k && !oldUsed[holder]) {
                    // a card no longer in the notes holds the identity a different card takes: it steps aside
                    StoredCard h = stored.get(holder);
                    renames.put(h.id(), h.identity() + "\n~" + h.id());
                }
            }
            sources.add(new SourcePlan(in.source(), identities, cont));
        }
        return sources;
    }

    private static void uniqueAnswers(List<StoredCard> stored, List<Fresh> fresh, CardText[] oldText, CardText[] newText,
                                      int[] continues, boolean[] oldUsed) {
        var oldByAnswer = new HashMap<String, Integer>();
        for (int k = 0; k < stored.size(); k++) {
            if (oldUsed[k] || oldText[k].isGap()) continue;
            oldByAnswer.merge(oldText[k].answer(), k, (a, b) -> -1);
        }
        var newByAnswer = new HashMap<String, Integer>();
        for (int i = 0; i < fresh.size(); i++) {
            if (continues[i] >= 0 || newText[i].isGap()) continue;
            newByAnswer.merge(newText[i].answer(), i, (a, b) -> -1);
        }
        for (var e : newByAnswer.entrySet()) {
            Integer k = oldByAnswer.get(e.getKey());
            int i = e.getValue();
            if (i < 0 || k == null || k < 0) continue;
            oldText[k] = oldText[k].counted();
            newText[i] = newText[i].counted();
            if (Math.min(oldText[k].answerWords(), newText[i].answerWords()) < 3) continue;
            boolean sameFile = fresh.get(i).source().equals(stored.get(k).source());
            if (accepts(newText[i], oldText[k], sameFile, false, false, false) > 0) {
                continues[i] = k;
                oldUsed[k] = true;
            }
        }
    }

    private record Fresh(String source, int index, NoteCard card, CardText text) {}

    private static void pairEqual(List<StoredCard> stored, List<Fresh> fresh, int[] continues, boolean[] oldUsed,
                                  boolean[] exact, IntFunction<String> oldKey, IntFunction<String> newKey) {
        var byKey = new HashMap<String, ArrayDeque<Integer>>();
        var order = new ArrayList<Integer>();
        for (int k = 0; k < stored.size(); k++) if (!oldUsed[k]) order.add(k);
        order.sort(Comparator.comparing((Integer k) -> stored.get(k).status() == CardStatus.RETIRED).thenComparingInt(k -> k));
        for (int k : order) byKey.computeIfAbsent(oldKey.apply(k), x -> new ArrayDeque<>()).add(k);
        for (int i = 0; i < fresh.size(); i++) {
            if (continues[i] >= 0) continue;
            var queue = byKey.get(newKey.apply(i));
            if (queue == null || queue.isEmpty()) continue;
            int k = queue.poll();
            continues[i] = k;
            oldUsed[k] = true;
            exact[i] = true;
        }
    }

    /** The similarity stage over the cards the exact stage left. */
    private static final class Similar {
        private final List<StoredCard> stored;
        private final List<Fresh> fresh;
        private final CardText[] oldText;
        private final CardText[] newText;
        private final List<Integer> oldLeft;
        private final List<Integer> newLeft;
        /** Prompts several stored cards, or several new cards, share. */
        private final Set<String> sharedPrompts = new HashSet<>();
        /** Answers several cards left on one side share ("see above", "yes"). */
        private final Set<String> sharedAnswers = new HashSet<>();

        Similar(List<StoredCard> stored, List<Fresh> fresh, CardText[] oldText, CardText[] newText,
                List<Integer> oldLeft, List<Integer> newLeft) {
            this.stored = stored;
            this.fresh = fresh;
            this.oldText = oldText;
            this.newText = newText;
            this.oldLeft = oldLeft;
            this.newLeft = newLeft;
            // a prompt is shared when it repeats within one topic: "Why?" under Docker and under Git are two questions
            var oldPrompts = new ArrayList<String>();
            for (int k = 0; k < oldText.length; k++) oldPrompts.add(stored.get(k).topic() + "\n" + oldText[k].prompt());
            var newPrompts = new ArrayList<String>();
            for (int i = 0; i < newText.length; i++) newPrompts.add(fresh.get(i).card().topic() + "\n" + newText[i].prompt());
            shared(oldPrompts, sharedPrompts);
            shared(newPrompts, sharedPrompts);
            shared(oldLeft.stream().map(k -> oldText[k].answer()).toList(), sharedAnswers);
            shared(newLeft.stream().map(i -> newText[i].answer()).toList(), sharedAnswers);
            for (int k : oldLeft) oldText[k] = oldText[k].counted();
            for (int i : newLeft) newText[i] = newText[i].counted();
        }

        private static void shared(List<String> texts, Set<String> out) {
            var seen = new HashSet<String>();
            for (String t : texts) if (!seen.add(t)) out.add(t);
        }

        private record Candidate(int fresh, int old, double score) {}

        void match(int[] continues, boolean[] oldUsed) {
            var candidates = new ArrayList<Candidate>();
            if ((long) oldLeft.size() * newLeft.size() <= MAX_PAIRS) {
                for (int i : newLeft) for (int k : oldLeft) score(i, k, candidates);
            } else {
                byWords(candidates);
            }
            // best first; live before retired; then notes order, so the outcome is the same every time
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                    .thenComparing(c -> stored.get(c.old()).status() == CardStatus.RETIRED)
                    .thenComparingInt(Candidate::fresh)
                    .thenComparingInt(Candidate::old));
            var byOld = new HashMap<Integer, List<Candidate>>();
            var byNew = new HashMap<Integer, List<Candidate>>();
            for (Candidate c : candidates) {
                byOld.computeIfAbsent(c.old(), x -> new ArrayList<>()).add(c);
                byNew.computeIfAbsent(c.fresh(), x -> new ArrayList<>()).add(c);
            }
            for (Candidate c : candidates) {
                if (continues[c.fresh()] >= 0 || oldUsed[c.old()]) continue;
                if (rivalled(c, byOld.get(c.old()), continues, oldUsed) || rivalled(c, byNew.get(c.fresh()), continues, oldUsed)) continue;
                continues[c.fresh()] = c.old();
                oldUsed[c.old()] = true;
            }
        }

        /** Whether another pair still open for one of this pair's cards scores within the margin of it. */
        private static boolean rivalled(Candidate c, List<Candidate> others, int[] continues, boolean[] oldUsed) {
            for (Candidate o : others) {
                if (o == c || continues[o.fresh()] >= 0 || oldUsed[o.old()]) continue;
                if (o.score() >= c.score() - MARGIN) return true;
            }
            return false;
        }

        /** Candidates for a large leftover: stored cards that share a not-too-common word with the new card. */
        private void byWords(List<Candidate> candidates) {
            var index = new HashMap<String, List<Integer>>();
            for (int k : oldLeft) for (String w : words(oldText[k])) index.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
            for (int i : newLeft) {
                var shared = new HashMap<Integer, Integer>();
                for (String w : words(newText[i])) {
                    var list = index.get(w);
                    if (list == null || list.size() > COMMON_WORD) continue;
                    for (int k : list) shared.merge(k, 1, Integer::sum);
                }
                shared.entrySet().stream()
                        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(CANDIDATES_PER_CARD)
                        .forEach(e -> score(i, e.getKey(), candidates));
            }
        }

        private static Set<String> words(CardText t) {
            var out = new HashSet<>(t.contentWords());
            out.add("\u0000" + t.prompt());
            for (String g : t.answerGrams().keySet()) if (g.indexOf(' ') < 0 && Character.isLetterOrDigit(g.codePointAt(0))) out.add(g);
            return out;
        }

        private void score(int i, int k, List<Candidate> out) {
            StoredCard old = stored.get(k);
            NoteCard card = fresh.get(i).card();
            String topic = card.topic().toString();
            boolean sameTopic = !card.topic().isRoot() && old.topic().equals(topic);
            double s = accepts(newText[i], oldText[k], fresh.get(i).source().equals(old.source()), sameTopic,
                    sharedPrompts.contains(topic + "\n" + newText[i].prompt()) || sharedPrompts.contains(old.topic() + "\n" + oldText[k].prompt()),
                    sharedAnswers.contains(newText[i].answer()) || sharedAnswers.contains(oldText[k].answer()));
            if (s <= 0) return;
            if (old.kind() == card.kind()) s += 0.01;
            if (old.topic().equals(topic)) s += 0.01;
            out.add(new Candidate(i, k, s));
        }
    }

    /**
     * Whether a new card continues a stored one it is not equal to, and how well (above 0), else 0.
     * One of these must hold:
     * <ul>
     *   <li>the same prompt, not one that repeats within its topic, naming something (or, naming nothing,
     *       "Why?", in the same topic), and the answer edited; in another file the prompt must name two
     *       things or the answers share something ("Sets" alone is not enough);</li>
     *   <li>the same answer (at least 0.9 alike, three words or more, not an answer other cards share) and
     *       a related prompt, or an answer of eight words or more: a reworded question;</li>
     *   <li>a prompt at least 0.85 alike by its words (a fixed typo, a word added) and an answer not rewritten;</li>
     *   <li>prompt and answer both at least 0.6 alike (an answer of fewer than three words: the same answer);</li>
     *   <li>a shared or empty prompt and answers (their code) at least 0.7 alike.</li>
     * </ul>
     */
    static double accepts(CardText fresh, CardText old, boolean sameFile, boolean sameTopic, boolean sharedPrompt,
                          boolean sharedAnswer) {
        double ps = CardText.promptSimilarity(fresh, old);
        double as = CardText.answerSimilarity(fresh, old);
        boolean gap = Double.isNaN(as);
        boolean named = !fresh.contentWords().isEmpty() && !old.contentWords().isEmpty()
                || sameFile && sameTopic && fresh.prompt().equals(old.prompt());
        boolean specific = !sharedPrompt && named;
        int words = Math.min(fresh.contentWords().size(), old.contentWords().size());
        int answerWords = gap ? 0 : Math.min(fresh.answerWords(), old.answerWords());
        boolean substantial = answerWords >= 3;
        boolean ok = false;
        if (specific && fresh.prompt().equals(old.prompt()) && (sameFile || words >= 2 || (!gap && as >= 0.2))) ok = true;
        if (!gap && as >= 0.9 && substantial && !sharedAnswer && (ps >= 0.3 || answerWords >= 8)) ok = true;
        if (specific && ps >= 0.85 && (gap ? sameFile || words >= 2 : as >= 0.3 || (sameFile && as >= 0.1))) ok = true;
        if (specific && !gap && ps >= 0.6 && as >= 0.6 && substantial) ok = true;
        if (specific && !gap && ps >= 0.6 && as >= 0.99 && !sharedAnswer) ok = true;
        if (!specific && !gap && as >= 0.7 && substantial && (ps >= 0.5 || sameFile)) ok = true;
        if (!ok) return 0;
        return 0.5 * ps + 0.5 * (gap ? ps : as) + (sameFile ? 0.03 : 0);
    }
}
