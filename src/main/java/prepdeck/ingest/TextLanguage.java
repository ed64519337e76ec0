package prepdeck.ingest;

import prepdeck.knowledge.Language;

/** Tells the language of a piece of text as the importer tells a card's: for text that comes without one. */
public final class TextLanguage {
    private TextLanguage() {}

    /** Russian, Ukrainian or English; Russian when the text is too short to tell (as the notes mostly are). */
    public static Language guess(CharSequence text) {
        return LanguageGuess.of(text, Language.RU);
    }
}
