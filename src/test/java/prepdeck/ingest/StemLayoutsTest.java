package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;

/**
 * Questions asked about code shown with them (src/test/resources/layouts/stems, RU/UK/EN): the code and options go
 * on the front as the card's stem, the answer starts after them; a question that needs no code keeps its answer whole.
 */
class StemLayoutsTest {
    private static ParsedSource parse(String name) {
        var reader = new NoteReader();
        var file = reader.scan(List.of(Path.of("src", "test", "resources", "layouts", "stems", name))).files().getFirst();
        return ((ParseResult.Parsed) reader.parse(file)).source();
    }

    private static NoteCard card(ParsedSource s, String prompt, String stemPart) {
        var found = s.cards().stream().filter(c -> c.prompt().equals(prompt) && c.stem().contains(stemPart)).toList();
        assertThat(found).as("cards '%s' about '%s' in %s", prompt, stemPart, s.path()).hasSize(1);
        return found.getFirst();
    }

    @Test
    void aQuestionWithAHiddenAnswerShowsItsCodeAndOptionsOnTheFront() {
        var s = parse("en.md");
        var first = card(s, "What is the output?", "console.log(typeof null);");
        assertThat(first.stem()).startsWith("```javascript\n").contains("- A: `\"null\"`\n- B: `\"object\"`");
        assertThat(first.answer()).startsWith("**Answer: B**").contains("a bug kept for compatibility")
                .doesNotContain("console.log").doesNotEndWith("---");
        var second = card(s, "What is the output?", "0.1 + 0.2 === 0.3");
        assertThat(second.answer()).startsWith("**Answer: B**").contains("0.30000000000000004");
        // options alone, under a question that is not generic, are what it is about too
        var falsy = card(s, "Which of these values are falsy?", "- A: `0`");
        assertThat(falsy.answer()).startsWith("**Answer: A**");
        // a bold question over code and a hidden answer
        assertThat(card(s, "What is the output?", "print(bool([]))").answer()).isEqualTo("`False`: an empty list is falsy.");
    }

    @Test
    void aGenericPromptOverCodeTakesTheCodeAsItsStem() {
        var s = parse("en.md");
        var printed = card(s, "What will be printed?", "print([1, 2] * 2)");
        assertThat(printed.answer()).isEqualTo("`[1, 2, 1, 2]`: multiplying a list repeats it.");
        // code whose comment gives its own output is the whole answer: nothing moves, no gap is made
        var own = s.cards().stream().filter(c -> c.prompt().equals("What does this code print?")).findFirst().orElseThrow();
        assertThat(own.stem()).isEmpty();
        assertThat(own.answer()).contains("print(x * 0)  # []");
        // a question that asks on its own is answered by its code
        var reverse = s.cards().stream().filter(c -> c.prompt().endsWith("How do you reverse a list?")).findFirst().orElseThrow();
        assertThat(reverse.stem()).isEmpty();
        assertThat(reverse.answer()).contains("xs[::-1]");
        assertThat(s.cards()).allSatisfy(c -> assertThat(c.prompt()).doesNotContain("```", "#", "- A:"));
        // an answer with a collapsed explanation, or a question whose context is prose, has no stem
        assertThat(s.cards()).filteredOn(c -> c.prompt().contains("`zip`") || c.prompt().contains("`[] == []`"))
                .hasSize(2).allSatisfy(c -> assertThat(c.stem()).isEmpty());
    }

    @Test
    void russianQuestionsAboutCode() {
        var s = parse("ru.md");
        assertThat(card(s, "Что выведет код?", "print(round(2.5))").answer()).startsWith("`2`: округление к чётному");
        var result = card(s, "Каким будет результат?", "b.append(3)");
        assertThat(result.stem()).contains("- A: `[1, 2]`\n- B: `[1, 2, 3]`");
        assertThat(result.answer()).startsWith("Ответ: B").doesNotContain("b.append");
        var gil = s.cards().stream().filter(c -> c.prompt().equals("Что такое GIL?")).findFirst().orElseThrow();
        assertThat(gil.stem()).isEmpty();
    }

    @Test
    void ukrainianQuestionsAboutCode() {
        var s = parse("uk.md");
        var equality = card(s, "Що буде в консолі?", "new Number(3)");
        assertThat(equality.answer()).startsWith("**Відповідь: A**").doesNotContain("let b");
        var typeOf = card(s, "Що буде в консолі?", "typeof typeof 1");
        assertThat(typeOf.answer()).startsWith("**Відповідь: B**");
        assertThat(card(s, "Що виведе код?", "print(3 // 2)").answer()).isEqualTo("`1`: цілочисельне ділення.");
        assertThat(s.cards()).allSatisfy(c -> assertThat(c.language().code()).isEqualTo("uk"));
    }

    @Test
    void aNumberedQuestionListInPlainTextGivesItsCodeToTheFrontToo() {
        var s = parse("questions.txt");
        assertThat(card(s, "Что выведет код?", "print([] == [], [] is [])").answer()).isEqualTo("True False: списки равны, но это два разных объекта.");
        assertThat(card(s, "Что выведет код?", "print(2 ** -1)").answer()).isEqualTo("0.5");
        assertThat(s.cards()).filteredOn(c -> !c.prompt().equals("Что выведет код?")).allSatisfy(c -> assertThat(c.stem()).isEmpty());
    }
}
