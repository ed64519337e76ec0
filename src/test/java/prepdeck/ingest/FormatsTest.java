package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.SourceFormat;

class FormatsTest {
    @TempDir
    Path dir;

    private ParseResult read(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        var reader = new NoteReader();
        var scan = reader.scan(List.of(f));
        assertThat(scan.problems()).isEmpty();
        return reader.parse(scan.files().getFirst());
    }

    private ParsedSource parsed(String name, String text) throws Exception {
        var r = read(name, text.getBytes(StandardCharsets.UTF_8));
        assertThat(r).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) r).source();
    }

    @Test
    void aPromptKeepsAnEscapedPlaceholderAndTagsInCodeButNoHtmlTags() throws Exception {
        // yangshun's behavioral questions write "&lt;role&gt;" for a word to fill in
        var s = parsed("questions.md", """
                # Questions

                ## Company

                - What do you know about &lt;role&gt; and why?
                - Why do you use `<div>` here?
                - Why is <b>this</b> bold?
                """);
        assertThat(s.cards()).extracting(NoteCard::prompt)
                .containsExactly("What do you know about <role> and why?", "Why do you use `<div>` here?", "Why is this bold?");
    }

    @Test
    void aCodingChallengesScaffoldingMakesNoCardsAndItsSectionsAreNamedByTheFile() throws Exception {
        // the layout of donnemartin's challenge notebooks, written as Markdown
        var s = parsed("merge_sort_challenge.md", """
                # Challenge Notebook

                ## Problem: Implement merge sort.

                ## Constraints

                * Is a naive solution sufficient?
                    * Yes

                ## Test Cases

                * None -> Exception
                * Empty input -> []

                ## Algorithm

                Refer to the [Solution Notebook](http://example.org/merge_sort_solution.ipynb).  If you are stuck, look there.

                ## Code

                ```python
                class MergeSort(object):

                    def sort(self, data):
                        # TODO: Implement me
                        pass
                ```

                ## Unit Test

                ```python
                class TestMergeSort(unittest.TestCase):
                    def test_merge_sort(self):
                        pass
                ```

                ## Solution Notebook

                Review the [Solution Notebook](http://example.org/merge_sort_solution.ipynb) for a discussion.
                """);
        assertThat(s.cards()).extracting(NoteCard::prompt)
                .containsExactly("Implement merge sort.", "Is a naive solution sufficient?", "Merge sort: tell me about Test Cases");
        assertThat(s.cards().getFirst().answer()).isEmpty(); // the stub answers nothing
    }

    @Test
    void aDashInsideBracketsMakesNoDefinition() throws Exception {
        // jwasham's Russian translation and trekhleb's Ukrainian README
        var s = parsed("graphs.md", """
                # Графы

                ## Обходы

                - DFS (depth-first search - поиск в глубину)
                - BFS — обход в ширину
                """);
        assertThat(s.cards()).extracting(NoteCard::prompt).noneMatch(p -> p.contains("(depth-first search?")).contains("Что такое BFS?");
    }

    @Test
    void aMarkedQuestionThatOnlyNamesAThingKeepsItsHeadingAbove() throws Exception {
        // ivanprytula: "#### Q: Urls" under "### Django"
        var s = parsed("kb.md", """
                # Knowledge base

                ## Frameworks

                ### Django

                #### Q: Urls

                mysite/urls.py: the URL declarations for this Django project.

                #### Q: How do I start a project?

                django-admin startproject mysite

                #### Q: Problem: Implement a view.

                def index(request): ...
                """);
        assertThat(s.cards()).extracting(NoteCard::prompt)
                .containsExactly("Django: tell me about urls", "How do I start a project?", "Implement a view.");
    }

    @Test
    void obsidianCardSyntaxGivesCardsInBothDirectionsAndClozes() throws Exception {
        var s = parsed("cards.md", """
                # Python
                What does GIL stand for::Global Interpreter Lock
                yield:::makes a function a generator

                Which call lists a container's processes?
                ?
                docker top NAME

                Python's default implementation is written in ==C== and called ==CPython==.
                """);
        assertThat(s.cards()).extracting(NoteCard::prompt, NoteCard::answer, NoteCard::kind).contains(
                org.assertj.core.groups.Tuple.tuple("What does GIL stand for", "Global Interpreter Lock", CardKind.QUESTION),
                org.assertj.core.groups.Tuple.tuple("yield", "makes a function a generator", CardKind.QUESTION),
                org.assertj.core.groups.Tuple.tuple("makes a function a generator", "yield", CardKind.QUESTION),
                org.assertj.core.groups.Tuple.tuple("Which call lists a container's processes?", "docker top NAME", CardKind.QUESTION),
                org.assertj.core.groups.Tuple.tuple("Python's default implementation is written in […] and called CPython.",
                        "Python's default implementation is written in **C** and called CPython.", CardKind.CLOZE),
                org.assertj.core.groups.Tuple.tuple("Python's default implementation is written in C and called […].",
                        "Python's default implementation is written in C and called **CPython**.", CardKind.CLOZE));
        assertThat(s.cards()).filteredOn(c -> c.prompt().equals("What does GIL stand for")).singleElement()
                .satisfies(c -> assertThat(c.line()).isEqualTo(2));
    }

    @Test
    void englishDefinitionsAskInEnglishAndUkrainianInUkrainian() throws Exception {
        var s = parsed("defs.txt", """
                A coroutine is a function that can suspend itself and resume later.

                Декоратор — це функція, яка приймає функцію і повертає нову.
                """);
        assertThat(s.cards()).extracting(NoteCard::prompt, NoteCard::language).containsExactly(
                org.assertj.core.groups.Tuple.tuple("What is a coroutine?", Language.EN),
                org.assertj.core.groups.Tuple.tuple("Що таке декоратор?", Language.UK));
    }

    @Test
    void jupyterNotebookJsonGivesSectionsAndSnippetsWithOutputs() throws Exception {
        var s = parsed("nb.txt", """
                {
                 "cells": [
                  {
                   "cell_type": "markdown",
                   "source": ["## Generators\\n", "A generator is a function that yields values lazily."]
                  },
                  {
                   "cell_type": "code",
                   "execution_count": 3,
                   "source": ["g = (x * x for x in range(3))\\n", "print(list(g))"],
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["[0, 1, 4]\\n"]}]
                  }
                 ],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
                }
                """);
        assertThat(s.format()).isEqualTo(SourceFormat.IPYNB);
        var section = s.cards().stream().filter(c -> c.prompt().equals("Tell me about generators")).findFirst().orElseThrow();
        assertThat(section.line()).isEqualTo(4);
        assertThat(section.snippets()).singleElement().satisfies(sn -> {
            assertThat(sn.code()).isEqualTo("g = (x * x for x in range(3))\nprint(list(g))");
            assertThat(sn.expectedOutput()).hasValue("[0, 1, 4]");
            assertThat(sn.line()).isEqualTo(8);
        });
        assertThat(s.cards()).extracting(NoteCard::prompt).contains("What is a generator?");
    }

    @Test
    void malformedNotebookJsonIsRejectedNamingItsLine() throws Exception {
        var r = read("broken.ipynb", "{\n \"cells\": [\n  {\"cell_type\": \"code\",, }\n ]\n}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r).isInstanceOfSatisfying(ParseResult.Rejected.class, rej -> {
            assertThat(rej.reason().path()).isEqualTo("broken.ipynb");
            assertThat(rej.reason().line()).hasValue(3);
            assertThat(rej.reason().message()).isEqualTo("the notebook's JSON has a character that does not belong there (a hand edit or a merge left in it?)");
        });
    }

    @Test
    void aTruncatedNotebookIsASentenceWithoutTheParsersInternals() throws Exception {
        var r = read("half.ipynb", "{\n \"cells\": [\n  {\"cell_type\": \"markdown\", \"source\": [\"# Generators\"".getBytes(StandardCharsets.UTF_8));
        assertThat(r).isInstanceOfSatisfying(ParseResult.Rejected.class, rej -> {
            assertThat(rej.reason().path()).isEqualTo("half.ipynb");
            assertThat(rej.reason().message()).contains("stops before it is complete")
                    .doesNotContain("Source").doesNotContain("StreamReadFeature").doesNotContain("marker").doesNotContain("[");
        });
    }

    @Test
    void binaryEmptyAndOverlongFilesAreRejectedWithAReason() throws Exception {
        var binary = read("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
        assertThat(binary).isInstanceOfSatisfying(ParseResult.Rejected.class, r -> assertThat(r.reason().toString()).startsWith("image.txt:1: binary file"));
        var empty = read("empty.txt", new byte[0]);
        assertThat(empty).isInstanceOfSatisfying(ParseResult.Rejected.class, r -> assertThat(r.reason().toString()).isEqualTo("empty.txt: empty file; nothing to import"));
        byte[] longLine = new byte[2 * 1024 * 1024];
        Arrays.fill(longLine, (byte) 'a');
        var overlong = read("dump.txt", longLine);
        assertThat(overlong).isInstanceOfSatisfying(ParseResult.Rejected.class, r -> assertThat(r.reason().toString()).startsWith("dump.txt:1: line 1 is longer than"));
    }

    @Test
    void fiftyMegabyteFileIsSkippedAtScanWithoutReadingIt() throws Exception {
        Path big = dir.resolve("big.txt");
        try (var out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 50; i++) out.write(chunk);
        }
        var scan = new NoteReader().scan(List.of(dir));
        assertThat(scan.files()).isEmpty();
        assertThat(scan.problems()).singleElement().satisfies(d -> assertThat(d.toString()).startsWith("big.txt: is 52,428,800 bytes"));
    }

    @Test
    void windows1251NotesAreDecodedAndSaySo() throws Exception {
        byte[] cp = "Генератор — это функция, которая возвращает значения по одному.\n".getBytes(Charset.forName("windows-1251"));
        var r = read("old.txt", cp);
        assertThat(r).isInstanceOfSatisfying(ParseResult.Parsed.class, p -> {
            assertThat(p.source().cards()).extracting(NoteCard::prompt).containsExactly("Что такое генератор?");
            assertThat(p.source().diagnostics()).extracting(Object::toString).containsExactly("old.txt: not UTF-8; decoded as windows-1251 (Cyrillic)");
        });
    }

    @Test
    void unreadableFileIsReportedAndTheRestOfTheFolderIsRead() throws Exception {
        Files.writeString(dir.resolve("a.md"), "# A\n\ntext\n");
        Path locked = dir.resolve("b.md");
        Files.writeString(locked, "# B\n\ntext\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        var scan = new NoteReader().scan(List.of(dir));
        boolean root = "root".equals(System.getProperty("user.name"));
        // root reads any file whatever its permissions; everyone else gets a diagnostic for b.md
        if (!root) {
            assertThat(scan.problems()).singleElement().satisfies(d -> assertThat(d.toString()).isEqualTo("b.md: cannot be read: permission denied"));
        }
        assertThat(scan.files()).extracting(SourceFile::relativePath).startsWith("a.md");
    }

    @Test
    void unterminatedCodeBlockIsADiagnosticWithItsLine() throws Exception {
        var s = parsed("open.md", "# A\n\ntext\n\n# B\n```python\nprint(1)\n");
        assertThat(s.diagnostics()).extracting(Object::toString).contains("open.md:6: unterminated code block (no closing ```)");
        assertThat(s.cards()).extracting(NoteCard::prompt).contains("Tell me about A", "Tell me about B");
    }

    @Test
    void missingPathIsAProblemNotACrash() {
        var scan = new NoteReader().scan(List.of(dir.resolve("nope")));
        assertThat(scan.problems()).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo("no such file or folder"));
    }
}
