package prepdeck.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import prepdeck.knowledge.Language;

/**
 * The analyzers and the field layout of the index. Each card's text goes to the fields of its own
 * language, stemmed by that language's analyzer ({@code prompt_ru}, {@code answer_uk}, …), and to
 * language-neutral word fields ({@code prompt_w}, …) that keep words as written, for exact, code and
 * typo matching. One instance is shared by the writer and all searches (analyzers are thread-safe).
 */
final class Analysis implements AutoCloseable {
    /** Text parts of a card that are searched, in order of how much a match in them counts. */
    enum Part {
        PROMPT(3.0f), TOPIC(1.5f), ANSWER(1.0f), CODE(1.0f);

        final float boost;

        Part(float boost) {
            this.boost = boost;
        }

        String stemmed(Language language) {
            return name().toLowerCase(java.util.Locale.ROOT) + "_" + language.code();
        }

        String words() {
            return name().toLowerCase(java.util.Locale.ROOT) + "_w";
        }

        /** Code is language-neutral: it has only a word field. */
        boolean isStemmed() {
            return this != CODE;
        }
    }

    /** The word fields of all parts: where typos are looked for. */
    static List<String> wordFields() {
        return java.util.Arrays.stream(Part.values()).map(Part::words).toList();
    }

    /** One token with where it came from. */
    record Token(String term, int position, int start, int end) {}

    private final Map<Language, WordByWordAnalyzer> byLanguage = new EnumMap<>(Language.class);
    private final Analyzer words = new WordAnalyzer();
    private final Analyzer indexing;

    Analysis() {
        byLanguage.put(Language.RU, new WordByWordAnalyzer(new RussianAnalyzer()));
        byLanguage.put(Language.UK, new WordByWordAnalyzer(new UkrainianMorfologikAnalyzer()));
        byLanguage.put(Language.EN, new WordByWordAnalyzer(new EnglishAnalyzer()));
        var perField = new HashMap<String, Analyzer>();
        for (Part part : Part.values()) {
            perField.put(part.words(), words);
            if (part.isStemmed()) for (Language l : Language.values()) perField.put(part.stemmed(l), byLanguage.get(l));
        }
        indexing = new PerFieldAnalyzerWrapper(words, perField);
    }

    /** The analyzer the index writer uses: it picks by field name. */
    Analyzer indexing() {
        return indexing;
    }

    List<Token> stems(Language language, String text) {
        return tokens(byLanguage.get(language), text);
    }

    /** Words as written, with the pieces of dotted and dashed words stacked on the same position. */
    List<Token> words(String text) {
        return tokens(words, text);
    }

    /** Words as written, whole words only: what a query asks for. */
    List<Token> wholeWords(String text) {
        var whole = new ArrayList<Token>();
        for (Token t : tokens(words, text)) {
            if (whole.isEmpty() || whole.getLast().position() != t.position()) whole.add(t);
        }
        return whole;
    }

    /** A language's terms for one word as {@link #words} gives it (remembered, so cheap). */
    String[] forms(Language language, String word) {
        return byLanguage.get(language).forms(word);
    }

    /** True when some language's analyser drops the word as too common to search for. */
    boolean isStopWord(String word) {
        if (wholeWords(word).isEmpty()) return false;
        if (!word.chars().allMatch(Character::isLetter)) return false; // n+1, __slots__, http2: never common words
        for (Language l : Language.values()) if (stems(l, word).isEmpty()) return true;
        return false;
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        var out = new ArrayList<Token>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var increment = stream.addAttribute(PositionIncrementAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory", e);
        }
        return out;
    }

    @Override
    public void close() {
        indexing.close();
        words.close();
        byLanguage.values().forEach(Analyzer::close);
    }
}
