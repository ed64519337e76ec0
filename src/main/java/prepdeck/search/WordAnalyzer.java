package prepdeck.search;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Words as written, for exact and typo matching: lower-cased, unstemmed, and keeping what code needs
 * ({@code __iter__}, {@code select_related}, {@code os.path}, {@code docker-compose}). A token is a run of
 * letters, digits and {@code _ . - '}; dots, dashes and apostrophes at its ends are trimmed, apostrophe
 * variants become {@code '}, and {@code ё} becomes {@code е}.
 */
final class WordAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WordTokenizer();
        TokenStream stream = new EdgeTrimFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, stream);
    }

    static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '+' || isApostrophe(c);
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ';
    }

    private static boolean isTrimmed(char c) {
        return c == '.' || c == '-' || c == '+' || isApostrophe(c);
    }

    /** Folds one already lower-cased word the way the index does; may return "". */
    static String fold(String lowerWord) {
        int from = 0, to = lowerWord.length();
        while (from < to && isTrimmed(lowerWord.charAt(from))) from++;
        while (to > from && isTrimmed(lowerWord.charAt(to - 1))) to--;
        var out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = lowerWord.charAt(i);
            out.append(c == 'ё' ? 'е' : isApostrophe(c) ? '\'' : c);
        }
        return out.toString();
    }

    private static final class WordTokenizer extends CharTokenizer {
        @Override
        protected boolean isTokenChar(int c) {
            return isWordChar(c);
        }
    }

    /**
     * Trims and folds each word; a word joined by dots, dashes or underscores ({@code random.randint},
     * {@code docker-compose}, {@code prefetch_related}, {@code __slots__}) is kept whole and its pieces are stacked on
     * the same position, so either finds it.
     */
    private static final class EdgeTrimFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final ArrayDeque<int[]> pieces = new ArrayDeque<>();
        private String whole = "";
        private State wholeState;

        EdgeTrimFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!pieces.isEmpty()) {
                int[] piece = pieces.poll();
                restoreState(wholeState);
                int base = offset.startOffset();
                term.setEmpty().append(whole, piece[0], piece[1]);
                if (offset.endOffset() - base == whole.length()) offset.setOffset(base + piece[0], base + piece[1]);
                increment.setPositionIncrement(0);
                return true;
            }
            int skipped = 0;
            while (input.incrementToken()) {
                int length = term.length();
                char[] buffer = term.buffer();
                int from = 0, to = length;
                while (from < to && isTrimmed(buffer[from])) from++;
                while (to > from && isTrimmed(buffer[to - 1])) to--;
                if (from == to) {
                    skipped += increment.getPositionIncrement();
                    continue;
                }
                int start = offset.startOffset(), end = offset.endOffset();
                // fold in place: shift out what was trimmed, unify ё and apostrophes
                for (int i = from; i < to; i++) {
                    char c = buffer[i];
                    buffer[i - from] = c == 'ё' ? 'е' : isApostrophe(c) ? '\'' : c;
                }
                term.setLength(to - from);
                if (end - start == length) offset.setOffset(start + from, end - (length - to));
                increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
                if (!hasJoiner(buffer, to - from)) return true;
                String folded = term.toString();
                splitPieces(folded);
                if (!pieces.isEmpty()) {
                    whole = folded;
                    wholeState = captureState();
                }
                return true;
            }
            return false;
        }

        private static boolean hasJoiner(char[] buffer, int length) {
            for (int i = 0; i < length; i++) if (isJoiner(buffer[i]) || buffer[i] == '+') return true;
            return false;
        }

        private static boolean isJoiner(char c) {
            return c == '.' || c == '-' || c == '_';
        }

        /** The pieces between dots and dashes ({@code create_task} of {@code asyncio.create_task}), then between any joiners. */
        private void splitPieces(String word) {
            pieces.clear();
            split(word, c -> c == '.' || c == '-' || c == '+');
            split(word, c -> isJoiner((char) c) || c == '+');
            // offsets must not go backwards: by where they start, the longer first
            var sorted = new java.util.ArrayList<>(pieces);
            sorted.sort(java.util.Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> -p[1]));
            pieces.clear();
            pieces.addAll(sorted);
        }

        private void split(String word, java.util.function.IntPredicate joiner) {
            int at = 0;
            for (int i = 0; i <= word.length(); i++) {
                if (i == word.length() || joiner.test(word.charAt(i))) {
                    int from = at, to = i;
                    at = i + 1;
                    if (to <= from || from == 0 && to == word.length()) continue;
                    if (pieces.stream().noneMatch(p -> p[0] == from && p[1] == to)) pieces.add(new int[] {from, to});
                }
            }
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pieces.clear();
        }
    }
}
