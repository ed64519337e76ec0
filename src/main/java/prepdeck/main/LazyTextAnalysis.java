package prepdeck.main;

import java.util.List;
import prepdeck.knowledge.Language;
import prepdeck.review.interview.TextAnalysis;
import prepdeck.review.interview.Word;
import prepdeck.search.LuceneTextAnalysis;

/**
 * The search analysers for answer checking, built when the first answer is checked: commands that check
 * none pay nothing for the dictionaries. Kept for the life of the program.
 */
final class LazyTextAnalysis implements TextAnalysis {
    private volatile LuceneTextAnalysis analysis;

    private LuceneTextAnalysis analysis() {
        LuceneTextAnalysis a = analysis;
        if (a == null) {
            synchronized (this) {
                if (analysis == null) analysis = new LuceneTextAnalysis();
                a = analysis;
            }
        }
        return a;
    }

    @Override
    public List<Word> words(String text, Language language) {
        return analysis().words(text, language);
    }

    @Override
    public int distance(String a, String b, int max) {
        return analysis().distance(a, b, max);
    }
}
