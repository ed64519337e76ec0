package prepdeck.review.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words that name the same thing across Russian, Ukrainian and English, so an answer may state a point in
 * another language or with a common synonym ("медленный" / "повільний" / "slow"). Each concept is a set
 * of word beginnings (folded); a word starting with one of them stands for the concept ({@code set$}: the
 * word itself, no longer one). Narrower than the
 * search lexicon on purpose: a point must be stated, not merely touched on.
 */
final class Synonyms {
    private static final List<Set<String>> CONCEPTS = List.of(
            Set.of("медлен", "медлит", "повільн", "slow"),
            Set.of("быстр", "швидк", "fast", "quick"),
            Set.of("интерпрет", "інтерпрет", "interpret"),
            Set.of("компилир", "компіл", "compil"),
            Set.of("типизац", "типізац", "typing", "typed"),
            Set.of("динамическ", "динамічн", "dynamic"),
            Set.of("статическ", "статичн", "static"),
            Set.of("поток", "потік", "потоц", "тред$", "треды$", "тредов$", "thread"),
            Set.of("процесс", "процес", "process"),
            Set.of("блокировк", "блокуван", "блокир", "блоку", "lock"),
            Set.of("глобальн", "global"),
            Set.of("абстракц", "abstract"),
            Set.of("высокоуровн", "високорівн", "high-level"),
            Set.of("низкоуровн", "низькорівн", "low-level"),
            Set.of("генератор", "generator"),
            Set.of("итератор", "ітератор", "iterator"),
            Set.of("функци", "функці", "function"),
            Set.of("объект", "обьект", "об'єкт", "обєкт", "object"),
            Set.of("класс", "клас", "class"),
            Set.of("метод", "method"),
            Set.of("декоратор", "декратор", "decorator"),
            Set.of("исключени", "виключен", "виняток", "винятк", "exception"),
            Set.of("коллекц", "колекц", "collection"),
            Set.of("элемент", "елемент", "element", "item"),
            Set.of("памят", "пам'ят", "memory"),
            Set.of("ключ", "key$", "keys$"),
            Set.of("список", "списк", "list$", "lists$"),
            Set.of("словар", "dict"),
            Set.of("множеств", "множин", "set$", "sets$"),
            Set.of("кортеж", "tuple", "тапл"),
            Set.of("наследов", "успадк", "inherit"),
            Set.of("гонк", "гонц", "race"),
            Set.of("изменяем", "мутабел", "мутабіл", "змінюван", "mutable"),
            Set.of("неизменяем", "иммутабел", "імутабел", "незмінн", "immutable"),
            Set.of("транзакц", "transaction"),
            Set.of("запрос", "запит", "request", "query", "queries"),
            Set.of("бд$", "database", "база$", "базе$", "базы$", "базу$", "базой$", "бази$", "базі$"),
            Set.of("храни", "хранит", "хранят", "хранен", "храня", "держ", "зберіга", "зберіг", "store", "stored", "stores", "storing", "keep", "kept"),
            Set.of("запущен", "работающ", "running", "працююч"),
            Set.of("ссылк", "посилан", "reference"),
            Set.of("счетчик", "счётчик", "лічильник", "counter"),
            Set.of("вызов", "вызыва", "виклик", "call$", "calls$", "called$", "calling$"),
            Set.of("возвращ", "поверта", "return"),
            Set.of("yield", "yeild"),
            Set.of("язык", "мова", "мови", "мову", "language"),
            Set.of("данн", "дани", "дані", "даних", "data"),
            Set.of("состояни", "стан$", "стану$", "стані$", "станом$", "state"),
            Set.of("сигнал", "signal"),
            Set.of("паттерн", "патерн", "pattern"),
            Set.of("архитектур", "архітектур", "architect"),
            Set.of("модул", "module"),
            Set.of("слой", "слои", "слоё", "шар", "layer"),
            Set.of("сборщик", "збирач", "garbage"),
            Set.of("мусор", "смітт", "garbage"),
            Set.of("контейнер", "container"),
            Set.of("образ", "image"),
            Set.of("ветк", "гілк", "branch"),
            Set.of("индекс", "індекс", "index"),
            Set.of("таблиц", "table"),
            Set.of("хеш", "хэш", "hash"),
            Set.of("выполн", "викон", "execut"),
            Set.of("параллел", "паралел", "parallel"),
            Set.of("одновремен", "одночас", "simultaneous", "concurrent"),
            Set.of("асинхрон", "async"),
            Set.of("соединен", "з'єднан", "connection"),
            Set.of("входе", "вход", "вході", "вхід", "enter"),
            Set.of("выход", "вихід", "виході", "exit"),
            Set.of("контекстн", "context"),
            Set.of("избежа", "избега", "уникну", "уника", "avoid"),
            Set.of("введен", "ввели", "запровад", "introduc"),
            Set.of("порядок", "порядк", "order"),
            Set.of("ячейк", "комірк", "cell"),
            Set.of("массив", "масив", "array"),
            Set.of("менеджер", "manager"),
            Set.of("делят$", "делит$", "делить$", "делятся$", "разделя", "общ", "спільн", "розділя", "shared", "share$", "shares$", "common"),
            Set.of("отдельн", "окрем", "separate", "isolat", "изолир", "ізольов"),
            Set.of("lifo$"),
            Set.of("fifo$"));

    private Synonyms() {}

    /** The concepts (by number) a folded word stands for; empty when none. */
    static List<Integer> conceptsOf(String folded) {
        var out = new ArrayList<Integer>(1);
        for (int i = 0; i < CONCEPTS.size(); i++) {
            for (String b : CONCEPTS.get(i)) {
                if (b.endsWith("$") ? folded.length() == b.length() - 1 && b.startsWith(folded) : folded.startsWith(b)) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }
}
