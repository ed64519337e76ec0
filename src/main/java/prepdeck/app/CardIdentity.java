package prepdeck.app;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import prepdeck.knowledge.NoteCard;

/**
 * A card's identity across re-imports: its source path and its normalized prompt (and a digest of its stem, when it
 * has one), with an occurrence number when the same question appears more than once in one source.
 */
final class CardIdentity {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private CardIdentity() {}

    /** NFKC, lower case, whitespace collapsed, punctuation and symbols trimmed from both ends. */
    static String normalize(String prompt) {
        String text = WHITESPACE.matcher(Normalizer.normalize(prompt, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
        int start = 0, end = text.length();
        while (start < end && isTrimmed(text.codePointAt(start))) start += Character.charCount(text.codePointAt(start));
        while (end > start && isTrimmed(text.codePointBefore(end))) end -= Character.charCount(text.codePointBefore(end));
        // a prompt made only of punctuation ("???") keeps it rather than becoming empty
        return start < end ? text.substring(start, end) : text;
    }

    /** The identities of a source's cards, in order; the second "what is x?" becomes "…#2". */
    static List<String> of(String sourcePath, List<NoteCard> cards) {
        var seen = new HashMap<String, Integer>();
        var identities = new ArrayList<String>(cards.size());
        for (NoteCard card : cards) {
            // a stem tells apart the cards one generic prompt asks ("Що буде в консолі?" over different code)
            String base = sourcePath + "\n" + normalize(card.prompt()) + (card.hasStem() ? "\n~" + digest(card.stem()) : "");
            int occurrence = seen.merge(base, 1, Integer::sum);
            identities.add(occurrence == 1 ? base : base + "\n#" + occurrence);
        }
        return identities;
    }

    /** The normalized prompt inside an identity, for similarity matching. */
    static String promptOf(String identity) {
        int first = identity.indexOf('\n');
        int second = identity.indexOf('\n', first + 1);
        return second < 0 ? identity.substring(first + 1) : identity.substring(first + 1, second);
    }

    /** A short, stable digest of a stem's text (spacing and case aside), to keep identities short. */
    static String digest(String stem) {
        String text = WHITESPACE.matcher(Normalizer.normalize(stem, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static boolean isTrimmed(int codePoint) {
        if (Character.isWhitespace(codePoint)) return true;
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
