package prepdeck.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A language analyser applied one word at a time, remembering each word's result. Dictionary lemmatising
 * (Ukrainian, morfologik) costs microseconds a word while notes repeat the same few thousand words, so
 * this makes indexing and highlighting several times faster with the same terms. Words are split and
 * lower-cased as the standard analysers do; apostrophe variants are unified first, so "з’єднання" stays
 * one word.
 */
final class WordByWordAnalyzer extends Analyzer {
    private static final int MAX_REMEMBERED = 300_000;
    private static final NormalizeCharMap APOSTROPHES = apostrophes();
    private static final String[] NONE = new String[0];

    private final Analyzer language;
    private final Map<String, String[]> remembered = new ConcurrentHashMap<>();

    WordByWordAnalyzer(Analyzer language) {
        this.language = language;
    }

    private static NormalizeCharMap apostrophes() {
        var map = new NormalizeCharMap.Builder();
        for (String a : List.of("’", "ʼ", "‘", "`", "′")) map.add(a, "'");
        map.add("\u0301", ""); // stress mark
        return map.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new Lemmas(new LowerCaseFilter(source)));
    }

    /** The language's terms for one lower-cased word; empty for a stop word. Do not modify the array. */
    String[] forms(String word) {
        return analyse(word);
    }

    private String[] analyse(String word) {
        String[] known = remembered.get(word);
        if (known != null) return known;
        var out = new ArrayList<String>(2);
        try (TokenStream stream = language.tokenStream("", word)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (!out.contains(t)) out.add(t);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a word in memory", e);
        }
        String[] result = out.isEmpty() ? NONE : out.toArray(String[]::new);
        if (remembered.size() < MAX_REMEMBERED) remembered.put(word, result);
        return result;
    }

    @Override
    public void close() {
        language.close();
        super.close();
    }

    private final class Lemmas extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private String[] pending = NONE;
        private int next;

        Lemmas(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (next < pending.length) {
                term.setEmpty().append(pending[next++]);
                increment.setPositionIncrement(0);
                return true;
            }
            int skipped = 0;
            while (input.incrementToken()) {
                String[] forms = analyse(term.toString());
                if (forms.length == 0) { // a stop word: leave a gap, as the language's analyser does
                    skipped += increment.getPositionIncrement();
                    continue;
                }
                pending = forms;
                next = 1;
                term.setEmpty().append(forms[0]);
                increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
                return true;
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = NONE;
            next = 0;
        }
    }
}
