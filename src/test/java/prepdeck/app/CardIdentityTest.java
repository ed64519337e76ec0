package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.TopicPath;

class CardIdentityTest {
    @Test
    void normalizingFoldsCaseWidthAndSpacingAndTrimsPunctuation() {
        assertThat(CardIdentity.normalize("  What is  the GIL?\n")).isEqualTo("what is the gil");
        assertThat(CardIdentity.normalize("«Что такое   генератор?»")).isEqualTo("что такое генератор");
        assertThat(CardIdentity.normalize("ＡＢＣ — def…")).isEqualTo("abc — def");
        assertThat(CardIdentity.normalize("`docker ps`:")).isEqualTo("docker ps");
    }

    @Test
    void punctuationInsideAPromptIsKept() {
        assertThat(CardIdentity.normalize("What does a, b = b, a do?")).isEqualTo("what does a, b = b, a do");
    }

    @Test
    void aPromptOfOnlyPunctuationKeepsIt() {
        assertThat(CardIdentity.normalize("???")).isEqualTo("???");
    }

    @Test
    void aRepeatedPromptGetsAnOccurrenceNumber() {
        var identities = CardIdentity.of("qa.md", List.of(card("Why?"), card("why"), card("How?")));

        assertThat(identities).containsExactly("qa.md\nwhy", "qa.md\nwhy\n#2", "qa.md\nhow");
        assertThat(identities.stream().map(CardIdentity::promptOf)).containsExactly("why", "why", "how");
    }

    static NoteCard card(String prompt) {
        return new NoteCard(prompt, "", CardKind.QUESTION, TopicPath.ROOT, 1, Language.EN, CardStatus.GAP, OptionalInt.empty(), List.of(), List.of());
    }
}
