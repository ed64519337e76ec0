package prepdeck.search;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("long")
class Probe {
    @Test
    void probe() {
        var cards = SeedCards.load();
        try (var index = LuceneSearchIndex.inMemory()) {
            index.replaceAll(cards);
            for (String q : System.getProperty("q", "потоки").split("\\|")) {
                System.out.println("=== " + q);
                for (var h : index.search(q, 8)) {
                    System.out.printf("%6.2f %s:%d %s%n        %s%n", h.score(), h.source().substring(0, 3), h.line(), h.promptHighlight(), h.answerHighlight().replace("\n", " "));
                }
            }
        }
    }
}
