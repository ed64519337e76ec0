package prepdeck.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static prepdeck.app.SearchSyntaxException.Problem.EMPTY_FIELD_VALUE;
import static prepdeck.app.SearchSyntaxException.Problem.LONE_MINUS;
import static prepdeck.app.SearchSyntaxException.Problem.UNKNOWN_FIELD;
import static prepdeck.app.SearchSyntaxException.Problem.UNKNOWN_KIND;
import static prepdeck.app.SearchSyntaxException.Problem.UNKNOWN_LANGUAGE;
import static prepdeck.app.SearchSyntaxException.Problem.UNKNOWN_STATE;
import static prepdeck.app.SearchSyntaxException.Problem.UNTERMINATED_QUOTE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import prepdeck.app.CardView;
import prepdeck.app.DueFilter;
import prepdeck.app.SearchHit;
import prepdeck.app.SearchIndex;
import prepdeck.app.SearchSyntaxException;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;

/**
 * What search must do, as one table of queries over the seed notes. Cards are named by source file and a
 * piece of their prompt, never by id. Every backend runs the same table: extend this class and say how
 * to make an empty index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchContract {
    static final int LIMIT = 100;

    /** A card named by its source file's first characters and a piece of its prompt. */
    record Ref(String source, String prompt) {
        boolean matches(CardView c) {
            // a piece of the prompt in any case: headings are asked as questions ("Геренераторы" → "Расскажите про геренераторы")
            return c.source().startsWith(source) && c.prompt().toLowerCase(java.util.Locale.ROOT).contains(prompt.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public String toString() {
            return source + " \"" + prompt + "\"";
        }
    }

    sealed interface Expect {}

    /** Each card is among the hits. */
    record Finds(List<Ref> cards) implements Expect {}

    /** The card is the best hit. */
    record First(Ref card) implements Expect {}

    /** Both are hits and the first ranks above the second. */
    record Ranks(Ref higher, Ref lower) implements Expect {}

    /** The card is not among the hits. */
    record Excludes(Ref card) implements Expect {}

    /** There are hits, and every hit is such a card. */
    record Every(String what, Predicate<CardView> test) implements Expect {
        @Override
        public String toString() {
            return "every hit " + what;
        }
    }

    record NoHits() implements Expect {}

    /** The query is rejected, naming this token at this 1-based position. */
    record Fails(SearchSyntaxException.Problem problem, String token, int position) implements Expect {}

    record Case(String query, List<Expect> expect) {
        @Override
        public String toString() {
            return query + "  →  " + expect;
        }
    }

    static Ref card(String source, String prompt) {
        return new Ref(source, prompt);
    }

    static Case c(String query, Expect... expect) {
        return new Case(query, List.of(expect));
    }

    static Finds finds(Ref... cards) {
        return new Finds(List.of(cards));
    }

    static First first(Ref card) {
        return new First(card);
    }

    static Ranks ranks(Ref higher, Ref lower) {
        return new Ranks(higher, lower);
    }

    static Excludes excludes(Ref card) {
        return new Excludes(card);
    }

    static Every every(String what, Predicate<CardView> test) {
        return new Every(what, test);
    }

    static Fails fails(SearchSyntaxException.Problem problem, String token, int position) {
        return new Fails(problem, token, position);
    }

    /** The cards {@code is:due} stands for in this table. */
    static final List<Ref> DUE = List.of(card("000", "Что такое итератор?"), card("002", "Перегляд запущених контейнерів"));

    static List<Case> cases() {
        return List.of(
                // words, in every language, any case
                c("итератор", finds(card("000", "Что такое итератор?"), card("001", "Что такое итератор в Python?"))),
                c("ГЕНЕРАТОР", finds(card("000", "Что такое генератор?"), card("001", "Что такое генератор?"))),
                c("образа", finds(card("002", "Pull образа"), card("002", "Створення образа з контейнера"))),
                c("implementations", finds(card("004", "имплиментации Питона"))),
                c("run", finds(card("004", "имплиментации Питона"), card("002", "Перший запуск контейнера"))),
                c("процессов память", ranks(card("001", "Достоинства процессов"), card("001", "Недостатки потоков"))),
                c("GIL потоку", first(card("004", "GIL")), finds(card("004", "Что такое Python Global Interpreter Lock (GIL)?"))),
                // word forms: Russian and Ukrainian, one query finds both
                c("потоки", finds(card("004", "А потоки?"), card("001", "Достоинства потоков"), card("002", "Що таке потік?"))),
                c("потоків", finds(card("002", "Що таке потік?"), card("002", "Що таке процес?"), card("001", "Недостатки потоков"))),
                c("потоков", finds(card("001", "Недостатки потоков"), card("004", "А потоки?"), card("002", "Що таке процес?"))),
                c("контейнер", finds(card("002", "Видалення контейнера"), card("002", "Перегляд запущених контейнерів"))),
                c("процесах", finds(card("002", "Що таке пакет multiprocessing?"), card("001", "Достоинства процессов"))),
                c("з'єднання", first(card("002", "встановлення з‘єднання"))),
                // typos, in the query and in the notes
                c("генератр", finds(card("000", "Что такое генератор?"), card("001", "Что такое генератор?"), card("003", "Гененатор и итератор"))),
                c("Гененатор", first(card("003", "Гененатор и итератор")), finds(card("000", "Что такое генератор?"))),
                c("генераторы", finds(card("000", "Геренераторы"), card("003", "генераторы и сопрограмы"))),
                c("итератр", finds(card("000", "Что такое итератор?"), card("003", "Гененатор и итератор"))),
                c("yield", first(card("000", "Геренераторы")), finds(card("003", "генераторы и сопрограмы"), card("003", "Гененатор и итератор"))),
                c("декоратор", finds(card("003", "на класс можно навешать декратор?"))),
                // code, as written
                c("__iter__", finds(card("000", "Итераторы"), card("003", "Гененатор и итератор")), excludes(card("001", "Что такое генератор?"))),
                c("__next__", finds(card("001", "Что такое итератор в Python?"))),
                c("select_related", first(card("000", "Django Queryset: расскажите про select_related"))),
                c("bulk_create", first(card("000", "Django Queryset: расскажите про bulk_create"))),
                c("post_save", first(card("003", "post_save"))),
                c("randint", finds(card("004", "Неомного о context manager"))),
                c("--name", finds(card("002", "Створення контейнера"), card("002", "Перший запуск контейнера"))),
                c("\"docker ps\"", first(card("002", "Перегляд запущених контейнерів")), excludes(card("002", "Логи контейнера"))),
                // phrases
                c("\"состояние гонки\"", finds(card("001", "Что такое состояние гонки?"), card("003", "GIL. Что такое состояние гонки?"))),
                c("\"гонки состояние\"", excludes(card("001", "Что такое состояние гонки?"))),
                c("\"віддалений сервер\"", first(card("002", "відправлення змін на віддалений сервер"))),
                c("\"docker compose\"", finds(card("003", "в чем разница между докером и докер компоуз?"), card("000", "Docker: расскажите про Composer")),
                        excludes(card("002", "Логи контейнера"))),
                // exclusions
                c("генератор -итератор", finds(card("000", "Что такое генератор?")), excludes(card("003", "Гененатор и итератор"))),
                c("docker -\"docker ps\"", finds(card("002", "Логи контейнера")), excludes(card("002", "Перегляд запущених контейнерів"))),
                c("-docker kind:command", finds(card("002", "ініціалізація репозиторію")), excludes(card("002", "Логи контейнера")),
                        every("is a command", cv -> cv.kind() == CardKind.COMMAND)),
                // fields
                c("topic:M2", every("is under M2", cv -> cv.topic().startsWith("M2")), finds(card("002", "Вхід у реєстр"))),
                c("topic:\"m2 / шпаргалки по docker\" видалення", every("is in the Docker cheat sheet", cv -> cv.topic().startsWith("M2 / Шпаргалки по Docker")),
                        finds(card("002", "Видалення мережі")), excludes(card("002", "видалення гілки з серверу"))),
                c("topic:m2/шпаргалки", finds(card("002", "Вхід у реєстр"), card("002", "ініціалізація репозиторію")), excludes(card("002", "Що таке процес?"))),
                c("topic:геренераторы", every("is about generators", cv -> cv.topic().equals("Геренераторы")), finds(card("000", "Что такое .send()?"))),
                c("kind:definition генератор", every("is a definition", cv -> cv.kind() == CardKind.DEFINITION),
                        finds(card("000", "Что такое генератор?")), excludes(card("003", "генераторы и сопрограмы"))),
                c("kind:command образа", every("is a command", cv -> cv.kind() == CardKind.COMMAND), finds(card("002", "Pull образа"))),
                c("kind:snippet", new NoHits()),
                c("lang:uk процес", every("is Ukrainian", cv -> cv.language() == Language.UK), finds(card("002", "Що таке процес?")),
                        excludes(card("001", "Достоинства процессов"))),
                c("lang:ru процесс", every("is Russian", cv -> cv.language() == Language.RU), excludes(card("002", "Що таке процес?"))),
                // the seeds are Russian and Ukrainian notes: a gap named in English words ("select_related") is asked in the notes' language
                c("lang:en", new NoHits()),
                c("is:gap", every("is a gap", cv -> cv.status() == CardStatus.GAP), finds(card("000", "Многопоточность: Что это"))),
                c("is:gap django", finds(card("000", "Django Queryset: расскажите про bulk_create")), excludes(card("003", "на класс можно навешать декратор?"))),
                c("-is:gap генератор", finds(card("000", "Что такое генератор?")),
                        every("is answered", cv -> cv.status() == CardStatus.ANSWERED)),
                c("is:due", every("is due", cv -> DUE.stream().anyMatch(r -> r.matches(cv))), finds(DUE.toArray(Ref[]::new))),
                c("is:due docker", first(card("002", "Перегляд запущених контейнерів")), excludes(card("000", "Что такое итератор?"))),
                // ranking: prompt above answer; exact word above word form above typo
                c("генератор", ranks(card("000", "Что такое генератор?"), card("000", "Что такое .send()?"))),
                c("потоки", ranks(card("004", "А потоки?"), card("001", "Недостатки потоков"))),
                c("генераторы", ranks(card("003", "генераторы и сопрограмы"), card("000", "Геренераторы"))),
                c("yield", ranks(card("000", "Геренераторы"), card("003", "Гененатор и итератор"))),
                // nothing to find
                c("", new NoHits()),
                c("квазиэнтропийность", new NoHits()),
                // malformed queries name the token and where it is
                c("\"docker ps", fails(UNTERMINATED_QUOTE, "\"docker ps", 1)),
                c("topic:\"M2 ", fails(UNTERMINATED_QUOTE, "\"M2 ", 7)),
                c("foo:bar", fails(UNKNOWN_FIELD, "foo:", 1)),
                // a card's front quoted as it reads: the asking words are the importer's, the subject is searched
                c("\"Tell me about перегляд запущених контейнерів\"", first(card("002", "Перегляд запущених контейнерів"))),
                // a card's front pasted back, its colon a clause's ("Перелічіть: …"), is words, not a field
                c("Docker: перегляд запущених контейнерів", first(card("002", "Перегляд запущених контейнерів"))),
                c("docker kind:recipe", fails(UNKNOWN_KIND, "recipe", 13)),
                c("lang:de", fails(UNKNOWN_LANGUAGE, "de", 6)),
                c("генератор - итератор", fails(LONE_MINUS, "-", 11)),
                c("docker topic:", fails(EMPTY_FIELD_VALUE, "topic:", 8)),
                c("is:new", fails(UNKNOWN_STATE, "new", 4)));
    }

    abstract SearchIndex newIndex();

    private SearchIndex index;
    private List<CardView> cards;
    private DueFilter due;

    @BeforeAll
    void indexTheSeeds() {
        cards = SeedCards.load();
        index = newIndex();
        index.replaceAll(cards);
        due = DueFilter.of(cards.stream().filter(cv -> DUE.stream().anyMatch(r -> r.matches(cv))).map(CardView::id).toList());
    }

    @AfterAll
    void close() {
        index.close();
    }

    @Test
    void everyCardTheTableNamesIsInTheSeeds() {
        var refs = cases().stream().flatMap(c -> c.expect().stream()).flatMap(e -> switch (e) {
            case Finds f -> f.cards().stream();
            case First f -> Stream.of(f.card());
            case Ranks r -> Stream.of(r.higher(), r.lower());
            case Excludes x -> Stream.of(x.card());
            default -> Stream.<Ref>empty();
        }).distinct().toList();
        for (Ref ref : refs) assertThat(cards).as("a seed card for %s", ref).anyMatch(ref::matches);
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void searchBehaves(Case c) {
        boolean fails = c.expect().stream().anyMatch(e -> e instanceof Fails);
        if (fails) {
            var f = (Fails) c.expect().getFirst();
            assertThatThrownBy(() -> index.search(c.query(), LIMIT, due))
                    .isInstanceOfSatisfying(SearchSyntaxException.class, e -> {
                        assertThat(e.problem()).isEqualTo(f.problem());
                        assertThat(e.token()).isEqualTo(f.token());
                        assertThat(e.position()).isEqualTo(f.position());
                        assertThat(e.getMessage()).contains("\"" + f.token() + "\"").contains("position " + f.position());
                    });
            return;
        }
        List<SearchHit> hits = index.search(c.query(), LIMIT, due);
        Map<Long, CardView> byId = new HashMap<>();
        cards.forEach(cv -> byId.put(cv.id(), cv));
        List<CardView> found = hits.stream().map(h -> byId.get(h.id())).toList();
        String shown = found.stream().map(cv -> cv.source().substring(0, 3) + " " + cv.prompt()).collect(Collectors.joining("\n  ", "\n  ", ""));
        for (Expect e : c.expect()) {
            switch (e) {
                case Finds f -> {
                    for (Ref ref : f.cards()) assertThat(rank(found, ref)).as("%s finds %s; got%s", c.query(), ref, shown).isGreaterThanOrEqualTo(0);
                }
                case First f -> assertThat(rank(found, f.card())).as("%s: first hit is %s; got%s", c.query(), f.card(), shown).isZero();
                case Ranks r -> {
                    int higher = rank(found, r.higher()), lower = rank(found, r.lower());
                    assertThat(higher).as("%s finds %s; got%s", c.query(), r.higher(), shown).isGreaterThanOrEqualTo(0);
                    assertThat(lower).as("%s finds %s; got%s", c.query(), r.lower(), shown).isGreaterThanOrEqualTo(0);
                    assertThat(higher).as("%s ranks %s above %s; got%s", c.query(), r.higher(), r.lower(), shown).isLessThan(lower);
                }
                case Excludes x -> assertThat(rank(found, x.card())).as("%s leaves out %s; got%s", c.query(), x.card(), shown).isEqualTo(-1);
                case Every ev -> {
                    assertThat(found).as("%s finds something", c.query()).isNotEmpty();
                    assertThat(found.stream().filter(ev.test().negate()).map(cv -> cv.source().substring(0, 3) + " " + cv.prompt()).toList())
                            .as("%s: %s", c.query(), ev).isEmpty();
                }
                case NoHits n -> assertThat(found).as("%s finds nothing; got%s", c.query(), shown).isEmpty();
                case Fails f -> fail("handled above");
            }
        }
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    private static int rank(List<CardView> found, Ref ref) {
        for (int i = 0; i < found.size(); i++) if (ref.matches(found.get(i))) return i;
        return -1;
    }
}
