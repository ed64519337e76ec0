package prepdeck.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import prepdeck.app.CardQuery;
import prepdeck.app.CardView;
import prepdeck.app.GapView;
import prepdeck.app.Knowledge;
import prepdeck.app.Stats;
import prepdeck.app.TopicView;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.Snippet;
import prepdeck.knowledge.TopicPath;

/**
 * A small knowledge map in memory, shaped like the seed notes: Russian and Ukrainian cards, a GFM
 * table, Python code with recorded output, follow-ups, gaps and notes that try to inject script.
 * Stands in for the store until it lands.
 */
final class FixtureKnowledge implements Knowledge {
    static final long GENERATORS_TOPIC = 2, DATABASES_TOPIC = 5, SECURITY_TOPIC = 6;
    static final long GENERATOR_CARD = 10, YIELD_FOLLOW_UP = 11, SQL_TABLE_CARD = 12, DOCKER_CARD = 13,
            XSS_CARD = 14, METACLASS_GAP = 20, TRANSACTIONS_GAP = 21;

    static final String GENERATOR_ANSWER = """
            Генератор — это функция, которая возвращает итератор и отдаёт значения по одному через `yield`.

            ```python
            def countdown(n):
                while n > 0:
                    yield n
                    n -= 1

            print(list(countdown(3)))
            ```

            - экономит память
            - ленивые вычисления
            """;

    static final String SQL_TABLE_ANSWER = """
            | Ознака | SQL | NoSQL |
            |:-------|:---:|------:|
            | Схема | жорстка | гнучка |
            | Транзакції | ACID | BASE |
            """;

    /** Every way a note could try to run script in the page. */
    static final String XSS_ANSWER = """
            Payloads seen in the wild:

            <img src=x onerror="window.__pwned = 'img'; alert('img')">

            <script>window.__pwned = 'script'; alert('script')</script>

            [click me](javascript:window.__pwned='link';alert('link'))

            <a href="javascript:alert('raw')" onclick="window.__pwned='a'">raw anchor</a>

            <svg onload="window.__pwned='svg'"></svg> and <iframe src="javascript:alert(1)"></iframe>
            """;

    private final List<TopicView> topics = List.of(
            new TopicView(1, "Python", "Python", Optional.empty(), 0, 1),
            new TopicView(GENERATORS_TOPIC, "Генераторы", "Python / Генераторы", Optional.of(1L), 2, 0),
            new TopicView(3, "Модуль M2: Docker", "Модуль M2: Docker", Optional.empty(), 1, 0),
            new TopicView(4, "Interview questions", "Interview questions", Optional.empty(), 0, 0),
            new TopicView(DATABASES_TOPIC, "Databases", "Interview questions / Databases", Optional.of(4L), 1, 1),
            new TopicView(SECURITY_TOPIC, "Security <script>alert('topic')</script>",
                    "Security <script>alert('topic')</script>", Optional.empty(), 1, 0));

    private final List<CardView> cards;

    FixtureKnowledge() {
        var cards = new ArrayList<CardView>();
        cards.add(new CardView(GENERATOR_CARD, "Что такое генератор?", GENERATOR_ANSWER, CardKind.QUESTION,
                "Python / Генераторы", "000_outline.txt", 12, Language.RU, CardStatus.ANSWERED, Optional.empty(),
                List.of(YIELD_FOLLOW_UP),
                List.of(new Snippet("python", "print(list(countdown(3)))", Optional.of("[3, 2, 1]"), 18)),
                List.of(new Reference.Link("https://docs.python.org/3/glossary.html#term-generator", 25))));
        cards.add(new CardView(YIELD_FOLLOW_UP, "Чем yield отличается от return?",
                "`return` завершает функцию, `yield` приостанавливает её.", CardKind.QUESTION,
                "Python / Генераторы", "000_outline.txt", 27, Language.RU, CardStatus.ANSWERED,
                Optional.of(GENERATOR_CARD), List.of(), List.of(), List.of()));
        cards.add(new CardView(SQL_TABLE_CARD, "Порівняйте SQL і NoSQL", SQL_TABLE_ANSWER, CardKind.QUESTION,
                "Interview questions / Databases", "003_questions.txt", 41, Language.UK, CardStatus.ANSWERED,
                Optional.empty(), List.of(), List.of(),
                List.of(new Reference.TimeCode("video 12.02.24", 5700, "бази даних і індекси", 44),
                        new Reference.Link("https://www.postgresql.org/docs/current/", 45))));
        cards.add(new CardView(DOCKER_CARD, "Запустити контейнер інтерактивно", "`docker run -it ubuntu bash`",
                CardKind.COMMAND, "Модуль M2: Docker", "002_course.txt", 88, Language.UK, CardStatus.ANSWERED,
                Optional.empty(), List.of(), List.of(), List.of()));
        cards.add(new CardView(XSS_CARD, "What does <b>this</b> <script>window.__pwned='prompt'</script> do?",
                XSS_ANSWER, CardKind.SECTION, "Security <script>alert('topic')</script>",
                "notes/<img src=x onerror=alert(1)>.md", 3, Language.EN, CardStatus.ANSWERED, Optional.empty(),
                List.of(), List.of(new Snippet("python\" onmouseover=\"alert(1)", "</code><script>alert(1)</script>",
                        Optional.of("<img src=x onerror=alert('out')>"), 9)),
                List.of(new Reference.Link("javascript:alert('ref')", 10),
                        new Reference.TimeCode("video <b>1</b>", 65, "<img src=x onerror=alert('tc')>", 11))));
        cards.add(new CardView(METACLASS_GAP, "Что такое метакласс?", "", CardKind.QUESTION, "Python",
                "000_outline.txt", 40, Language.RU, CardStatus.GAP, Optional.empty(), List.of(), List.of(), List.of()));
        cards.add(new CardView(TRANSACTIONS_GAP, "Рівні ізоляції транзакцій", "", CardKind.SECTION,
                "Interview questions / Databases", "003_questions.txt", 60, Language.UK, CardStatus.GAP,
                Optional.empty(), List.of(), List.of(), List.of()));
        this.cards = List.copyOf(cards);
    }

    @Override
    public Stats stats() {
        long answered = cards.stream().filter(c -> c.status() == CardStatus.ANSWERED).count();
        long gaps = cards.stream().filter(c -> c.status() == CardStatus.GAP).count();
        long snippets = cards.stream().mapToLong(c -> c.snippets().size()).sum();
        long sources = cards.stream().map(CardView::source).distinct().count();
        return new Stats(sources, topics.size(), answered, gaps, snippets, 7, 0);
    }

    @Override
    public List<TopicView> topics() {
        return topics;
    }

    @Override
    public List<CardView> cards(CardQuery query) {
        return cards.stream()
                .filter(c -> query.includeRetired() || c.status() != CardStatus.RETIRED)
                .filter(c -> query.source().map(c.source()::equals).orElse(true))
                .filter(c -> query.topic().map(t -> TopicPath.parse(c.topic()).startsWith(TopicPath.parse(t))).orElse(true))
                .toList();
    }

    @Override
    public Optional<CardView> card(long id) {
        return cards.stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public List<GapView> gaps() {
        return cards.stream().filter(c -> c.status() == CardStatus.GAP)
                .map(c -> new GapView(c.id(), c.prompt(), c.kind(), c.topic(), c.source(), c.line(), List.of()))
                .toList();
    }
}
