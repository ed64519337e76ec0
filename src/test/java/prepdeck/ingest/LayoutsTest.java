package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;

/** Our own small notes (src/test/resources/layouts), one per language, each mixing the layouts people write questions in. */
class LayoutsTest {
    private static ParsedSource parse(String name) {
        var reader = new NoteReader();
        var file = reader.scan(List.of(Path.of("src", "test", "resources", "layouts", name))).files().getFirst();
        return ((ParseResult.Parsed) reader.parse(file)).source();
    }

    private static Map<String, String> questions(ParsedSource s) {
        return s.cards().stream().filter(c -> c.kind() == CardKind.QUESTION)
                .collect(Collectors.toMap(NoteCard::prompt, NoteCard::answer, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void englishLayouts() {
        var q = questions(parse("en.md"));
        assertThat(q).containsEntry("What is the GIL?", "A lock that lets one thread at a time run Python bytecode.") // no "Back to top"
                // stacked question headings share the answer under them
                .containsEntry("Why are tuples hashable?", "When it holds a list: hashing a tuple hashes its items.")
                .containsEntry("When is a tuple not hashable?", "When it holds a list: hashing a tuple hashes its items.")
                .containsEntry("How does `dict` resolve collisions?", "") // "Answer here" is a placeholder: a gap
                .containsEntry("What does `len({1, 1, 2})` return?", "2, a set keeps one of each value.")
                .containsEntry("Is `None` a singleton?", "Yes: compare with `is None`.")
                .containsEntry("What is regression?", "Predicting a number from features.")
                .containsEntry("What is a closure?", "A function that keeps the variables of the scope it was made in.")
                .containsEntry("What does `pass` do?", "Nothing: it fills a block.")
                .containsEntry("What is PEP 8?", "The style guide for Python code.")
                .containsEntry("What is a metaclass?\nWhen would you write one?", "") // a nested follow-up is asked with its parent
                .containsEntry("How is `__new__` different from `__init__`?", "")
                .containsEntry("What is a decorator?", "") // "12.What" without a space
                .containsEntry("What is a generator?", ""); // "13.&nbsp;What"
        assertThat(q).hasSize(14);
        var s = parse("en.md");
        assertThat(s.cards()).noneMatch(c -> c.prompt().contains("Python docs") || c.prompt().contains("What is What"));
        assertThat(s.cards()).anySatisfy(c -> {
            assertThat(c.prompt()).isEqualTo("What is Iterator?");
            assertThat(c.kind()).isEqualTo(CardKind.DEFINITION);
        });
    }

    @Test
    void russianLayouts() {
        var q = questions(parse("ru.md"));
        assertThat(q).containsEntry("Что такое GIL?", "Блокировка, из-за которой байткод Python исполняет один поток за раз.")
                .containsEntry("Что такое MRO?", "") // TODO
                .containsEntry("Чем список отличается от кортежа?", "") // numbering that starts at 54
                .containsEntry("Что такое декоратор?", "Декоратор оборачивает функцию и возвращает новую.") // a nested answer
                .containsEntry("Что такое итератор?", "Объект с методом `__next__`.")
                .containsEntry("Что делает `yield`?", "Приостанавливает функцию и отдаёт значение.")
                .containsEntry("Что такое PEP 8?", "Руководство по стилю кода.")
                .containsEntry("Что делает `pass`?", "Ничего: заполняет блок.");
        assertThat(q).hasSize(8);
    }

    @Test
    void ukrainianLayouts() {
        var s = parse("uk.md");
        var q = questions(s);
        assertThat(q).containsEntry("Що таке GIL?", "Блокування, через яке байткод Python виконує один потік за раз.")
                .containsEntry("Навіщо потрібен `__slots__`?", "Щоб не створювати `__dict__` для кожного об'єкта і заощадити пам'ять.")
                .containsEntry("Що таке генератор?", "") // "1." repeated
                .containsEntry("Чим відрізняється `is` від `==`?", "")
                .containsEntry("Як працює `with`?", "")
                .containsEntry("Що таке замикання?", "Функція, що пам'ятає змінні своєї області.");
        assertThat(q).hasSize(6); // the explicit card inside the code fence is an example, not a card
        assertThat(s.cards()).allSatisfy(c -> assertThat(c.language().code()).isEqualTo("uk"));
    }

    @Test
    void aSoleEmptyHeadingIsNoTopic() {
        // found by the fuzzer: "#" alone on the first line, then text, used to fail on a blank topic title
        for (String text : new String[] {"#\n\u0001`x семафор", "#\n\nWhat is a semaphore?\n\nA counter that limits access.\n", "# \n## What is GIL?\nA lock.\n"}) {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            var file = new SourceFile("notes.md", Path.of("notes.md"), bytes, NoteReader.sha256(bytes));
            assertThat(new NoteReader().parse(file)).as(text).isInstanceOf(ParseResult.Parsed.class);
        }
    }
}
