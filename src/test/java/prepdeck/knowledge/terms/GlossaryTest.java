package prepdeck.knowledge.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import prepdeck.knowledge.Language;

class GlossaryTest {
    private final Glossary glossary = Glossary.standard();

    @Test
    void theShippedGlossaryLinksTheThreeLanguages() {
        assertThat(glossary.concepts()).hasSizeGreaterThan(200);
        var decorator = glossary.conceptsOf("Декоратор");
        assertThat(decorator).hasSize(1);
        assertThat(decorator.getFirst().terms(Language.EN)).contains("decorator");
        assertThat(glossary.conceptsOf("ідемпотентність").getFirst().allTerms()).contains("idempotency", "идемпотентность");
        assertThat(glossary.conceptsOf("Об’єкт")).isNotEmpty(); // typographic apostrophe folded
        assertThat(glossary.conceptsOf("ещё не термин")).isEmpty();
    }

    @Test
    void aBorrowedWordFallsBackToEnglish() {
        var c = Glossary.parse("t.tsv", "rest\t\t\n", 0).getFirst();
        assertThat(c.terms(Language.RU)).containsExactly("rest");
    }

    @Test
    void aMalformedLineIsNamedWithFileAndLine() {
        assertThatThrownBy(() -> Glossary.parse("mine.tsv", "# c\ngenerator\tгенератор\n", 0))
                .hasMessageContaining("mine.tsv line 2").hasMessageContaining("3 tab-separated columns");
    }

    @Test
    void withAddsConceptsFoundInNotes() {
        var more = glossary.with(Glossary.parse("notes", "walrus operator\tморж\t\n", 0));
        assertThat(more.conceptsOf("морж")).hasSize(1);
        assertThat(more.concepts()).hasSize(glossary.concepts().size() + 1);
    }
}
