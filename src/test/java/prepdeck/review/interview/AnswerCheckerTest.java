package prepdeck.review.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.Language;
import prepdeck.search.LuceneTextAnalysis;

class AnswerCheckerTest {
    /** Seed 003, question 13 ("почему пайтон медленный"), as the notes have it. */
    static final String WHY_SLOW = """
            - Интерпретируемый язык
            - Глобальная блокировка интерпретатора (GIL)
            - Динамическая типизация
            - Высокоуровневые абстракции
            """;

    private static LuceneTextAnalysis analysis;
    private static AnswerChecker checker;

    @BeforeAll
    static void open() {
        analysis = new LuceneTextAnalysis();
        checker = new AnswerChecker(analysis);
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    private static List<String> texts(String reference, Language language) {
        return checker.keyPoints(reference, language).stream().map(KeyPoint::text).toList();
    }

    private static boolean covers(String reference, String answer, Language language) {
        return checker.check(reference, answer, language).points().getFirst().covered();
    }

    @Test
    void theSeedsWhyIsPythonSlowGivesItsFourPoints() {
        assertThat(texts(WHY_SLOW, Language.RU))
                .containsExactly("Интерпретируемый язык", "Глобальная блокировка интерпретатора (GIL)", "Динамическая типизация",
                        "Высокоуровневые абстракции");
    }

    @Test
    void anAcronymInBracketsIsStatedByItselfOrByTheWordsItStandsFor() {
        var byName = checker.check(WHY_SLOW, "всё из-за GIL", Language.RU);
        var byMeaning = checker.check(WHY_SLOW, "всё из-за глобальной блокировки интерпретатора", Language.RU);
        assertThat(byName.points().get(1).covered()).isTrue();
        assertThat(byMeaning.points().get(1).covered()).isTrue();
    }

    @Test
    void lemmasUnifyWordFormsInEachLanguage() {
        assertThat(covers("- Потоки", "несколько потоков", Language.RU)).isTrue();
        assertThat(covers("- Поток", "два потока", Language.RU)).isTrue();
        assertThat(covers("- Потік", "кілька потоків", Language.UK)).isTrue();
        assertThat(covers("- Threads", "one thread", Language.EN)).isTrue();
        assertThat(covers("- Динамическая типизация", "типизацией динамической", Language.RU)).isTrue();
    }

    @Test
    void smallTyposAndOtherLanguagesCount() {
        assertThat(covers("- Генератор", "генератр", Language.RU)).isTrue();
        assertThat(covers("- Динамическая типизация", "динамичиская типизацыя", Language.RU)).isTrue();
        assertThat(covers("- Динамическая типизация", "dynamic typing", Language.EN)).isTrue();
        assertThat(covers("- Динамическая типизация", "динамічна типізація", Language.UK)).isTrue();
    }

    @Test
    void aDifferentWordIsNoTypo() {
        assertThat(covers("- синхронный код", "асинхронный код", Language.RU)).isFalse();
        assertThat(covers("- mutable objects", "immutable objects", Language.EN)).isFalse();
    }

    @Test
    void identifiersAreKeptAsWritten() {
        var terms = checker.keyPoints("Django: используйте `select_related`, а в классе — `__iter__`; QuerySet ленивый, os.path", Language.RU)
                .stream().flatMap(p -> p.phrasings().stream()).flatMap(p -> p.terms().stream()).map(Term::written).toList();
        assertThat(terms).contains("select_related", "__iter__", "QuerySet", "os.path");
        assertThat(covers("- `select_related`", "select_related", Language.RU)).isTrue();
        assertThat(covers("- `select_related`", "select related", Language.RU)).isTrue(); // split and joined identifiers agree
    }

    @Test
    void aNegatedWordDoesNotStateThePoint() {
        assertThat(covers("- Интерпретируемый язык", "язык не интерпретируемый", Language.RU)).isFalse();
        assertThat(covers("- GIL блокирует потоки", "GIL не блокирует потоки", Language.RU)).isFalse();
        assertThat(covers("- GIL не блокирует ввод-вывод", "GIL не блокирует ввод-вывод", Language.RU)).isTrue();
    }

    @Test
    void aPhrasesWordsScatteredAboutDoNotStateIt() {
        assertThat(covers("- Динамическая типизация", "Динамическая память выделяется, а про типизацию ничего не скажу.", Language.RU))
                .isFalse();
        assertThat(covers("- Динамическая типизация", "типизация статическая, абстракции динамическая", Language.RU)).isFalse();
    }

    @Test
    void aWrongAnswerReusingTheReferencesWordsScoresLow() {
        var wrong = checker.check(WHY_SLOW, "Python компилируемый язык со статической типизацией, абстракции низкоуровневые, "
                + "а интерпретатор тут ни при чём.", Language.RU);
        var right = checker.check(WHY_SLOW, "Он интерпретируемый, есть GIL, динамическая типизация и высокоуровневые абстракции.",
                Language.RU);
        assertThat(wrong.score().getAsDouble()).isLessThanOrEqualTo(0.25);
        assertThat(right.score().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void aDefinitionIsStatedOfItsSubject() {
        String ref = "- Образ — шаблон тільки для читання\n- Контейнер — запущений екземпляр образу";
        var swapped = checker.check(ref, "Контейнер — шаблон для читання, а образ — запущений екземпляр контейнера.", Language.UK);
        assertThat(swapped.covered()).isZero();
        assertThat(swapped.points()).allMatch(PointCheck::contradicted); // the second: subject and object swapped in one clause
        var right = checker.check(ref, "Образ — шаблон лише для читання, а контейнер — запущений екземпляр образу.", Language.UK);
        assertThat(right.points()).allMatch(PointCheck::covered);
    }

    /** An antonym and a negation together say the same thing: "mutable … can" is no contradiction of "immutable … cannot". */
    @Test
    void anAntonymWithTheNegationTurnedAroundAgrees() {
        String ref = "Mutable objects can be changed after creation; immutable objects cannot be changed after creation.";
        var same = checker.check("Python: tell me about mutable", ref, "Immutable objects can not be modified, mutable ones can be changed.", Language.EN);
        assertThat(same.points()).noneMatch(PointCheck::contradicted);
        var half = checker.check("Python: tell me about mutable", ref, "Mutable objects can be changed.", Language.EN);
        assertThat(half.points()).noneMatch(PointCheck::contradicted);
        var wrong = checker.check("Python: tell me about mutable", ref, "Immutable objects can be changed after creation.", Language.EN);
        assertThat(wrong.points()).anyMatch(PointCheck::contradicted);
    }

    /**
     * An acronym and its words are one point ("перший прийшов, перший вийшов" for FIFO), and the words that only frame
     * it ("реалізує принцип", "організованих за принципом") are not needed beside it.
     */
    @Test
    void anAcronymIsSaidByItsWordsAndNeedsNoFraming() {
        String ref = "Черга — структура даних, в якій додавання нових елементів здійснюється на кінець списку. Черга реалізує принцип FIFO.";
        var spelled = checker.check("Що таке черга?", ref, "Додаємо в кінець, забираємо з початку — перший прийшов, перший вийшов.", Language.UK);
        assertThat(spelled.points().getLast().covered()).as(spelled.points().toString()).isTrue();
        var english = checker.check("Що таке черга?", ref, "Items are added at the end and taken from the front: first in, first out.", Language.UK);
        assertThat(english.points().getLast().covered()).as(english.points().toString()).isTrue();
        var bare = checker.check("Що таке стек?", "Стек — список елементів, організованих за принципом LIFO.", "Стек працює за LIFO.", Language.UK);
        assertThat(bare.points()).anyMatch(PointCheck::covered);
        var swapped = checker.check("Що таке стек?", "Стек — список елементів, організованих за принципом LIFO.", "Стек працює за FIFO.", Language.UK);
        assertThat(swapped.points()).noneMatch(PointCheck::covered);
    }

    /**
     * A list item's label must be said in one clause, but a clause that only continues the one before ("…, that does
     * nothing", "pass: does nothing") is still that clause; two claims side by side are not.
     */
    @Test
    void aClauseThatContinuesTheOneBeforeIsPartOfIt() {
        String ref = "- break exits the loop entirely.\n- continue skips the rest of the current iteration.\n- pass does nothing; it is a placeholder.";
        for (String answer : List.of("pass is an empty statement that does nothing.", "pass: does nothing.", "pass is a statement which does nothing.")) {
            var check = checker.check(checker.keyPoints(ref, Language.EN), answer, Language.EN);
            assertThat(check.points()).as(answer).anyMatch(p -> p.covered() && p.point().text().startsWith("pass"));
        }
        var apart = checker.check(checker.keyPoints(ref, Language.EN), "pass exits the loop, break does nothing.", Language.EN);
        assertThat(apart.points()).noneMatch(p -> p.covered() && p.point().text().startsWith("pass"));
    }

    /** The demo's card (examples/notes/interview-questions.txt, question 6): four answers that all scored 1.0 once. */
    @Test
    void wordsTheQuestionNamesAreNoEvidence() {
        String prompt = "Чем отличается процесс от потока?", ref = "- процесс имеет свою память, потоки процесса делят одну";
        var good = checker.check(prompt, ref, "У процесса своя отдельная память, а потоки внутри процесса разделяют общую память.", Language.RU);
        var partial = checker.check(prompt, ref, "Процесс тяжелее потока.", Language.RU);
        var wrong = checker.check(prompt, ref, "Процесс и поток почти одно и то же, но у потоков нет общей памяти, каждый поток имеет свою память.",
                Language.RU);
        var english = checker.check(prompt, ref, "A process has its own memory space, while threads of one process share the same memory.", Language.RU);
        assertThat(good.score()).hasValue(1.0);
        assertThat(english.score()).hasValue(1.0);
        assertThat(partial.covered()).as("naming what the question names").isZero();
        assertThat(partial.score()).hasValue(0.0);
        assertThat(wrong.points().get(0).covered()).as("own memory said of the thread, not the process").isFalse();
        assertThat(wrong.points().get(1).contradicted()).as("нет общей памяти").isTrue();
        var half = checker.check(prompt, ref, "threads share memory", Language.RU);
        assertThat(half.points().get(0).covered()).as("memory said of threads, not of the process").isFalse();
        assertThat(half.points().get(1).covered()).isTrue();
        assertThat(wrong.score()).hasValue(0.0);
    }

    @Test
    void aPointThatOnlyRestatesTheQuestionIsNone() {
        assertThat(checker.keyPoints("What is the GIL?", "- GIL\n- it lets one thread run Python bytecode at a time", Language.EN))
                .extracting(KeyPoint::text).containsExactly("it lets one thread run Python bytecode at a time");
        assertThat(checker.check("What is the GIL?", "GIL", "the GIL", Language.EN).score()).isEmpty();
    }

    @Test
    void withoutAPromptTheSubjectAloneStatesNoPointOfTwoWords() {
        var check = checker.check("- процесс имеет свою память\n- поток работает внутри процесса", "Процесс тяжелее потока.", Language.RU);
        assertThat(check.points().getFirst().covered()).isFalse();
    }

    @Test
    void aVerbalNounStatesItsVerb() {
        String ref = "Генератор — функция с yield, не хранит всю последовательность в памяти, а возвращает значения по одному.";
        var check = checker.check("Что такое генератор?", ref, "Это функция с yield, которая отдаёт значения по одному без хранения всего списка в памяти.",
                Language.RU);
        assertThat(check.points().get(1).covered()).isTrue(); // «без хранения» for «не хранит»
        assertThat(WordShapes.derived("встановлення", "встановлює")).isTrue();
        assertThat(WordShapes.derived("значения", "знать")).isFalse();
    }

    @Test
    void aLongReferenceKeepsAtMostTenPoints() {
        String ref = String.join("\n", java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> "- пункт номер " + i + " про `func_" + i + "` и ClassName" + i).toList());
        assertThat(checker.keyPoints(ref, Language.RU)).hasSizeLessThanOrEqualTo(KeyPoints.DEFAULT_MAX);
    }

    // the failures issue 13 reports

    @Test
    void aReferenceWithNothingToCheckGivesNoScore() {
        var check = checker.check("## Словари\n", "I am not sure, something about python", Language.RU);
        assertThat(check.score()).isEmpty();
        assertThat(check.points()).isEmpty();
    }

    @Test
    void tlsEncryptionStatesWhatHttpsAdds() {
        var check = checker.check("HTTPS is HTTP over TLS: the connection is encrypted, and the server proves its identity with a certificate.",
                "encryption with TLS", Language.EN);
        assertThat(check.score().getAsDouble()).isGreaterThan(0.3);
    }

    @Test
    void aTerseParaphraseOfPrefetchRelatedCounts() {
        var check = checker.check("`prefetch_related` делает отдельный запрос для каждой связи и соединяет результаты в Python; "
                + "подходит для many-to-many и обратных ForeignKey.", "отдельный запрос, склейка в питоне, для many to many", Language.RU);
        assertThat(check.points()).hasSizeGreaterThan(1);
        assertThat(check.score().getAsDouble()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aListThatKeepsEverythingInMemoryContradictsTheGenerator() {
        String ref = "Генератор — функция с yield, не хранит все значения в памяти, а выдаёт их по одному.";
        var wrong = checker.check(ref, "Генератор — это список, который сразу создаёт все элементы и хранит их в памяти", Language.RU);
        var silent = checker.check(ref, "Генератор — это функция с yield.", Language.RU);
        assertThat(wrong.contradicted()).isPositive();
        assertThat(wrong.score().getAsDouble()).isLessThan(silent.score().getAsDouble());
    }

    @Test
    void aLazyFunctionDoesNotStateWhatSendDoes() {
        var check = checker.check("- `.send()` resumes the generator and sends a value into it", "A function with yield that produces values lazily",
                Language.EN);
        assertThat(check.covered()).isZero();
    }

    @Test
    void gluingResultsInPythonIsNoSqlJoin() {
        String ref = "`select_related` делает JOIN в одном SQL-запросе и подходит для ForeignKey и OneToOne.";
        var prefetchStyle = checker.check(ref, "Он склеивает результаты отдельных запросов в питоне.", Language.RU);
        assertThat(prefetchStyle.points().getFirst().covered()).as(prefetchStyle.points().getFirst().matched().toString()).isFalse();
        var join = checker.check(ref, "select_related соединяет таблицы через join одним запросом.", Language.RU);
        assertThat(join.points().getFirst().covered()).isTrue();
    }

    @Test
    void aClauseSayingThePointOfTheOtherSubjectContradictsIt() {
        String ref = "- break exits the loop entirely.\n- continue skips the rest of the current iteration and goes to the next one.\n";
        var swapped = checker.check(ref, "continue exits the loop entirely and break skips to the next iteration.", Language.EN);
        assertThat(swapped.points().getFirst().status()).isEqualTo(PointCheck.Status.CONTRADICTED);
        var right = checker.check(ref, "break leaves the loop, continue jumps to the next iteration.", Language.EN);
        assertThat(right.points().getFirst().covered()).isTrue();
        assertThat(right.score().getAsDouble()).isGreaterThan(swapped.score().getAsDouble());
    }

    @Test
    void aDeniedVerbBeforeThePointsWordsDoesNotStateIt() {
        String ref = "PostgreSQL allows columns of a table to be defined as variable-length multidimensional arrays.";
        var denied = checker.check(ref, "PostgreSQL does not support arrays in columns; you need a separate table.", Language.EN);
        assertThat(denied.points().getFirst().covered()).isFalse();
        var said = checker.check(ref, "A column can hold an array, of any length and even with several dimensions.", Language.EN);
        assertThat(said.points().getFirst().covered()).isTrue();
    }

    @Test
    void manyThreadsContradictOnlyOneThreadThoughTheGlossaryKnowsOneToMany() {
        var check = checker.check("The GIL is a mutex that allows only one thread to execute Python bytecode at a time.",
                "The GIL lets many threads execute Python bytecode at the same time.", Language.EN);
        assertThat(check.points()).anyMatch(PointCheck::contradicted);
        assertThat(check.points()).noneMatch(PointCheck::covered);
    }
}
