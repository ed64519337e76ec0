package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Language;

/**
 * How a heading becomes a question. The headings are real ones, from the public collections in ../shared/corpus
 * (named beside each) and our user's notes: a name is told about, an action or a clause is not.
 */
class AskingTest {
    private static final String CODE = "```python\nimport os\nos.listdir('.')\n```";
    private static final String LIST = "- Isolation\n- Different projects have different dependency versions";

    private static String section(String title, String answer, Language language) {
        return Asking.ask(title, answer, CardKind.SECTION, language);
    }

    private static String question(String title, String answer, Language language) {
        return Asking.ask(title, answer, CardKind.QUESTION, language);
    }

    @Test
    void aNameIsToldAbout() {
        assertThat(section("Итераторы", "Итератор — это …", Language.RU)).isEqualTo("Расскажите про итераторы");
        assertThat(section("Sets", "sets are unordered", Language.EN)).isEqualTo("Tell me about sets");
        assertThat(section("Django Queryset: select_related", "JOIN", Language.RU)).isEqualTo("Django Queryset: расскажите про select_related");
    }

    @Test
    void anEnglishOrderOrSkillIsAskedHowWhenTheAnswerShowsHow() {
        // ivanprytula: a skills matrix line and a task heading, each answered by code
        assertThat(section("Writes simple unit tests", CODE, Language.EN)).isEqualTo("How do you write simple unit tests?");
        assertThat(question("print directory content", "```\nimport os\ndef print_directory_contents(sPath):\n```", Language.EN))
                .isEqualTo("How do you print directory content?");
    }

    @Test
    void anEnglishOrderWithReasonsStaysAsWritten() {
        // ivanprytula's best practices, each answered by a list of reasons
        assertThat(section("Use existing solutions", LIST, Language.EN)).isEqualTo("Use existing solutions");
        assertThat(section("Test your code", LIST, Language.EN)).isEqualTo("Test your code");
        assertThat(section("Learn how to debug efficiently", LIST, Language.EN)).isEqualTo("Learn how to debug efficiently");
    }

    @Test
    void aNounThatLooksLikeAVerbIsStillAName() {
        // donnemartin's notebook sections; a noun phrase in lower case is no order either
        assertThat(section("Test Cases", "* None -> False", Language.EN)).isEqualTo("Tell me about Test Cases");
        assertThat(section("Sets and Length Comparison", "We can compare the lengths", Language.EN)).isEqualTo("Tell me about Sets and Length Comparison");
        assertThat(section("set operations", "```python\nprint(a | b)\nprint(a & b)\n```", Language.EN)).isEqualTo("Tell me about set operations");
        assertThat(section("Use cases", LIST, Language.EN)).isEqualTo("Tell me about Use cases");
    }

    @Test
    void aRussianOrUkrainianInfinitiveIsAskedHow() {
        // IvanZaycev0717's README
        assertThat(section("Скачать код приложения на локальный ПК", "git clone …", Language.RU)).isEqualTo("Как скачать код приложения на локальный ПК?");
        assertThat(section("Налаштувати віртуальне оточення", "python -m venv .venv", Language.UK)).isEqualTo("Як налаштувати віртуальне оточення?");
        // nouns that end like an infinitive are told about
        assertThat(section("Память в Python", "Счётчик ссылок", Language.RU)).isEqualTo("Расскажите про память в Python");
        assertThat(section("Результати тестів", "Усі пройшли", Language.UK)).isEqualTo("Розкажіть про результати тестів");
    }

    @Test
    void aClauseOrACutPhraseStaysAsWritten() {
        // jwasham's Russian translation
        assertThat(section("Google Interview University: Перед тем как вы начнете", "Я создавал эту программу", Language.RU))
                .isEqualTo("Google Interview University: перед тем как вы начнете");
        assertThat(section("Google Interview University: То, что не охватывает этот учебный план", "Список тем", Language.RU))
                .isEqualTo("Google Interview University: то, что не охватывает этот учебный план");
        // ivanprytula
        assertThat(section("Acquisition & refreshment of knowledge based on:", "- A. Interview questions", Language.EN))
                .isEqualTo("Acquisition & refreshment of knowledge based on:");
        assertThat(section("Refactoring: Good book -> refactoring.guru", "", Language.EN)).isEqualTo("Refactoring: good book -> refactoring.guru");
    }

    @Test
    void aParentThatIsASentenceIsLeftOut() {
        // ivanprytula: the heading over the best practices is two sentences and a line of code
        String parent = "Best practices are foundation of your solid skills. while True: read_and_repeat()";
        assertThat(section(parent + ": Structure your code and projects", LIST, Language.EN)).isEqualTo("Structure your code and projects");
        assertThat(section(parent + ": One virtual environment per project", LIST, Language.EN)).isEqualTo("Tell me about One virtual environment per project");
    }

    @Test
    void aQuestionListsTopicUnderAFieldKeepsTheFieldInFront() {
        // matacoder: "### Conflict resolution" under "## Soft Skills"
        assertThat(question("Soft Skills: Conflict resolution", "1. Listen to all sides of conflict", Language.EN))
                .isEqualTo("Soft Skills: tell me about conflict resolution");
        assertThat(question("Technical Leadership: Handling production incidents", "1. Assess impact", Language.EN))
                .isEqualTo("Technical Leadership: tell me about handling production incidents");
        // a sentence before a colon is no field (lydiahallie, Ukrainian)
        assertThat(question("Глобальний контекст виконання створює дві речі: глобальний об'єкт і this", "", Language.UK))
                .isEqualTo("Глобальний контекст виконання створює дві речі: глобальний об'єкт і this");
    }

