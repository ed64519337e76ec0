package prepdeck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import prepdeck.ingest.convert.HtmlToMarkdown;
import prepdeck.ingest.convert.RstToMarkdown;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Diagnostic;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.SourceFormat;
import prepdeck.knowledge.TopicPath;

/** HTML, Word, reStructuredText, CSV and Obsidian notes: our own fixtures (src/test/resources/prepdeck/ingest/formats), RU, UK and EN. */
class OtherFormatsTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "prepdeck", "ingest", "formats");

    @TempDir
    Path dir;

    private static ParseResult read(String name, byte[] bytes) {
        var file = new SourceFile(name, Path.of(name), bytes, NoteReader.sha256(bytes));
        return new NoteReader().parse(file);
    }

    private static ParsedSource parsed(String name, byte[] bytes) {
        var r = read(name, bytes);
        assertThat(r).as("%s", r).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) r).source();
    }

    private static ParsedSource fixture(String name) throws Exception {
        return parsed(name, Files.readAllBytes(FIXTURES.resolve(name)));
    }

    private static NoteCard card(ParsedSource s, String prompt) {
        return s.cards().stream().filter(c -> c.prompt().equals(prompt)).findFirst()
                .orElseThrow(() -> new AssertionError("no card '" + prompt + "' in " + s.cards().stream().map(NoteCard::prompt).toList()));
    }

    private static Predicate<NoteCard> mentions(String text) {
        return c -> c.prompt().contains(text) || c.answer().contains(text);
    }

    // ---------- HTML ----------

    @Test
    void aSavedPageIsReadAsTheMarkdownItShowsWithoutItsScriptsNavigationOrFooter() throws Exception {
        var s = fixture("saved-page-en.html");
        assertThat(s.format()).isEqualTo(SourceFormat.HTML);
        assertThat(s.format().code()).isEqualTo("html");
        var closure = card(s, "What is a closure?");
        assertThat(closure.line()).as("the line of <h2> in the HTML").isEqualTo(13);
        assertThat(closure.answer()).contains("closure").contains("is a function that remembers").contains("```python\ndef counter():");
        assertThat(closure.snippets()).singleElement().satisfies(sn -> {
            assertThat(sn.language()).isEqualTo("python");
            assertThat(sn.line()).isEqualTo(16);
        });
        assertThat(card(s, "Why does the GIL exist?").line()).isEqualTo(24);
        assertThat(card(s, "Python interview notes: tell me about mutable and immutable types").answer()).contains("| `tuple` | no |");
        String markdown = HtmlToMarkdown.convert(Files.readString(FIXTURES.resolve("saved-page-en.html"))).text();
        assertThat(markdown).contains("A **closure** is a function that remembers")
                .contains("See [the glossary](https://docs.python.org/3/glossary.html#term-global-interpreter-lock).")
                .contains("## What does `len({1, 1, 2})` return?\n\n<details>\n<summary>Answer</summary>\n\n2: a set keeps one of each value.\n\n</details>");
        assertThat(s.cards()).noneMatch(mentions("All rights reserved")).noneMatch(mentions("analytics")).noneMatch(mentions("font-family"))
                .noneMatch(mentions("Blog"));
        assertThat(s.language()).isEqualTo(Language.EN);
    }

    @Test
    void aNotionExportGivesItsQuestionsListsAndGapsInRussian() throws Exception {
        var s = fixture("notion-export-ru.html");
        assertThat(s.format()).isEqualTo(SourceFormat.HTML);
        assertThat(s.language()).isEqualTo(Language.RU);
        assertThat(card(s, "Что такое индекс?").answer()).startsWith("Индекс — это структура данных");
        var isolation = card(s, "Базы данных: расскажите про уровни изоляции транзакций");
        assertThat(isolation.answer()).contains("Read committed").contains("— видны только зафиксированные").contains("по умолчанию — Read committed");
        assertThat(card(s, "Что такое нормализация?").isGap()).isTrue();
        assertThat(s.cards()).noneMatch(mentions("webkit")).noneMatch(mentions("cspell")).noneMatch(mentions("💡"));
        assertThat(HtmlToMarkdown.convert(Files.readString(FIXTURES.resolve("notion-export-ru.html"))).text())
                .contains("# Базы данных\n").contains("- **Read committed** — видны только зафиксированные");
    }

    @Test
    void aGoogleDocsExportGivesNumberedQuestionsInUkrainianWithItsRedirectLinksUnwrapped() throws Exception {
        var s = fixture("google-docs-uk.html");
        assertThat(s.format()).isEqualTo(SourceFormat.HTML);
        var http = card(s, "Що таке HTTP?");
        assertThat(http.answer()).contains("протокол прикладного рівня");
        assertThat(http.language()).isEqualTo(Language.UK);
        assertThat(http.line()).isEqualTo(5);
        assertThat(card(s, "Що таке CORS?").isGap()).isTrue();
        assertThat(card(s, "Що таке кукі?").answer()).contains("https://developer.mozilla.org/uk/docs/Web/HTTP/Cookies").doesNotContain("google.com");
        assertThat(card(s, "Чим відрізняється GET від POST?").answer()).contains("requests.post(url, json=data)");
        // Google Docs marks bold and code only by CSS classes
        assertThat(HtmlToMarkdown.convert(Files.readString(FIXTURES.resolve("google-docs-uk.html"))).text())
                .contains("**GET** передає параметри в рядку запиту, **POST** — у тілі запиту, наприклад `requests.post(url, json=data)`.");
        assertThat(s.cards().stream().filter(c -> c.kind() == CardKind.QUESTION)).hasSize(5);
    }

    @Test
    void malformedHtmlIsNamedWithItsLineAndStillRead() throws Exception {
        var s = fixture("malformed-en.html");
        assertThat(s.diagnostics()).anySatisfy(d -> {
            assertThat(d.path()).isEqualTo("malformed-en.html");
            assertThat(d.line()).hasValue(4);
            assertThat(d.message()).startsWith("malformed HTML").contains("</div>").doesNotContain("Token").doesNotContain("InBody");
        });
        assertThat(card(s, "What is a deadlock?").answer()).contains("Two threads each wait");
        assertThat(card(s, "How do you avoid one?").answer()).contains("- take locks in one global order").contains("- use timeouts");
    }

    @Test
    void markdownThatUsesAFewTagsStaysMarkdown() {
        var s = parsed("readme.md", """
                <p align="center"><img src="logo.png"></p>

                # Notes

                ## What is a tuple?
                An immutable sequence.
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(s.format()).isEqualTo(SourceFormat.MARKDOWN);
    }

    @Test
    void deeplyNestedHtmlIsReadWithoutExhaustingTheStack() {
        String html = "<html><body>" + "<div><blockquote><ul><li>".repeat(4000) + "deep" + "</li></ul></blockquote></div>".repeat(4000) + "</body></html>";
        var r = read("deep.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(r).isNotNull();
    }

    // ---------- reStructuredText ----------

    @Test
    void reStructuredTextHeadingsCodeNotesAndListsBecomeMarkdownInUkrainian() throws Exception {
        var s = fixture("python-notes-uk.rst");
        assertThat(s.format()).isEqualTo(SourceFormat.RST);
        assertThat(s.format().code()).isEqualTo("rst");
        assertThat(s.language()).isEqualTo(Language.UK);
        assertThat(s.topics()).contains(TopicPath.of("Множини"));
        var sets = card(s, "Розкажіть про множини");
        assertThat(sets.line()).isEqualTo(4);
        assertThat(sets.answer()).contains("- елементи множини мають бути хешованими").contains("`x in s`")
                .contains("> **Note**").contains("Порожню множину створюють так: `set()`")
                .contains("Створити множину можна так:\n").doesNotContain("так::").contains("numbers = {1, 2, 3}");
        var operations = card(s, "Множини: розкажіть про операції з множинами");
        assertThat(operations.line()).isEqualTo(21);
        assertThat(operations.answer()).contains("1. об'єднання: `a | b`\n2. перетин: `a & b`").contains("```python\na = {1, 2}");
        assertThat(operations.snippets()).anySatisfy(sn -> assertThat(sn.code()).contains("print(a & b)"));
        assertThat(RstToMarkdown.convert(Files.readAllLines(FIXTURES.resolve("python-notes-uk.rst"))).text())
                .contains("[документацію](https://docs.python.org/uk/3/library/stdtypes.html#set)");
        assertThat(operations.answer()).contains("документацію").contains("розділ про словники")
                .doesNotContain(":ref:").doesNotContain("maxdepth");
        assertThat(s.cards()).noneMatch(c -> c.prompt().contains("::")).noneMatch(mentions("description: Конспект"));
        assertThat(s.cards()).noneMatch(c -> c.kind() == CardKind.QUESTION);
    }

    @Test
    void aLiteralBlockAfterALoneDoubleColonIsCodeAndAHeadingQuestionIsACard() throws Exception {
        var s = fixture("generators-en.rst");
        assertThat(s.format()).isEqualTo(SourceFormat.RST);
        var generators = card(s, "Tell me about generators");
        assertThat(generators.answer()).contains("Example:").contains("```python\ndef count_up(n):").doesNotContain("::");
        var yield = card(s, "What does `yield` do?");
        assertThat(yield.line()).isEqualTo(16);
        assertThat(yield.answer()).contains("It suspends the function").contains("> **Warning**").contains("A generator can be iterated only once.")
                .contains("1. `next(gen)` gives the next value");
    }

    @Test
    void markdownWithSetextHeadingsOrObsidianCardsIsNotReStructuredText() {
        assertThat(parsed("a.md", "Title\n=====\n\nSome text.\n\nOther\n-----\n\nMore text.\n".getBytes(StandardCharsets.UTF_8)).format())
                .isNotEqualTo(SourceFormat.RST);
        var cards = parsed("b.md", "# Python\nWhat does GIL stand for::Global Interpreter Lock\n".getBytes(StandardCharsets.UTF_8));
        assertThat(cards.format()).isNotEqualTo(SourceFormat.RST);
        assertThat(card(cards, "What does GIL stand for").answer()).isEqualTo("Global Interpreter Lock");
    }

    // ---------- CSV ----------

    @Test
    void aCsvWithAHeaderGivesCardsWithQuotedFieldsMultiLineAnswersGapsAndTopics() throws Exception {
        var s = fixture("qa-en.csv");
        assertThat(s.format()).isEqualTo(SourceFormat.CSV);
        assertThat(s.format().code()).isEqualTo("csv");
        assertThat(s.cards()).hasSize(4).allMatch(c -> c.kind() == CardKind.QUESTION);
        assertThat(card(s, "What does \"is\" compare?").answer()).isEqualTo("Identity: whether two names refer to one object.");
        var literals = card(s, "What is the output of print(\"a\" \"b\")?");
        assertThat(literals.answer()).isEqualTo("ab — adjacent string literals are joined.\nThe parser does it, not the runtime.");
        assertThat(literals.line()).isEqualTo(4);
        var race = card(s, "What is a race condition?");
        assertThat(race.isGap()).isTrue();
        assertThat(race.line()).isEqualTo(6);
        assertThat(race.topic()).isEqualTo(TopicPath.of("qa-en", "Concurrency"));
        assertThat(card(s, "What is a list comprehension?").topic()).isEqualTo(TopicPath.of("qa-en", "Python"));
    }

    @Test
    void aSemicolonCsvWithoutAHeaderGivesRussianCards() throws Exception {
        var s = fixture("qa-ru.csv");
        assertThat(s.format()).isEqualTo(SourceFormat.CSV);
        assertThat(s.language()).isEqualTo(Language.RU);
        assertThat(s.cards()).hasSize(4);
        assertThat(card(s, "Как работает \"with\"?").answer()).isEqualTo("Вызывает __enter__ и __exit__");
        assertThat(card(s, "Чем отличается список от кортежа?").isGap()).isTrue();
        assertThat(card(s, "Что такое GIL?").line()).isEqualTo(1);
    }

    @Test
    void aUkrainianCsvWithAHeaderKeepsADelimiterInsideQuotes() throws Exception {
        var s = fixture("qa-uk.csv");
        assertThat(s.cards()).hasSize(3);
        assertThat(card(s, "Що таке декоратор?").answer()).isEqualTo("Функція, яка приймає функцію і повертає нову; синтаксис: @decorator");
        assertThat(card(s, "Що таке декоратор?").language()).isEqualTo(Language.UK);
        assertThat(card(s, "Що таке ітератор?").isGap()).isTrue();
    }

    @Test
    void aQuestionsOnlyCsvGivesGapsGroupedByItsChapterColumn() throws Exception {
        var s = fixture("questions-only-ru.csv");
        assertThat(s.cards()).hasSize(4).allMatch(NoteCard::isGap);
        assertThat(card(s, "Что такое \"утиная типизация\"").topic()).isEqualTo(TopicPath.of("questions-only-ru", "Глава 2"));
    }

    @Test
    void aFollowUpTaskColumnJoinsItsQuestion() {
        var s = parsed("bank.txt", """
                1;Что такое замыкание?;Напишите счётчик на замыкании;1
                2;Что такое декоратор?;;1
                3;Как работает GIL?;;2
                4;Объясните, что такое MRO;приведите пример ромбовидного наследования;2
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(s.format()).isEqualTo(SourceFormat.CSV);
        assertThat(s.cards()).extracting(NoteCard::prompt).containsExactly("Что такое замыкание? Напишите счётчик на замыкании", "Что такое декоратор?",
                "Как работает GIL?", "Объясните, что такое MRO — приведите пример ромбовидного наследования");
        assertThat(s.cards()).allMatch(NoteCard::isGap);
    }

    @Test
    void aCsvWithABrokenQuoteIsRejectedNamingTheRowAndLine() throws Exception {
        var r = read("broken-quote-en.csv", Files.readAllBytes(FIXTURES.resolve("broken-quote-en.csv")));
        assertThat(r).isInstanceOf(ParseResult.Rejected.class);
        Diagnostic d = ((ParseResult.Rejected) r).reason();
        assertThat(d.path()).isEqualTo("broken-quote-en.csv");
        assertThat(d.line()).hasValue(3);
        assertThat(d.message()).contains("row 2").contains("never closed").doesNotContain("EOF").doesNotContain("Exception").doesNotContain("encapsulated");
    }

    @Test
    void proseWithCommasIsNotACsv() {
        var s = parsed("notes.txt", """
                Python is simple, and it is popular.
                Lists are mutable, tuples are not.
                A set holds unique values, in no order.
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(s.format()).isNotEqualTo(SourceFormat.CSV);
    }

    // ---------- Obsidian ----------

    @Test
    void obsidianFrontMatterWikilinksCalloutsAndEmbedsReadAsPlainMarkdown() throws Exception {
        var s = fixture("vault/Асинхронность.md");
        assertThat(s.format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(s.cards()).noneMatch(mentions("[[")).noneMatch(mentions("tags:")).noneMatch(mentions("aliases")).noneMatch(mentions("2024-03-01"))
                .noneMatch(mentions("[!note]"));
        var loop = card(s, "Что такое event loop?");
        assertThat(loop.line()).isEqualTo(9);
        assertThat(loop.answer()).contains("см. корутины и GIL.").contains("> **Важно**").contains("![event-loop.png](event-loop.png)");
        assertThat(card(s, "Что такое корутина?").answer()).contains("подробнее в Корутины › Создание");
    }

    @Test
    void obsidianCodeIsLeftAloneAndAnUntitledCalloutIsNamedByItsType() throws Exception {
        var s = fixture("vault/Concurrency.md");
        var race = card(s, "What is a race condition?");
        assertThat(race.line()).isEqualTo(7);
        assertThat(race.answer()).contains("see locks.").contains("> **Tip**").contains("matrix = [[1, 2]]");
        assertThat(s.cards()).noneMatch(mentions("threads\n")).noneMatch(mentions("title: Concurrency"));
    }

    @Test
    void anObsidianQuestionCalloutKeepsItsQuestionInUkrainian() throws Exception {
        var s = fixture("vault/Потоки.md");
        assertThat(s.language()).isEqualTo(Language.UK);
        assertThat(s.cards()).noneMatch(mentions("[[")).noneMatch(mentions("[!question]")).noneMatch(mentions("tags:"));
        var thread = s.cards().stream().filter(c -> c.answer().contains("> **Чому потоки в CPython не прискорюють обчислення?**")).findFirst().orElseThrow();
        assertThat(thread.language()).isEqualTo(Language.UK);
        assertThat(thread.answer()).contains("(Процеси)").contains("Через глобальне блокування інтерпретатора.")
                .contains("![diagram.excalidraw](diagram.excalidraw)");
    }

    // ---------- Word ----------

    static byte[] docx() throws Exception {
        try (var doc = new XWPFDocument(); var bytes = new ByteArrayOutputStream()) {
            paragraph(doc, "Heading1", "Python");
            paragraph(doc, "Heading2", "What is the GIL?");
            var answer = doc.createParagraph();
            var bold = answer.createRun();
            bold.setBold(true);
            bold.setText("The GIL");
            answer.createRun().setText(" lets one thread run Python bytecode at a time.");
            paragraph(doc, "Heading2", "Що таке декоратор?");
            paragraph(doc, null, "Функція, яка обгортає іншу функцію.");
            var code = doc.createParagraph();
            var mono = code.createRun();
            mono.setFontFamily("Consolas");
            mono.setText("@functools.wraps(f)");
            paragraph(doc, "Heading2", "Какие бывают коллекции?");
            var abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            var level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(STNumberFormat.BULLET);
            level.addNewLvlText().setVal("•");
            var numbering = doc.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
            for (String item : List.of("список", "кортеж", "словарь")) paragraph(doc, null, item).setNumID(numId);
            paragraph(doc, "Heading2", "Что такое сериализация?");
            var table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("format");
            table.getRow(0).getCell(1).setText("module");
            table.getRow(1).getCell(0).setText("JSON");
            table.getRow(1).getCell(1).setText("json");
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        var p = doc.createParagraph();
        if (style != null) p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    @Test
    void aWordDocumentGivesCardsNamedByParagraph() throws Exception {
        var s = parsed("notes.txt", docx());
        assertThat(s.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(s.format().code()).isEqualTo("docx");
        var gil = card(s, "What is the GIL?");
        assertThat(gil.answer()).isEqualTo("**The GIL** lets one thread run Python bytecode at a time.");
        assertThat(gil.line()).as("paragraph 2").isEqualTo(2);
        var decorator = card(s, "Що таке декоратор?");
        assertThat(decorator.language()).isEqualTo(Language.UK);
        assertThat(decorator.answer()).contains("Функція, яка обгортає іншу функцію.").contains("```\n@functools.wraps(f)\n```");
        assertThat(decorator.line()).isEqualTo(4);
        assertThat(card(s, "Какие бывают коллекции?").answer()).isEqualTo("- список\n- кортеж\n- словарь");
        assertThat(card(s, "Что такое сериализация?").answer()).contains("| JSON | json |");
    }

    @Test
    void aTruncatedWordDocumentIsRejectedInPlainWords() throws Exception {
        byte[] whole = docx();
        var r = read("notes.docx", Arrays.copyOf(whole, whole.length / 2));
        assertThat(r).isInstanceOf(ParseResult.Rejected.class);
        var d = ((ParseResult.Rejected) r).reason();
        assertThat(d.path()).isEqualTo("notes.docx");
        assertThat(d.message()).contains("Word document").contains("truncated or damaged").doesNotContain("Exception").doesNotContain("poi")
                .doesNotContain("zip");
    }

    @Test
    void aZipThatIsNotAWordDocumentIsABinaryFile() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("data.bin"));
            zip.write(new byte[] {0, 1, 2, 3});
            zip.closeEntry();
        }
        var r = read("archive.txt", bytes.toByteArray());
        assertThat(r).isInstanceOf(ParseResult.Rejected.class);
        assertThat(((ParseResult.Rejected) r).reason().message()).contains("binary file");
    }

    @Test
    void anImportOfAFolderOfMixedFormatsReadsEachAndGoesOnPastABrokenOne() throws Exception {
        Files.write(dir.resolve("a.txt"), Files.readAllBytes(FIXTURES.resolve("qa-ru.csv")));
        Files.write(dir.resolve("b.txt"), Files.readAllBytes(FIXTURES.resolve("broken-quote-en.csv")));
        Files.write(dir.resolve("c.txt"), Files.readAllBytes(FIXTURES.resolve("generators-en.rst")));
        Files.write(dir.resolve("d.txt"), docx());
        var reader = new NoteReader();
        var scan = reader.scan(List.of(dir));
        var formats = scan.files().stream().map(reader::parse).map(r -> r instanceof ParseResult.Parsed p ? p.source().format().code() : "rejected").toList();
        assertThat(formats).containsExactly("csv", "rejected", "rst", "docx");
    }
}
