package prepdeck.knowledge;

import java.util.Locale;

/** What shape of note a card was extracted from. */
public enum CardKind {
    QUESTION, SECTION, DEFINITION, LIST, COMMAND, CLOZE, SNIPPET;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CardKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
