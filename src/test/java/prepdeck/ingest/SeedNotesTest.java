package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.SourceFormat;
import prepdeck.knowledge.TopicPath;

/** What our first user's real notes must give; expectations written from reading the notes in ../shared/seeds. */
class SeedNotesTest {
    static final Path SEEDS = Path.of("..", "shared", "seeds");

    static ParsedSource parse(String name) {
        var reader = new NoteReader();
        var scan = reader.scan(List.of(SEEDS.resolve(name)));
        assertThat(scan.problems()).isEmpty();
        var result = reader.parse(scan.files().getFirst());
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).source();
    }

    static NoteCard card(ParsedSource s, Predicate<NoteCard> which) {
        return s.cards().stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("no such card in " + s.path()));
    }

    static Predicate<NoteCard> prompt(String p) {
        return c -> c.prompt().equals(p);
    }

    @Test
    void outlineSectionsWithContentAreCardsWithTheirCodeAndEmptyOnesAreGaps() {
        var s = parse("000_94e9e51ef25a3735.txt");
        assertThat(s.format()).isEqualTo(SourceFormat.MARKDOWN);
        var iterators = card(s, prompt("Расскажите про итераторы"));
        assertThat(iterators.kind()).isEqualTo(CardKind.SECTION);
        assertThat(iterators.answer()).contains("```python\nclass InfiniteSquaring:").contains("`__next__`");
        assertThat(iterators.snippets()).singleElement().satisfies(sn -> {
            assertThat(sn.line()).isEqualTo(5);
            assertThat(sn.language()).isEqualTo("python");
        });
        assertThat(iterators.references()).contains(new Reference.Link("https://docs.python.org/3.6/howto/functional.html", 20));
        var generators = card(s, prompt("Расскажите про геренераторы"));
        assertThat(generators.topic()).isEqualTo(TopicPath.of("Геренераторы"));
        assertThat(generators.snippets()).singleElement().satisfies(sn -> assertThat(sn.code()).startsWith("def f_gen():").contains("generator1.send(10) #100"));
        // the MRO section is its two definitions: they stay, it does not repeat them
        assertThat(card(s, prompt("Что называется линеаризацией класса?")).answer()).startsWith("Список из самого класса");
        assertThat(s.cards()).noneMatch(c -> c.prompt().equals("Расскажите про MRO в Питоне"));
        assertThat(card(s, prompt("Расскажите про MRO в Питоне 2.0")).answer()).contains("E->B->A->D->C");
        assertThat(card(s, prompt("Расскажите про MRO в Питоне 3.0")).answer()).contains("алгоритм C3").contains("class GothicMetal(Metal, Gothic): pass");
        assertThat(s.topics()).contains(TopicPath.of("Геренераторы"), TopicPath.of("Сборщики мусора"), TopicPath.of("Fast API"));

        var gaps = s.cards().stream().filter(NoteCard::isGap).toList();
        assertThat(gaps).hasSizeBetween(30, 45);
        assertThat(gaps).extracting(NoteCard::prompt).contains(
                "Сборщики мусора: как связаны с GIL?", "Многопоточность: что это?", "Асинхронность: как реализовано в Питоне?",
                "Индексы: расскажите про плюсы", "Django Queryset: расскажите про bulk_create", "Docker: расскажите про Composer",
                "Unittest: что такое mock?", "Расскажите про транзакции в Django", "Расскажите про Fast API");
        assertThat(gaps.getFirst().line()).isEqualTo(63);
        assertThat(gaps.getLast()).satisfies(g -> {
            assertThat(g.prompt()).isEqualTo("Расскажите про Fast API");
            assertThat(g.line()).isEqualTo(203);
        });
        // a written section is never a gap, and no gap comes from before the first empty section
        assertThat(gaps).allSatisfy(g -> assertThat(g.line()).isGreaterThanOrEqualTo(60));
        assertThat(s.cards()).filteredOn(c -> c.kind() == CardKind.SECTION && !c.isGap()).allSatisfy(c -> assertThat(c.line()).isLessThan(147));
    }

    @Test
    void looseDefinitionsAndLeadInListsBecomeCards() {
        var s = parse("001_f7c775748c17103f.txt");
        assertThat(s.format()).isEqualTo(SourceFormat.PLAIN_TEXT);
        assertThat(s.language()).isEqualTo(Language.RU);
        var definitions = s.cards().stream().filter(c -> c.kind() == CardKind.DEFINITION).map(NoteCard::prompt).toList();
        assertThat(definitions).contains("Что такое итератор в Python?", "Что такое генератор?", "Что такое процесс?",
                "Что такое состояние гонки?", "Что такое файл-дескриптор?");
        assertThat(card(s, prompt("Что такое файл-дескриптор?")).answer()).isEqualTo("Уникальный идентификатор открытого файла в операционной системе.");
        var lists = s.cards().stream().filter(c -> c.kind() == CardKind.LIST).toList();
        assertThat(lists).extracting(NoteCard::prompt).containsExactly("Перечислите: достоинства процессов в Python", "Перечислите: недостатки процессов в Python",
                "Перечислите: достоинства потоков в Python", "Перечислите: недостатки потоков в Python");
        assertThat(lists.getFirst().answer()).isEqualTo("""
                - У каждого процесса своя память.
                - Позволяют использовать все доступные ядра процессора.
                - GIL не накладывает ограничения.
                - Есть возможность прервать процесс.
                - Подходит для тяжёлых вычислений.""");
        assertThat(lists.get(1).answer().lines()).hasSize(2);
        assertThat(s.cards()).noneMatch(NoteCard::isGap);
    }

    @Test
    void courseModulesCheatSheetsAndLectureTimeCodes() {
        var s = parse("002_20a9cd8d7ec74e8b.txt");
        assertThat(s.format()).isEqualTo(SourceFormat.COURSE_NOTES);
        assertThat(s.language()).isEqualTo(Language.UK);
        var modules = s.topics().stream().filter(t -> t.depth() == 1).map(TopicPath::toString).toList();
        assertThat(modules).containsExactly("M1", "M2", "M3", "M4", "M5", "M6");
        var commands = s.cards().stream().filter(c -> c.kind() == CardKind.COMMAND).toList();
        assertThat(commands).hasSizeBetween(65, 80);
        var docker = commands.stream().filter(c -> c.answer().contains("docker ")).toList();
        var git = commands.stream().filter(c -> c.answer().contains("git ")).toList();
        assertThat(docker).hasSize(42); // lines 26–74: 5 + 5 + 8 + 8 + 9 + 6 + 2, less line 64, which repeats line 30 word for word (one card)
        assertThat(git).hasSizeBetween(28, 31);
        assertThat(card(s, prompt("Яка команда: перегляд запущених контейнерів?")).answer()).isEqualTo("`docker ps`");
        assertThat(card(s, prompt("Яка команда: вхід у реєстр?")).answer()).isEqualTo("`docker login` або `docker login localhost:8080`");
        assertThat(card(s, prompt("Яка команда: ініціалізація репозиторію?"))).satisfies(c -> {
            assertThat(c.answer()).isEqualTo("`git init`");
            assertThat(c.line()).isEqualTo(78);
        });
        assertThat(card(s, prompt("Яка команда: скидання змін до останньої версії на сервері?")).answer()).contains("git fetch --all\ngit reset --hard origin/master");
        assertThat(commands).allSatisfy(c -> assertThat(c.topic().titles().getFirst()).isEqualTo("M2"));

        var process = card(s, prompt("Що таке процес?"));
        assertThat(process.language()).isEqualTo(Language.UK);
        assertThat(process.topic()).isEqualTo(TopicPath.of("M3"));
        assertThat(process.answer()).startsWith("Область пам'яті (віртуальна)");
        assertThat(card(s, prompt("Що таке потік?")).language()).isEqualTo(Language.UK);

        // "SOLID - це важливо, 100% запитають" is a remark, not what SOLID is
        assertThat(s.cards()).noneMatch(c -> c.prompt().contains("SOLID"));
        // the course's prose passages: threading primitives, asyncio, ORM relationships, migrations
        assertThat(s.cards()).extracting(NoteCard::prompt).contains(
                "Що називають CPU-bound завданнями?", "Чим відрізняються Lock і RLock?", "Що таке семафори?", "Що таке Condition?",
                "Що таке Event?", "Що таке Barrier?", "Чим відрізняються multiprocessing і concurrent.futures?",
                "Що таке цикл подій (Event loop)?", "Що таке WebSocket?", "Розкажіть про відношення багато до багатьох",
                "Чим відрізняються backref і back_populates?", "Розкажіть про міграцію баз даних за допомогою Alembic",
                "Що таке міграції?", "Що таке Alembic?", "Розкажіть про асинхронні конектори та ORM");
        assertThat(card(s, prompt("Що таке семафори?")).answer()).startsWith("Примітив синхронізації.").contains("Семафори підходять до блокування");
        assertThat(card(s, prompt("Що таке Event?")).answer()).startsWith("Примітив синхронізації: потокобезпечний прапорець класу Event.")
                .contains("event.set()");
        assertThat(card(s, prompt("Що таке цикл подій (Event loop)?")).answer()).startsWith("Є архітектурний підхід");
        assertThat(card(s, prompt("Що таке міграції?")).answer()).startsWith("Набір скриптів, що описують перехід від схеми A у схему B");

        var timeCodes = s.cards().stream().flatMap(c -> c.references().stream()).filter(r -> r instanceof Reference.TimeCode).map(r -> (Reference.TimeCode) r).toList();
        assertThat(timeCodes).contains(new Reference.TimeCode("video 12.02.24", 5700, "ip utilities Linux", 260));
        assertThat(timeCodes).extracting(Reference.TimeCode::video).contains("video 05.02.24", "video 07.02.24", "video 14.02.24", "video 19.02.24");
        assertThat(timeCodes).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void numberedQuestionsWithFollowUpsAndInnerListsKeptInTheirAnswer() {
        var s = parse("003_0e42585650cfbd26.txt");
        assertThat(s.format()).isEqualTo(SourceFormat.QUESTIONS);
        var mains = s.cards().stream().filter(c -> c.parent().isEmpty()).toList();
        assertThat(mains).hasSize(40);
        // 30.б is a definition written where a question would be: asked as one, with the rest of its sentence
        assertThat(s.cards()).filteredOn(c -> c.kind() != CardKind.QUESTION).singleElement().satisfies(c -> {
            assertThat(c.prompt()).isEqualTo("Что такое серилизация транзакций?");
            assertThat(c.answer()).startsWith("Один из методов блокировки").contains("как бы \"по очереди\"").endsWith("(в отличии от ГРЯЗНОГО ЧТЕНИЯ, что не начинать работать с незавершенной транзакцией)");
            assertThat(c.parent()).hasValue(s.cards().indexOf(card(s, prompt("что такое ACID в бд?"))));
        });

        var generator = card(s, prompt("Расскажите про гененатор и итератор"));
        int generatorIndex = s.cards().indexOf(generator);
        assertThat(generator.language()).isEqualTo(Language.RU);
        assertThat(card(s, c -> c.prompt().startsWith("в чем разница между тапла и сета")).parent()).hasValue(generatorIndex);
        assertThat(card(s, prompt("Расскажите про хеш-таблицу")).parent()).hasValue(generatorIndex);

        var patterns = card(s, c -> c.prompt().startsWith("как построить архитектуру под эти патерны?"));
        int patternsIndex = s.cards().indexOf(patterns);
        assertThat(s.cards()).filteredOn(c -> c.parent().equals(java.util.OptionalInt.of(patternsIndex)))
                .extracting(NoteCard::prompt).containsExactly("Расскажите про Observer Pattern", "Singlton - антипаттерн",
                        "Chain of Responsibility - паттерн цепочка обьязаностей и генератор send().");
        var broker = card(s, prompt("Какие проблемы решает брокер?"));
        assertThat(card(s, prompt("Какие проблемы он приносит?")).parent()).hasValue(s.cards().indexOf(broker));

        var concurrency = card(s, c -> c.prompt().startsWith("как работает конкуретность в пайтоне"));
        assertThat(concurrency.line()).isEqualTo(65);
        assertThat(concurrency.answer()).contains("1.Вытесняющая многозадачность", "2.а. Конкурентность", "4. io vs cpu bound. GIL.", "5. различия threading и asyncio");
        assertThat(card(s, prompt("почему пайтон медленный?")).line()).isEqualTo(98);

        assertThat(card(s, c -> c.prompt().startsWith("как реализуются контекстный менеджер")).prompt())
                .endsWith("от класового котестного менеджера? что-то похожу на трай ексепт финали?");

        var gapLines = s.cards().stream().filter(NoteCard::isGap).map(NoteCard::line).toList();
        // 1–4, 6.1, 17, 25, 34, 37–41
        assertThat(gapLines).containsExactly(1, 4, 7, 10, 21, 137, 226, 324, 334, 336, 338, 341, 343);
        assertThat(card(s, c -> c.line() == 226).prompt()).endsWith("что такое  API Gateway?");

        assertThat(card(s, prompt("в чем разница между агригацией и композицией?")).answer())
                .contains("| Характеристика       | Агрегация").contains("|----------------------|");
        var metaclasses = card(s, prompt("в чем разница между тайп и object в метаклассах?"));
        assertThat(metaclasses.snippets()).singleElement().satisfies(sn -> {
            assertThat(sn.language()).isEqualTo("python");
            assertThat(sn.line()).isEqualTo(151);
            assertThat(sn.code()).contains("print(type(type))  # Выведет: <class 'type'>");
        });
    }

    @Test
    void notebookSectionsBecomeCardsAndCellsWithOutputBecomeSnippets() {
        var s = parse("004_43d660ed5263d398.txt");
        assertThat(s.format()).isEqualTo(SourceFormat.NOTEBOOK_TEXT);
        assertThat(s.cards()).extracting(NoteCard::prompt).contains("Расскажите неомного о context manager", "Расскажите про работу с файлами в Python",
                "Расскажите про имплиментации Питона", "Расскажите про синхронность, асинхронность, конкурентность, параллелизм",
                "Расскажите про IO-bound и CPU-bound задачи", "Что такое Python Global Interpreter Lock (GIL)?",
                "GIL: Что за проблему в Python решает GIL?");
        // a heading over one definition, and a section that is its lead-in list, are one card each, not two
        assertThat(s.cards()).extracting(NoteCard::prompt).doesNotContain("Расскажите про GIL", "Расскажите про треды(потоки) и Процессы")
                .noneMatch(p -> p.startsWith("Перечислите: язык Питон"));
        assertThat(s.cards()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CardStatus.ANSWERED));

        var context = card(s, prompt("Расскажите неомного о context manager"));
        assertThat(context.snippets()).hasSize(2);
        assertThat(context.snippets().get(1)).satisfies(sn -> {
            assertThat(sn.line()).isEqualTo(17);
            assertThat(sn.code()).isEqualTo("""
                    logger = Logger()
                    with logger as l:
                        print(f"{l.value=}")
                        print(f"{1 / l.value=}")

                    print("Вне контекста")""");
            assertThat(sn.expectedOutput()).hasValueSatisfying(o -> assertThat(o).startsWith("Start of logging:").endsWith("ZeroDivisionError: division by zero"));
        });
        var files = card(s, prompt("Расскажите про работу с файлами в Python"));
        assertThat(files.snippets()).extracting(sn -> sn.expectedOutput().orElse(null)).containsExactly(
                "'Hello World!!!\\nHello ITAM!\\n'", null, "ValueError: I/O operation on closed file.", "False\nHello World!!!\nHello ITAM!\n\nTrue");
        assertThat(files.snippets().get(3).code()).startsWith("# Операции open close можно заменить через контекст менеджер\nwith open(");

        var gil = card(s, prompt("GIL: Что за проблему в Python решает GIL?"));
        assertThat(gil.kind()).isEqualTo(CardKind.QUESTION);
        assertThat(gil.snippets()).singleElement().satisfies(sn -> {
            assertThat(sn.code()).endsWith("sys.getrefcount(a)");
            assertThat(sn.expectedOutput()).hasValue("3");
            assertThat(sn.line()).isEqualTo(112);
        });
        assertThat(gil.answer()).contains("Проблема, которую решает GIL");
        assertThat(card(s, prompt("Что такое процесс?")).topic()).isEqualTo(TopicPath.of("Треды(потоки) и Процессы"));
    }

    @Test
    void everySeedIsReadWithoutRejection() throws Exception {
        try (var files = Files.list(SEEDS)) {
            var reader = new NoteReader();
            var scan = reader.scan(List.of(SEEDS));
            assertThat(scan.files()).hasSize((int) files.count());
            assertThat(scan.files()).allSatisfy(f -> assertThat(reader.parse(f)).isInstanceOf(ParseResult.Parsed.class));
        }
    }
}
