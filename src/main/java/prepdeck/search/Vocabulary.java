package prepdeck.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Every word in the notes as written, grouped by first letter and length, for finding what a typo meant.
 * Built once per index version: comparing a word against the few hundred words that share its first
 * letter and nearly its length is far cheaper than compiling a Levenshtein automaton over Cyrillic
 * (milliseconds for two edits).
 */
final class Vocabulary {
    /** A word of the notes close to the one asked for. */
    record Variant(String term, int edits, int docFreq) {}

    private final IndexReader reader;
    private final Map<String, Integer> docFreq = new HashMap<>();
    private final Map<Integer, Map<Integer, List<Entry>>> byFirstLetterAndLength = new HashMap<>();

    private record Entry(String term, int docFreq) {}

    private Vocabulary(IndexReader reader) {
        this.reader = reader;
    }

    static Vocabulary of(IndexReader reader, List<String> fields) {
        var vocabulary = new Vocabulary(reader);
        var docFreq = vocabulary.docFreq;
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (String field : fields) {
                    Terms terms = leaf.reader().terms(field);
                    if (terms == null) continue;
                    TermsEnum each = terms.iterator();
                    for (BytesRef term = each.next(); term != null; term = each.next()) {
                        docFreq.merge(term.utf8ToString(), each.docFreq(), Integer::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index", e);
        }
        docFreq.forEach((term, freq) -> vocabulary.byFirstLetterAndLength
                .computeIfAbsent(term.codePointAt(0), k -> new HashMap<>())
                .computeIfAbsent(term.length(), k -> new ArrayList<>())
                .add(new Entry(term, freq)));
        return vocabulary;
    }

    /**
     * True when the word is written this way often enough in the notes that it is no typo: in at least
     * 20 cards and 1 in 500. Looking for its near misses would cost time and find only noise.
     */
    boolean isEstablished(String word) {
        int freq = docFreq.getOrDefault(word, 0);
        return freq >= 20 && freq * 500L >= reader.numDocs();
    }

    /** In how many cards' word fields the word is written this way (a card counts once a field). */
    int frequency(String word) {
        return docFreq.getOrDefault(word, 0);
    }

    boolean isFor(IndexReader other) {
        return reader == other;
    }

    /**
     * Words within {@code maxEdits} of {@code word} (sharing its first letter), the word itself left out;
     * closest first, then commonest.
     */
    List<Variant> near(String word, int maxEdits, int limit) {
        if (word.isEmpty() || maxEdits <= 0) return List.of();
        var byLength = byFirstLetterAndLength.get(word.codePointAt(0));
        if (byLength == null) return List.of();
        var found = new ArrayList<Variant>();
        for (int length = word.length() - maxEdits; length <= word.length() + maxEdits; length++) {
            for (Entry e : byLength.getOrDefault(length, List.of())) {
                if (e.term().equals(word)) continue;
                int edits = Edits.distance(word, e.term(), maxEdits);
                if (edits <= maxEdits) found.add(new Variant(e.term(), edits, e.docFreq()));
            }
        }
        found.sort(Comparator.comparingInt(Variant::edits).thenComparing(Comparator.comparingInt(Variant::docFreq).reversed())
                .thenComparing(Variant::term));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }
}
