package prepdeck.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import prepdeck.knowledge.Language;

/**
 * Marks what a query matched in a card's text, the way the index matched it: a word as written, a word
 * form in the card's language, or a typo within the allowed edits. Output is HTML: escaped text with
 * {@code <mark>…</mark>} around matches.
 */
final class Marks {
    static final int PROMPT_CHARS = 300, FRAGMENT_CHARS = 200, LEAD_CHARS = 60;
    /** How much of an answer is looked through for a fragment: a result page must not analyse megabytes per hit. */
    static final int FRAGMENT_SCAN_CHARS = 50_000;

    private final Analysis analysis;
    private final Set<String> words = new HashSet<>();
    private boolean latinWords;
    private final Map<Language, Set<String>> stems = new EnumMap<>(Language.class);

    private Marks(Analysis analysis) {
        this.analysis = analysis;
        for (Language l : Language.values()) stems.put(l, new HashSet<>());
    }

    /** The words a query looks for: every word and phrase word outside an exclusion. */
    static Marks of(Analysis analysis, SearchNode root) {
        var marks = new Marks(analysis);
        marks.collect(root);
        return marks;
    }

    private void collect(SearchNode node) {
        switch (node) {
            case SearchNode.Term t -> add(t.text());
            case SearchNode.Phrase p -> add(p.text());
            case SearchNode.And a -> a.nodes().forEach(this::collect);
            case SearchNode.Not n -> {}
            case SearchNode.Field f -> {}
            case SearchNode.Is i -> {}
        }
    }

    private void add(String text) {
        for (Analysis.Token t : analysis.wholeWords(text)) words.add(t.term());
        latinWords |= text.chars().anyMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
        for (Language l : Language.values()) for (Analysis.Token t : analysis.stems(l, text)) stems.get(l).add(t.term());
    }

    /** The whole prompt (cut around the first match when very long). */
    String prompt(String text, Language language) {
        List<int[]> spans = spans(text, language);
        if (text.length() <= PROMPT_CHARS) return render(text, spans, 0, text.length());
        int first = spans.isEmpty() ? 0 : spans.getFirst()[0];
        return window(text, spans, first, PROMPT_CHARS);
    }

    /** A piece of the answer around its first match, or "" when nothing matched there. */
    String fragment(String answer, Language language) {
        String text = answer.length() <= FRAGMENT_SCAN_CHARS ? answer : answer.substring(0, cutAt(answer, FRAGMENT_SCAN_CHARS));
        // a code fence and its language ("```python", "```output") are markup, not words of the answer: blanked out,
        // offsets kept, so a search for "python" does not show every fence as its match
        text = FENCE.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        List<int[]> spans = spans(text, language);
        if (spans.isEmpty()) return "";
        return window(text, spans, spans.getFirst()[0], FRAGMENT_CHARS);
    }

    private static final java.util.regex.Pattern FENCE = java.util.regex.Pattern.compile("(```|~~~)[\\w+-]*");

    /** {@code at} or the white space before it, so that no word (nor surrogate pair) is cut. */
    private static int cutAt(String text, int at) {
        int space = text.lastIndexOf(' ', at);
        return space > at / 2 ? space : Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    private String window(String text, List<int[]> spans, int firstMatch, int width) {
        int start = Math.max(0, firstMatch - LEAD_CHARS);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            if (space >= 0 && space < firstMatch) start = space + 1;
        }
        int end = Math.min(text.length(), start + width);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            if (space > firstMatch) end = space;
        }
        String shown = render(text, spans, start, end).replaceAll(" {2,}", " "); // the blanked fences
        return (start > 0 ? "…" : "") + shown + (end < text.length() ? "…" : "");
    }

    /** Matched character ranges, sorted and merged. */
    List<int[]> spans(String text, Language language) {
        var found = new ArrayList<int[]>();
        if (words.isEmpty()) return found;
        // as indexed: the card's own language, and English word forms for the English terms in any card
        Set<String> own = stems.get(language), english = language != Language.EN && latinWords ? stems.get(Language.EN) : Set.of();
        for (Analysis.Token t : analysis.words(text)) {
            String token = t.term();
            if (matchesWord(token) || matchesForm(own, language, token) || matchesForm(english, Language.EN, token)) {
                if (!found.isEmpty() && t.start() <= found.getLast()[1]) {
                    found.getLast()[1] = Math.max(found.getLast()[1], t.end());
                } else {
                    found.add(new int[] {t.start(), t.end()});
                }
            }
        }
        return found;
    }

    private boolean matchesForm(Set<String> wanted, Language language, String token) {
        if (wanted.isEmpty()) return false;
        for (String form : analysis.forms(language, token)) if (wanted.contains(form)) return true;
        return false;
    }

    private boolean matchesWord(String token) {
        if (words.contains(token)) return true;
        for (String word : words) {
            int edits = LuceneQueryWriter.allowedEdits(word);
            if (edits > 0 && !token.isEmpty() && token.codePointAt(0) == word.codePointAt(0)
                    && Math.abs(token.length() - word.length()) <= edits && Edits.distance(word, token) <= edits) {
                return true;
            }
        }
        return false;
    }

    private static String render(String text, List<int[]> spans, int from, int to) {
        var out = new StringBuilder(to - from + 16);
        int at = from;
        for (int[] span : spans) {
            int s = Math.max(span[0], from), e = Math.min(span[1], to);
            if (e <= s) continue;
            escape(text, at, s, out);
            out.append("<mark>");
            escape(text, s, e, out);
            out.append("</mark>");
            at = e;
        }
        escape(text, at, to, out);
        return out.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
