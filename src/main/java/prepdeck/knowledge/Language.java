package prepdeck.knowledge;

import java.util.Locale;

/** The languages prepdeck reads notes in; each card carries one. */
public enum Language {
    RU, UK, EN;

    /** The lower-case code used in JSON and URLs: ru, uk, en. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code)) return l;
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected ru, uk or en)");
    }
}
