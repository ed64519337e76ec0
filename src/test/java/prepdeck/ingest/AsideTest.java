package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.NoteCard;

/**
 * Text around the questions that is no question: a study plan talking about itself, its author and its reader, reading
 * lists, the author's story. And lead-ins or code sections that only make sense with the section they stand in.
 */
class AsideTest {
    private static List<NoteCard> cards(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        var file = new SourceFile(name, Path.of(name), bytes, NoteReader.sha256(bytes));
        return ((ParseResult.Parsed) new NoteReader().parse(file)).source().cards();
    }

    private static List<String> prompts(List<NoteCard> cards) {
        return cards.stream().map(NoteCard::prompt).toList();
    }

    @Test
    void aStudyPlanGivesItsQuestionsOnlyNotItsOwnProse() {
        var plan = new StringBuilder("""
                # План подготовки

                ## Для кого это?

                Это мой учебный план на несколько месяцев. Я следую ему сам, и мне он помог. Если вы уже знаете темы, \
                вам хватит меньше времени.

                ## Как пользоваться

                Отмечайте пункты списка, когда пройдёте их. Двигайтесь по порядку.

                ## Решение задач

                **Решение задач** — это не запоминание решений.

                ## Структуры данных

                """);
        for (int i = 1; i <= 24; i++) plan.append("- [ ] [Массивы, часть ").append(i).append(" (видео)](https://example.org/v").append(i).append(")\n");
        plan.append("""

                ## Подумайте об этом перед собеседованием

                - Почему вы хотите получить эту работу?
                - Какую самую сложную задачу вы решали?
                - Чему вы научились в последнем проекте?
                """);
        var cards = cards("plan.md", plan.toString());
        assertThat(prompts(cards)).containsExactly(
                "Почему вы хотите получить эту работу?", "Какую самую сложную задачу вы решали?", "Чему вы научились в последнем проекте?");
        assertThat(cards).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CardKind.QUESTION);
            assertThat(c.isGap()).isTrue();
        });
    }

    @Test
    void theAuthorsStoryAndReadingListsGiveNoCardButTheSubjectDoes() {
        var cards = cards("hash-table.md", """
                # Hash table

                ## About these notes

                I wrote these notes while I was preparing for my interviews; my advice is to read them twice.

                ## Collisions

                A hash table resolves collisions by chaining: each bucket holds a list of the entries whose keys hash to it.
                You should know that open addressing probes for the next free slot instead.

                ## Learning resources

                - Readings
                  - [Taking hash tables off the shelf](https://example.org/hash) by a blogger who explains it well
                - Videos
                  - [Hash tables in ten minutes](https://example.org/video)
                """);
        assertThat(prompts(cards)).anySatisfy(p -> assertThat(p).containsIgnoringCase("collisions"));
        assertThat(prompts(cards)).noneSatisfy(p -> assertThat(p.toLowerCase(java.util.Locale.ROOT)).containsAnyOf("these notes", "resources", "readings", "videos"));
    }

    @Test
    void aReadingListIsAnAsideInRussianAndUkrainianToo() {
        assertThat(Aside.resources("Список книг")).isTrue();
        assertThat(Aside.resources("Корисні посилання")).isTrue();
        assertThat(Aside.resources("Recommended courses")).isTrue();
        assertThat(Aside.resources("Книги по Python")).isTrue();
        assertThat(Aside.resources("Hash table")).isFalse();
        assertThat(Aside.resources("Video streaming design")).isFalse(); // a subject that starts with a resource's name
        assertThat(Aside.resources("Какие ресурсы нужны алгоритму?")).isFalse(); // a question
        assertThat(Aside.narrative("Я следую этому плану, готовясь к собеседованию. У меня есть степень по экономике.")).isTrue();
        // one "I" in a page of facts, or "you" addressed to the reader, is no story
        assertThat(Aside.narrative("Каждый объект в Python имеет тип. Я бы добавил, что тип — тоже объект, у него свой тип, и так до type.")).isFalse();
        assertThat(Aside.narrative("You should know that a set keeps one of each value; you can test membership in O(1).")).isFalse();
        assertThat(Aside.narrative("Процес i потік мають свій стек i свої регістри, а пам'ять у потоків спільна i доступна всім.")).isFalse();
        assertThat(Aside.narrative("Use `for i in range(3)` and `i += 1`: the loop variable i is rebound.")).isFalse(); // code is no "I"
    }

    @Test
    void aLeadInWithNoSubjectIsAskedWithItsSection() {
        var cards = cards("unique_chars.md", """
                # Unique chars

                ## Algorithm: Hash Map Lookup

                We keep a set of the characters seen so far and stop at the first one seen twice.

                Complexity:
                * Time: O(n)
                * Space: O(n)

                ## Code: Hash Map Lookup

                ```python
                def has_unique_chars(string):
                    seen = set()
                    for char in string:
                        if char in seen:
                            return False
                        seen.add(char)
                    return True
                ```
                """);
        assertThat(prompts(cards)).contains("List: Complexity — Unique chars, Algorithm: Hash Map Lookup",
                "Unique chars: write the code for Hash Map Lookup");
        assertThat(prompts(cards)).doesNotContain("List: Complexity");
    }

    @Test
    void aQuotationFromABlogIsAnAside() {
        // goldbergyoni__nodebestpractices: "### Цитата блога: …", "### Цитата из блога: …"
        assertThat(Aside.quotation("Цитата блога: \"Строка не является ошибкой\"")).isTrue();
        assertThat(Aside.quotation("Цитата из блога: \"У нас проблема с обещаниями\"")).isTrue();
        assertThat(Aside.quotation("Blog Quote: \"Programmer errors are bugs in the program\"")).isTrue();
        assertThat(Aside.quotation("Цитаты великих программистов как тема")).isFalse();
        assertThat(Aside.quotation("Что такое блог?")).isFalse();
    }
}
