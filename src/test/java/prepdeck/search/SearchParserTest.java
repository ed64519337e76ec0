package prepdeck.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import prepdeck.app.SearchSyntaxException;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Language;
import prepdeck.search.SearchNode.And;
import prepdeck.search.SearchNode.Is;
import prepdeck.search.SearchNode.KindIs;
import prepdeck.search.SearchNode.LanguageIs;
import prepdeck.search.SearchNode.Not;
import prepdeck.search.SearchNode.Phrase;
import prepdeck.search.SearchNode.Term;
import prepdeck.search.SearchNode.TopicPrefix;

class SearchParserTest {
    @Test
    void readsEveryElementIntoTheTree() {
        assertThat(SearchParser.parse("  генератор \"docker ps\" -yield -\"a b\" Topic:\"M2 / Шпаргалки\" kind:Command lang:uk is:gap is:due --name "))
                .isEqualTo(new And(List.of(new Term("генератор"), new Phrase("docker ps"), new Not(new Term("yield")),
                        new Not(new Phrase("a b")), new TopicPrefix("m2 / шпаргалки"), new KindIs(CardKind.COMMAND),
                        new LanguageIs(Language.UK), new Is(Is.State.GAP), new Is(Is.State.DUE), new Term("--name"))));
    }

    @Test
    void topicPathsAreNormalised() {
        assertThat(SearchParser.parse("topic:M2/Шпаргалки")).isEqualTo(new And(List.of(new TopicPrefix("m2 / шпаргалки"))));
        assertThat(SearchParser.parse("topic:M2/")).isEqualTo(new And(List.of(new TopicPrefix("m2 / "))));
    }

    @Test
    void anEmptyQueryIsAnEmptyAnd() {
        assertThat(SearchParser.parse("   ")).isEqualTo(new And(List.of()));
    }

    @Test
    void errorsSayWhatAndWhere() {
        assertThatThrownBy(() -> SearchParser.parse("docker foo:bar"))
                .isInstanceOf(SearchSyntaxException.class)
                .hasMessageStartingWith("unknown field \"foo:\" at position 8");
        assertThatThrownBy(() -> SearchParser.parse("kind:recipe"))
                .hasMessageStartingWith("unknown kind \"recipe\" at position 6 (expected one of question, section, definition, list, command, cloze, snippet)");
        assertThatThrownBy(() -> SearchParser.parse("a -")).hasMessageStartingWith("nothing to exclude after \"-\" at position 3");
    }
}
