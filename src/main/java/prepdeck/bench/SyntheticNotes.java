package prepdeck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A synthetic notes corpus for benchmarks: a fixed seed gives the same files every time. Files are mixed
 * Russian, Ukrainian and English, in three of the formats the importer reads (Markdown outlines with written
 * and empty sections, numbered question lists, course notes with definitions), and each gives exactly
 * {@value #CARDS_PER_FILE} cards or gaps through the real extractors.
 */
public final class SyntheticNotes {
    public static final int CARDS_PER_FILE = 100;

    private static final List<String> RU = List.of("генератор", "итератор", "поток", "процесс", "блокировка", "очередь", "словарь",
            "список", "транзакция", "индекс", "запрос", "сериализация", "корутина", "декоратор", "контекст", "память", "сборщик",
            "ссылка", "объект", "класс", "метод", "модуль", "пакет", "исключение", "кеширование", "брокер", "сообщение");
    private static final List<String> UK = List.of("генератор", "ітератор", "потік", "процес", "блокування", "черга", "словник",
            "список", "транзакція", "індекс", "запит", "серіалізація", "корутина", "декоратор", "контекст", "пам'ять", "збирач",
            "посилання", "об'єкт", "клас", "метод", "модуль", "пакет", "виняток", "кешування", "брокер", "повідомлення");
    private static final List<String> EN = List.of("generator", "iterator", "thread", "process", "lock", "queue", "dictionary",
            "list", "transaction", "index", "query", "serialization", "coroutine", "decorator", "context", "memory", "collector",
            "reference", "object", "class", "method", "module", "package", "exception", "caching", "broker", "message");

    private final long seed;

    /** @param seed decides every word: the same seed writes the same corpus */
    public SyntheticNotes(long seed) {
        this.seed = seed;
    }

    /** Writes {@code files} files into {@code folder} and returns their paths. */
    public List<Path> write(Path folder, int files) throws IOException {
        Files.createDirectories(folder);
        var paths = new java.util.ArrayList<Path>(files);
        for (int f = 0; f < files; f++) {
            Path p = folder.resolve("notes-%04d.txt".formatted(f));
            Files.writeString(p, file(f, 0), StandardCharsets.UTF_8);
            paths.add(p);
        }
        return paths;
    }

    /** Topics in each file written by {@link #writeTopics}: 1,000 files make 50,000 topics and 100,000 cards and gaps. */
    public static final int TOPICS_PER_FILE = 50;

    /**
     * Writes {@code files} files of many small topics into {@code folder}: "# Book" over {@value #TOPICS_PER_FILE}
     * "## Topic" sections of two "### question?" headings each, one question in six left unanswered (a gap). The
     * shape of a deck with as many topics as a large wiki export has.
     */
    public List<Path> writeTopics(Path folder, int files) throws IOException {
        Files.createDirectories(folder);
        var paths = new java.util.ArrayList<Path>(files);
        for (int f = 0; f < files; f++) {
            Path p = folder.resolve("topics-%04d.md".formatted(f));
            Files.writeString(p, topicsFile(f), StandardCharsets.UTF_8);
            paths.add(p);
        }
        return paths;
    }

    private String topicsFile(int f) {
        RandomGenerator random = new SplittableRandom(seed * 1_000_033L + f);
        var words = switch (f % 3) {
            case 0 -> RU;
            case 1 -> UK;
            default -> EN;
        };
        String ask = words == RU ? "Что такое" : words == UK ? "Що таке" : "What is";
        var out = new StringBuilder("# ").append(cap(word(random, words))).append(' ').append(f).append("\n\n");
        for (int t = 0; t < TOPICS_PER_FILE; t++) {
            out.append("## ").append(cap(word(random, words))).append(' ').append(word(random, words)).append(' ').append(f).append('.').append(t).append("\n\n");
            for (int q = 0; q < CARDS_PER_FILE / TOPICS_PER_FILE; q++) {
                out.append("### ").append(ask).append(' ').append(sentence(random, words, 3)).append(' ').append(f).append('.').append(t).append('.').append(q).append("?\n\n");
                if ((t * 2 + q) % 6 != 5) out.append(cap(sentence(random, words, 14))).append(".\n\n");
            }
        }
        return out.toString();
    }

    /** The text of file {@code f}; {@code edit > 0} changes one prompt and one answer, as a user's edit would. */
    public String file(int f, int edit) {
        // each file draws from its own generator, so an edited file differs from the original only by the edit
        RandomGenerator random = new SplittableRandom(seed * 1_000_003L + f);
        var words = switch (f % 3) {
            case 0 -> RU;
            case 1 -> UK;
            default -> EN;
        };
        return switch ((f / 3) % 3) {
            case 0 -> outline(random, f, words, edit);
            case 1 -> questions(random, f, words, edit);
            default -> courseNotes(random, f, words, edit);
        };
    }

    /** "# Topic" over 100 "## Heading" sections; one in five is left empty (a gap). */
    private static String outline(RandomGenerator random, int f, List<String> words, int edit) {
        var out = new StringBuilder("# ").append(cap(word(random, words))).append(' ').append(f).append("\n\n");
        for (int s = 0; s < CARDS_PER_FILE; s++) {
            out.append("## ").append(cap(word(random, words))).append(' ').append(word(random, words)).append(' ').append(s);
            if (edit > 0 && s == 7) out.append(" (").append(edit).append(')');
            out.append("\n");
            if (s % 5 != 4) out.append(sentence(random, words, 12)).append(edit > 0 && s == 8 ? " " + edit : "").append("\n");
            if (s % 10 == 3) out.append("\n```python\nprint(").append(s).append(")\n```\n");
            out.append('\n');
        }
        return out.toString();
    }

    /** 100 numbered questions, one in four unanswered. */
    private static String questions(RandomGenerator random, int f, List<String> words, int edit) {
        var out = new StringBuilder();
        for (int q = 1; q <= CARDS_PER_FILE; q++) {
            out.append(q).append(". ").append(sentence(random, words, 6)).append(' ').append(f).append('-').append(q);
            if (edit > 0 && q == 7) out.append(" ").append(edit);
            out.append("?\n");
            if (q % 4 != 0) out.append("- ").append(sentence(random, words, 10)).append("\n- ").append(sentence(random, words, 8)).append('\n');
            out.append('\n');
        }
        return out.toString();
    }

    /** A module marker, a lecture date, and 100 definitions "Term — це/это …". */
    private static String courseNotes(RandomGenerator random, int f, List<String> words, int edit) {
        String verb = words == UK ? "це" : words == RU ? "это" : "is";
        var out = new StringBuilder("M").append(1 + f % 9).append(" 1").append(f % 9).append(".02.24\n");
        out.append("M").append(2 + f % 9).append("\n");
        for (int d = 0; d < CARDS_PER_FILE; d++) {
            out.append(cap(word(random, words))).append(f).append('x').append(d).append(" — ").append(verb).append(' ')
                    .append(sentence(random, words, 9)).append(edit > 0 && d == 7 ? " " + edit : "").append(".\n");
        }
        return out.toString();
    }

    private static String sentence(RandomGenerator random, List<String> words, int n) {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(word(random, words));
        return sb.toString();
    }

    private static String word(RandomGenerator random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static String cap(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
