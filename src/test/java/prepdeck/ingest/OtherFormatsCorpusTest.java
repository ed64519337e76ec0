package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.SourceFormat;
import prepdeck.knowledge.TopicPath;

/**
 * The CSV and reStructuredText readers on collections we did not write (../shared/corpus; counts from each
 * collection's SOURCE.txt, checked by reading the files). Skipped, saying so on stderr, where the corpus is absent.
 */
class OtherFormatsCorpusTest {
    /** ../shared/corpus from the project root; a worktree one folder deeper finds it one level up. */
    static final Path CORPUS = Stream.of(Path.of("..", "shared", "corpus"), Path.of("..", "..", "shared", "corpus"))
            .filter(Files::isDirectory).findFirst().orElse(Path.of("..", "shared", "corpus"));

    private static ParsedSource parse(String collection, String file) {
        Path path = CORPUS.resolve(collection).resolve(file);
        if (!Files.isRegularFile(path)) {
            System.err.println("SKIPPED " + OtherFormatsCorpusTest.class.getSimpleName() + ": " + path.toAbsolutePath() + " is absent (the shared corpus is not beside the project)");
            Assumptions.abort("corpus absent: " + path);
        }
        var reader = new NoteReader();
        var scan = reader.scan(List.of(path));
        assertThat(scan.problems()).isEmpty();
        var result = reader.parse(scan.files().getFirst());
        assertThat(result).as("%s", result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).source();
    }

    @Test
    void aCsvQuestionBankGivesOneGapPerRowWithItsFollowUpTask() {
        var s = parse("IvanZaycev0717__python_interview_assistant_rus", "data.csv");
        assertThat(s.format()).isEqualTo(SourceFormat.CSV);
        var questions = s.cards().stream().filter(c -> c.kind() == CardKind.QUESTION).toList();
        // the reader counts 590 questions, all unanswered; the 72 follow-up tasks belong to their row
        assertThat(questions.size()).isBetween(561, 619);
        assertThat(questions.stream().filter(NoteCard::isGap).count()).isBetween(561L, 619L);
        // 590 rows, one question asked twice word for word ("Что такое полиморфизм?"): one card
        assertThat(s.cards()).hasSize(589).allMatch(NoteCard::isGap);
        assertThat(s.cards()).extracting(NoteCard::prompt).contains("Что означает символ «=»? Как проверить на какую ячейку памяти ссылается переменная?",
                "Объясните, что представляет собой неявная типизация? какие средства в Python существуют, чтобы обойти неявную типизацию, приведите примеры?",
                "Как удалить существующую таблицу в базе данных");
        assertThat(s.cards()).noneMatch(c -> c.prompt().contains("\"\"") || c.prompt().contains(";"));
        // the chapter column groups the rows: the app's README counts 217 questions in its first chapter
        assertThat(s.cards().stream().filter(c -> c.topic().equals(TopicPath.of("data", "Глава 1")))).hasSize(217);
        assertThat(s.topics()).hasSize(8);
        assertThat(s.cards().getFirst().line()).isEqualTo(1);
        assertThat(s.cards().getLast().line()).isEqualTo(590);
    }

    @Test
    void reStructuredTextBookChaptersGiveDefinitionsAndCodeButNoQuestions() {
        var dicts = parse("natenka__pyneng-book", "docs/source/book/04_data_structures/dicts.rst");
        var git = parse("natenka__pyneng-book", "docs/source/book/02_git_github/git_basics.rst");
        for (var s : List.of(dicts, git)) {
            assertThat(s.format()).isEqualTo(SourceFormat.RST);
            // "::" ends sentences before code here; none of them is a question::answer card
            assertThat(s.cards()).noneMatch(c -> c.kind() == CardKind.QUESTION);
            assertThat(s.cards()).noneMatch(c -> c.prompt().contains("::") || c.answer().contains(".. code::") || c.answer().contains(".. note::")
                    || c.answer().contains("toctree") || c.answer().contains(":http-equiv"));
        }
        var dictionaries = dicts.cards().stream().filter(c -> c.kind() == CardKind.DEFINITION && c.prompt().equals("Что такое словари?")).findFirst().orElseThrow();
        // the definition leads into a list ("…тип данных:"): the list is its answer too
        assertThat(dictionaries.answer()).startsWith("Изменяемый упорядоченный тип данных:\n\n- данные в словаре - это пары `ключ: значение`");
        assertThat(dictionaries.line()).isEqualTo(7);
        var section = dicts.cards().stream().filter(c -> c.prompt().equals("Расскажите про словарь (Dictionary)")).findFirst().orElseThrow();
        assertThat(section.answer()).contains("> **Note**").contains("ассоциативный массив").contains("```python\nlondon = {\n    'id': 1,").doesNotContain("\n::");
        assertThat(dicts.snippetCount()).as("its seven .. code:: blocks").isEqualTo(7);
        assertThat(git.cards()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CardKind.DEFINITION);
            assertThat(c.prompt()).isEqualTo("Что такое Git?");
            assertThat(c.answer()).contains("Она может:\n\n- отслеживать изменения в файлах;");
        });
        assertThat(git.cards()).anySatisfy(c -> assertThat(c.answer()).contains("Установка Git:\n").contains("$ sudo apt-get install git"));
    }
}
