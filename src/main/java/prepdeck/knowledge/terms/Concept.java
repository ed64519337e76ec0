package prepdeck.knowledge.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import prepdeck.knowledge.Language;

/**
 * One idea of the field named in the three languages ("generator" / «генератор» / «генератор»). Terms are folded
 * as {@link Glossary#fold} folds them: lower case, ё as е, one kind of apostrophe, single spaces.
 *
 * @param id     the concept's position in its glossary, stable within one loaded glossary only
 * @param source where the concept was written: a resource file and line, or where in the notes it was found
 */
public record Concept(int id, String source, List<String> en, List<String> ru, List<String> uk) {
    public Concept {
        Objects.requireNonNull(source);
        en = List.copyOf(en);
        ru = List.copyOf(ru);
        uk = List.copyOf(uk);
        if (en.isEmpty() && ru.isEmpty() && uk.isEmpty()) throw new IllegalArgumentException(source + ": a concept names no term");
    }

    /** The terms in one language; where a language borrows the English word (an empty column), the English ones. */
    public List<String> terms(Language language) {
        List<String> own = switch (language) {
            case EN -> en;
            case RU -> ru;
            case UK -> uk;
        };
        return own.isEmpty() ? en : own;
    }

    /** Every term in every language, without repeats, English first. */
    public List<String> allTerms() {
        var all = new ArrayList<String>(en.size() + ru.size() + uk.size());
        for (var list : List.of(en, ru, uk)) {
            for (String t : list) if (!all.contains(t)) all.add(t);
        }
        return all;
    }

    /** The first English term, to name the concept in messages ("matched «декоратор» → decorator"). */
    public String name() {
        return !en.isEmpty() ? en.getFirst() : !ru.isEmpty() ? ru.getFirst() : uk.getFirst();
    }
}
