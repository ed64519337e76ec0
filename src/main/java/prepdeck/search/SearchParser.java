package prepdeck.search;

import static prepdeck.app.SearchSyntaxException.Problem.EMPTY_FIELD_VALUE;
import static prepdeck.app.SearchSyntaxException.Problem.LONE_MINUS;
import static prepdeck.app.SearchSyntaxException.Problem.UNKNOWN_FIELD;
import static prepdeck.app.SearchSyntaxException.Problem.UNKNOWN_KIND;
import static prepdeck.app.SearchSyntaxException.Problem.UNKNOWN_LANGUAGE;
import static prepdeck.app.SearchSyntaxException.Problem.UNKNOWN_STATE;
import static prepdeck.app.SearchSyntaxException.Problem.UNTERMINATED_QUOTE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import prepdeck.app.SearchSyntaxException;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.TopicPath;

/**
 * Reads the query syntax described on {@link prepdeck.app.SearchIndex} into a {@link SearchNode.And}.
 * Positions in errors are 1-based.
 */
public final class SearchParser {
    private final String text;
    private int at;

    private SearchParser(String text) {
        this.text = text;
    }

    /** @throws SearchSyntaxException naming the bad token and its position */
    public static SearchNode.And parse(String query) {
        return new SearchParser(query).all();
    }

    private SearchNode.And all() {
        var nodes = new ArrayList<SearchNode>();
        while (true) {
            skipSpace();
            if (at >= text.length()) return new SearchNode.And(nodes);
            nodes.add(clause());
        }
    }

    private SearchNode clause() {
        int start = at;
        char c = text.charAt(at);
        if (c == '-' && !startsWith("--")) {
            at++;
            if (at >= text.length() || Character.isWhitespace(text.charAt(at))) {
                throw new SearchSyntaxException(LONE_MINUS, "-", start + 1, "write -word or -\"some phrase\"");
            }
            return new SearchNode.Not(atom());
        }
        return atom();
    }

    private SearchNode atom() {
        int start = at;
        if (text.charAt(at) == '"') {
            String inside = quoted();
            if (inside.isBlank()) return new SearchNode.And(List.of());
            // a card's front quoted as it reads ("Перелічіть: переваги декораторів") is searched by its subject, as the
            // index keeps an asked title (prepdeck.knowledge.AskedTitle)
            String subject = prepdeck.knowledge.AskedTitle.subject(inside).strip();
            return new SearchNode.Phrase(subject.isEmpty() ? inside : subject);
        }
        String word = bareWord();
        int colon = word.indexOf(':');
        if (colon > 0 && word.substring(0, colon).chars().allMatch(Character::isLetter)) {
            String name = word.substring(0, colon);
            // "Python: tell me about decorators", "Перелічіть: переваги…": a word ending a clause, as card fronts are
            // written and pasted back; only a name glued to a value ("foo:bar") is taken for a field
            if (colon == word.length() - 1 && !FIELDS.contains(name.toLowerCase(Locale.ROOT))) return new SearchNode.Term(name);
            return field(name, start, colon);
        }
        return new SearchNode.Term(word);
    }

    private static final List<String> FIELDS = List.of("topic", "kind", "lang", "is");

    private SearchNode field(String name, int start, int colon) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(key)) {
            throw new SearchSyntaxException(UNKNOWN_FIELD, name + ":", start + 1,
                    "fields are topic:, kind:, lang:, is:; quote the text to search for it as written");
        }
        at = start + colon + 1;
        int valueStart = at;
        String value = at < text.length() && text.charAt(at) == '"' ? quoted() : bareWord();
        if (value.isBlank()) throw new SearchSyntaxException(EMPTY_FIELD_VALUE, name + ":", start + 1, "");
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "topic" -> new SearchNode.TopicPrefix(topicKey(value));
            case "kind" -> {
                for (CardKind k : CardKind.values()) if (k.code().equals(lower)) yield new SearchNode.KindIs(k);
                throw new SearchSyntaxException(UNKNOWN_KIND, value, valueStart + 1, "expected one of " + codes(CardKind.values()));
            }
            case "lang" -> {
                for (Language l : Language.values()) if (l.code().equals(lower)) yield new SearchNode.LanguageIs(l);
                throw new SearchSyntaxException(UNKNOWN_LANGUAGE, value, valueStart + 1, "expected ru, uk or en");
            }
            default -> switch (lower) {
                case "gap" -> new SearchNode.Is(SearchNode.Is.State.GAP);
                case "due" -> new SearchNode.Is(SearchNode.Is.State.DUE);
                default -> throw new SearchSyntaxException(UNKNOWN_STATE, value, valueStart + 1, "expected gap or due");
            };
        };
    }

    /** A topic path as the index keys it: titles stripped, lower-cased, joined by " / ". */
    public static String topicKey(String path) {
        String joined = String.join(TopicPath.SEPARATOR, TopicPath.parse(path).titles()).toLowerCase(Locale.ROOT);
        // keep a trailing separator the user typed: "topic:M2/" means under M2, not M20
        return path.strip().endsWith("/") && !joined.isEmpty() ? joined + TopicPath.SEPARATOR : joined;
    }

    private String quoted() {
        int open = at;
        int close = text.indexOf('"', open + 1);
        if (close < 0) {
            throw new SearchSyntaxException(UNTERMINATED_QUOTE, text.substring(open), open + 1, "close it with \"");
        }
        at = close + 1;
        return text.substring(open + 1, close);
    }

    private String bareWord() {
        int start = at;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) at++;
        return text.substring(start, at);
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
    }

    private boolean startsWith(String s) {
        return text.startsWith(s, at);
    }

    private static String codes(CardKind[] kinds) {
        return Arrays.stream(kinds).map(CardKind::code).collect(Collectors.joining(", "));
    }
}
