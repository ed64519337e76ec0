package prepdeck.app;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One card found by a search, best first in a result list.
 *
 * @param score           relevance; only comparable within one result list
 * @param promptHighlight the prompt as HTML: escaped, with {@code <mark>…</mark>} around what matched
 * @param answerHighlight a fragment of the answer around its first match, as HTML like the prompt;
 *                        empty when nothing matched in the answer
 * @param matched         which query word reached which of the card's words, and how (one entry a query word or
 *                        term that reached the card; empty when not worked out)
 * @param stemHint        the first line of the card's stem ({@link CardView#stemHint()}), to tell apart hits that share
 *                        a prompt; empty for most cards
 */
public record SearchHit(long id, String prompt, String topic, String source, int line, double score,
                        String promptHighlight, String answerHighlight, List<Match> matched, String stemHint) {
    public SearchHit {
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(source);
        Objects.requireNonNull(promptHighlight);
        Objects.requireNonNull(answerHighlight);
        matched = List.copyOf(matched);
        Objects.requireNonNull(stemHint);
    }

    /** A hit of a card without a stem. */
    public SearchHit(long id, String prompt, String topic, String source, int line, double score, String promptHighlight,
                     String answerHighlight, List<Match> matched) {
        this(id, prompt, topic, source, line, score, promptHighlight, answerHighlight, matched, "");
    }

    /** A hit without the account of what matched. */
    public SearchHit(long id, String prompt, String topic, String source, int line, double score, String promptHighlight,
                     String answerHighlight) {
        this(id, prompt, topic, source, line, score, promptHighlight, answerHighlight, List.of());
    }

    /** How a query word reached a card's word. */
    public enum Via {
        /** the same word */
        WORD,
        /** another form of the word («потоки» for «поток») */
        FORM,
        /** a longer word it begins («Уровни» for «уровень») */
        PREFIX,
        /** a word a letter or two away («генератр» for «генератор») */
        TYPO,
        /** the word typed on another keyboard layout («ПШД» for GIL) */
        LAYOUT,
        /** the same term in another language or script, through the glossary («декоратор» for decorator, «джанго» for Django) */
        GLOSSARY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One query word (or a term of several) and the card's words it matched.
     *
     * @param query the words as the query has them
     * @param card  the card's words as written
     */
    public record Match(String query, String card, Via via) {
        public Match {
            Objects.requireNonNull(query);
            Objects.requireNonNull(card);
            Objects.requireNonNull(via);
        }

        /** «декоратор» → Decorators */
        public String describe() {
            return "«" + query + "» → " + card;
        }

        /** Whether the card holds something other than the query's own word or its forms (worth saying why). */
        public boolean isBridged() {
            return via != Via.WORD && via != Via.FORM;
        }
    }

    /** "matched «декоратор» → Decorators" for the matches that crossed a language, layout or typo; "" when none did. */
    public String why() {
        String bridged = matched.stream().filter(Match::isBridged).map(Match::describe).collect(Collectors.joining(", "));
        return bridged.isEmpty() ? "" : "matched " + bridged;
    }
}