    @Test
    void aTitleInTitleCaseKeepsItsCapitals() {
        // donnemartin, matacoder
        assertThat(section("Solution Notebook: Unit Test", "```python\nclass TestUniqueChars(unittest.TestCase): pass\n```", Language.EN))
                .isEqualTo("Solution Notebook: tell me about Unit Test");
        assertThat(question("Error Handling: Logging and Monitoring", "logging and monitoring are …", Language.EN))
                .isEqualTo("Error Handling: tell me about Logging and Monitoring");
    }

    @Test
    void aPluralInYaIsTheSameAfterPro() {
        // jwasham: "### Деревья" (trees), not a feminine noun
        assertThat(section("Деревья", "Основы деревьев", Language.RU)).isEqualTo("Расскажите про деревья");
        assertThat(section("Утиная типизация", "Если это крякает", Language.RU)).isEqualTo("Расскажите про утиную типизацию");
    }

    @Test
    void emojiShortCodesAreNoPartOfAPrompt() {
        assertThat(Noise.plainPrompt(":bar_chart: Python Interview Assistant")).isEqualTo("Python Interview Assistant");
        assertThat(Noise.plainPrompt("Что выведет `a:b:c`?")).isEqualTo("Что выведет `a:b:c`?");
        assertThat(Noise.plainPrompt("Time 10:30:00 labels")).isEqualTo("Time 10:30:00 labels");
    }

    @Test
    void aBestPracticeIsAskedWhyAndItsExamplesAreShown() {
        // goldbergyoni__nodebestpractices (Russian): "# Используйте …" over "### Объяснение в один абзац", "### Пример кода – …"
        String rule = "Используйте Async-Await или обещания для асинхронной обработки ошибок";
        assertThat(section(rule + ": Объяснение в один абзац", "Обратные вызовы плохо масштабируются…", Language.RU))
                .isEqualTo("Почему стоит использовать Async-Await или обещания для асинхронной обработки ошибок?");
        assertThat(section("Различайте операционные ошибки и ошибки программиста: Объяснение в один абзац", "Разделение ошибок…", Language.RU))
                .isEqualTo("Почему стоит различать операционные ошибки и ошибки программиста?");
        assertThat(section(rule + ": Пример кода – использование обещаний для отлова ошибок", CODE, Language.RU))
                .isEqualTo(rule + ": покажите пример кода — использование обещаний для отлова ошибок");
        assertThat(section(rule + ": Антипаттерн. Обработка ошибок в callback-стиле", CODE, Language.RU))
                .isEqualTo(rule + ": покажите антипаттерн — обработка ошибок в callback-стиле");
        assertThat(Asking.why("Use only the built-in Error object", Language.EN)).isEqualTo("Why use only the built-in Error object?");
        assertThat(Asking.why("Використовуйте лише вбудований об'єкт Error", Language.UK)).isEqualTo("Чому варто використовувати лише вбудований об'єкт Error?");
        // no certain infinitive ("Пишите" → "писать"): no guess
        assertThat(Asking.why("Пишите тесты", Language.RU)).isNull();
    }

    @Test
    void aPatternsNameWithItsReminderIsAskedAsAPattern() {
        // matacoder__senior cross_discipline.md: "### Prototype - Copy and Deepcopy" under "## Creational Design Patterns"
        var patterns = prepdeck.knowledge.TopicPath.of("Cross-discipline Questions", "Creational Design Patterns");
        assertThat(Asking.ask("Prototype - Copy and Deepcopy", "Lets you copy existing objects…", CardKind.QUESTION, Language.EN, patterns))
                .isEqualTo("What does the Prototype pattern do? (Copy and Deepcopy)");
        assertThat(Asking.ask("Behavioral Design Patterns: Template Method", "Defines the skeleton…", CardKind.QUESTION, Language.EN, patterns))
                .isEqualTo("What does the Template Method pattern do?");
        // outside a topic of patterns the same shape is a statement, asked as written
        assertThat(Asking.ask("Prototype - Copy and Deepcopy", "Lets you copy…", CardKind.QUESTION, Language.EN, prepdeck.knowledge.TopicPath.of("Python")))
                .isEqualTo("Prototype - Copy and Deepcopy");
    }

    @Test
    void aSectionThatOnlyListsNamesAsksForThem() {
        String names = "- OAuth 2.0 and OpenID Connect\n- JWT (JSON Web Tokens)\n- Zero Trust Architecture\n- Defense in Depth";
        assertThat(section("Cross-discipline Questions: Security Patterns", names, Language.EN)).isEqualTo("Cross-discipline Questions: name the Security Patterns");
        // a singular heading is told about
        assertThat(section("PostgreSQL Questions: High Availability", "- Replication setup\n- Failover mechanisms\n- Load balancing", Language.EN))
                .isEqualTo("PostgreSQL Questions: tell me about High Availability");
        // sentences are no names
        assertThat(section("Security Patterns", "- Use OAuth. It is safe.\n- Rotate keys: often\n- Log", Language.EN)).isEqualTo("Tell me about Security Patterns");
    }

    @Test
    void aShortWordThatDoesNotDeclineLeavesTheNounAfterItToDecline() {
        // trekhleb__javascript-algorithms (uk): "# Геш таблиця"
        assertThat(section("Геш таблиця", "**Геш таблиця** - структура даних…", Language.UK)).isEqualTo("Розкажіть про геш таблицю");
        assertThat(section("Хеш функция", "Хеш функция — это …", Language.RU)).isEqualTo("Расскажите про хеш функцию");
        // a noun and its genitive stay as they are
        assertThat(section("Сложность алгоритма", "O(n)", Language.RU)).isEqualTo("Расскажите про сложность алгоритма");
        assertThat(section("Тип данных", "int", Language.RU)).isEqualTo("Расскажите про тип данных");
    }
}
