package prepdeck.knowledge;

import java.util.Locale;

/** A card is answered, a gap (asked but not yet written), or retired (its text left the notes). */
public enum CardStatus {
    ANSWERED, GAP, RETIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CardStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
