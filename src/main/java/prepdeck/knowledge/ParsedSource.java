package prepdeck.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one source file.
 *
 * @param path        the file's path relative to the imported root, with '/' separators
 * @param contentHash SHA-256 of the file's bytes, hex; unchanged files are skipped on re-import
 * @param format      the recognised format
 * @param language    the file's main language
 * @param topics      every topic the file defines, in order of appearance (including ones without cards)
 * @param cards       cards in order of appearance; follow-ups point at their main card by index
 * @param diagnostics problems found while reading it
 */
public record ParsedSource(String path, String contentHash, SourceFormat format, Language language,
                           List<TopicPath> topics, List<NoteCard> cards, List<Diagnostic> diagnostics) {
    public ParsedSource {
        Objects.requireNonNull(path);
        Objects.requireNonNull(contentHash);
        Objects.requireNonNull(format);
        Objects.requireNonNull(language);
        topics = List.copyOf(topics);
        cards = List.copyOf(cards);
        diagnostics = List.copyOf(diagnostics);
        for (int i = 0; i < cards.size(); i++) {
            var p = cards.get(i).parent();
            if (p.isPresent() && (p.getAsInt() < 0 || p.getAsInt() >= i)) {
                throw new IllegalArgumentException(path + ": card " + i + " names parent " + p.getAsInt() + ", which does not precede it");
            }
        }
    }

    public long gapCount() {
        return cards.stream().filter(NoteCard::isGap).count();
    }

    public long snippetCount() {
        return cards.stream().mapToLong(c -> c.snippets().size()).sum();
    }
}
