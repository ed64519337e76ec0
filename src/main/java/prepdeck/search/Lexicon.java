package prepdeck.search;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Interview topics named differently across Russian, Ukrainian and English notes ("многопоточность",
 * "потоків", "threading"). Each concept is a set of word beginnings; a word starting with one of them
 * stands for the whole concept. Used to find cards that cover a gap, where the gap's title and the
 * answer elsewhere rarely share a word form.
 */
final class Lexicon {
    private static final List<Set<String>> CONCEPTS = List.of(
            Set.of("многопоточн", "багатопотоков", "поток", "потік", "потоц", "тред", "thread"),
            Set.of("многопроцесс", "багатопроцес", "процесс", "процес", "multiprocess", "process"),
            Set.of("асинхрон", "async", "await", "корутин", "сопрограм", "coroutine"),
            Set.of("конкурент", "конкурен", "concurren", "параллел", "паралел", "parallel"),
            Set.of("генератор", "generator", "yield", "yeild"),
            Set.of("итератор", "ітератор", "iterator", "итерир", "iterable", "__iter__", "__next__"),
            Set.of("сборщик", "сборк", "garbage", "refcount"),
            Set.of("аутентиф", "автентиф", "authenticat", "авториз", "authoriz", "jwt"),
            Set.of("транзакц", "transaction", "acid", "атомарн", "atomic"),
            Set.of("индекс", "індекс", "index"),
            Set.of("docker", "докер", "контейнер", "container", "compose"),
            Set.of("кеш", "кэш", "cache", "caching", "redis"),
            Set.of("брокер", "broker", "rabbitmq", "kafka", "кафк", "celery", "очеред", "queue", "консьюмер"),
            Set.of("сокет", "socket"),
            Set.of("wsgi", "asgi", "gunicorn", "uvicorn"),
            Set.of("unittest", "pytest", "mock", "тестир", "тестув"),
            Set.of("mro", "наследован", "успадкуван", "inheritance", "линеаризац"),
            Set.of("gil"),
            Set.of("декоратор", "декратор", "decorator"),
            Set.of("контекстн", "__enter__", "__exit__"),
            Set.of("queryset", "select_related", "prefetch_related", "bulk_create", "annotate", "orm"),
            Set.of("sql", "бд", "database", "postgres", "sqlalchemy"));

    private Lexicon() {}

    /** Word beginnings of the concepts {@code word} (folded, as the index keeps it) belongs to; empty when none. */
    static Set<String> relatedBeginnings(String word) {
        return CONCEPTS.stream()
                .filter(concept -> concept.stream().anyMatch(word::startsWith))
                .flatMap(Set::stream)
                .collect(Collectors.toUnmodifiableSet());
    }
}
