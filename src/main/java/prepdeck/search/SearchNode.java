package prepdeck.search;

import java.util.List;
import java.util.Objects;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Language;

/** A search query parsed once into a small closed tree; each backend has one writer that walks it. */
public sealed interface SearchNode {
    /** A word as the user typed it; matched in any word form, or with a small typo. */
    record Term(String text) implements SearchNode {
        public Term {
            if (text.isBlank()) throw new IllegalArgumentException("blank search term");
        }
    }

    /** Words that must appear together, in this order. */
    record Phrase(String text) implements SearchNode {
        public Phrase {
            if (text.isBlank()) throw new IllegalArgumentException("blank search phrase");
        }
    }

    /** Cards that do not match {@code node}. */
    record Not(SearchNode node) implements SearchNode {
        public Not {
            Objects.requireNonNull(node);
        }
    }

    /** A card attribute; never scores, only filters. */
    sealed interface Field extends SearchNode {}

    /** Cards whose topic path starts with {@code prefix} (titles lower-cased, joined by " / "). */
    record TopicPrefix(String prefix) implements Field {
        public TopicPrefix {
            if (prefix.isBlank()) throw new IllegalArgumentException("blank topic prefix");
        }
    }

    record KindIs(CardKind kind) implements Field {
        public KindIs {
            Objects.requireNonNull(kind);
        }
    }

    record LanguageIs(Language language) implements Field {
        public LanguageIs {
            Objects.requireNonNull(language);
        }
    }

    /** A card state: a gap (from the notes) or due for review (from the caller's review state). */
    record Is(State state) implements SearchNode {
        public enum State { GAP, DUE }

        public Is {
            Objects.requireNonNull(state);
        }
    }

    /** All of {@code nodes} must hold; the whole query is one of these. */
    record And(List<SearchNode> nodes) implements SearchNode {
        public And {
            nodes = List.copyOf(nodes);
        }
    }
}
