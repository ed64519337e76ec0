package prepdeck.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import prepdeck.knowledge.Language;
import prepdeck.review.interview.TextAnalysis;
import prepdeck.review.interview.Word;

/**
 * The search index's analysers lent to answer checking: words as the index splits them (code kept whole),
 * each with its Russian stem, Ukrainian lemmas and English stem, since notes and answers mix the three.
 * A word is a stop word when the text's language drops it (English for Latin words). Thread-safe.
 */
public final class LuceneTextAnalysis implements TextAnalysis, AutoCloseable {
    private final Analysis analysis = new Analysis();

    @Override
    public List<Word> words(String text, Language language) {
        var tokens = analysis.words(text);
        var out = new ArrayList<Word>();
        for (int i = 0; i < tokens.size(); ) {
            Analysis.Token whole = tokens.get(i);
            String folded = whole.term();
            var keys = new LinkedHashSet<String>();
            keys.add(folded);
            addForms(folded, keys);
            int j = i + 1;
            // pieces of a dotted word share its position: "os.path" also says "path"; those of a dashed word
            // ("cpu-bound", "o-bound") say too little apart
            boolean dotted = folded.indexOf('.') >= 0;
            for (; j < tokens.size() && tokens.get(j).position() == whole.position(); j++) {
                if (!dotted) continue;
                keys.add(tokens.get(j).term());
                addForms(tokens.get(j).term(), keys);
            }
            out.add(new Word(text.substring(whole.start(), whole.end()), folded, keys, isStop(folded, language),
                    whole.start(), whole.end()));
            i = j;
        }
        return out;
    }

    private void addForms(String word, LinkedHashSet<String> keys) {
        for (Language l : Language.values()) for (String f : analysis.forms(l, word)) keys.add(f);
    }

    private boolean isStop(String folded, Language language) {
        boolean cyrillic = folded.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
        Language decides = cyrillic ? (language == Language.EN ? Language.RU : language) : Language.EN;
        return analysis.forms(decides, folded).length == 0 && hasLetter(folded);
    }

    private static boolean hasLetter(String word) {
        return word.chars().anyMatch(Character::isLetter);
    }

    @Override
    public int distance(String a, String b, int max) {
        return Edits.distance(a, b, max);
    }

    @Override
    public void close() {
        analysis.close();
    }
}
