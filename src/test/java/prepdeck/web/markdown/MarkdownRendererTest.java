package prepdeck.web.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String render(String markdown) {
        return renderer.render(markdown).html();
    }

    @Test
    void rendersGfmTablesWithAlignment() {
        String html = render("""
                | Ознака | SQL |
                |:------|:---:|
                | Схема | жорстка |
                """);
        assertThat(html).contains("<table>", "<th align=\"left\">Ознака</th>", "<td align=\"center\">жорстка</td>");
    }

    @Test
    void fencedCodeKeepsItsLanguageClassAndIsEscaped() {
        String html = render("""
                ```python
                if a < b and c > d:
                    print("<ok>")
                ```
                """);
        assertThat(html).contains("<pre><code class=\"language-python\">")
                .contains("if a &lt; b and c &gt; d:")
                .doesNotContain("<ok>");
    }

    @Test
    void keepsListsEmphasisAndSingleLineBreaks() {
        String html = render("- *один*\n- **два**\n\nперша строка\nдруга строка");
        assertThat(html).contains("<ul>", "<li><em>один</em></li>", "<strong>два</strong>", "перша строка<br />");
    }

    @Test
    void webLinksGetNofollowAndNoopener() {
        String html = render("[docs](https://docs.python.org/3/)");
        assertThat(html).contains("href=\"https://docs.python.org/3/\"").contains("nofollow").contains("noopener");
    }

    @Test
    void rawHtmlInNotesIsShownAsTextNotInterpreted() {
        String html = render("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;");
    }

    @Test
    void scriptLinksAndHandlersNeverSurvive() {
        String html = render("""
                [a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](vbscript:x) [d](data:text/html;base64,PHNjcmlwdD4=)
                <a href="javascript:alert(3)" onclick="alert(4)">x</a>
                ![img](https://example.com/tracker.png)
                """);
        assertThat(html.toLowerCase()).doesNotContain("href=\"javascript", "href=\"vbscript", "href=\"data", "href=\"\"",
                " onclick=", "<img", "<script");
        assertThat(html).contains("a b c d");
    }

    @Test
    void aForgedLanguageClassIsDropped() {
        String html = render("```python\" onmouseover=\"alert(1)\ncode\n```");
        assertThat(html).doesNotContain("onmouseover=\"").contains("<pre><code>");
    }

    @Test
    void emptyAnswerGivesEmptyHtml() {
        assertThat(renderer.render("").isEmptyContent()).isTrue();
        assertThat(renderer.render("   \n").isEmptyContent()).isTrue();
    }

    /** Inputs that overflow the Markdown library's recursion or cost it seconds; each must render, as escaped text. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"lists", "quotes", "ordered", "stairs", "emphasis", "spaced emphasis",
            "images", "brackets", "long"})
    @org.junit.jupiter.api.Timeout(10) // a sanity bound against a hang; the speed is measured in RenderBench
    void answersTooDeepOrTooLongRenderAsEscapedTextUnderANote(String kind) {
        int size = kind.equals("long") ? MarkdownRenderer.MAX_FORMATTED_CHARS + 1 : MarkdownRenderer.MAX_FORMATTED_CHARS - 100;
        String markdown = pathological(kind, size) + "\n<script>alert(1)</script> bottom";
        String html = render(markdown);
        assertThat(html).startsWith("<p class=\"render-note\"><em>This answer ")
                .containsAnyOf(kind.equals("long") ? new String[] {"too long to format"}
                        : kind.equals("spaced emphasis") ? new String[] {"too deep to format", "could not be formatted"} // it may overflow first
                        : new String[] {"too deep to format"})
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; bottom").doesNotContain("<script>");
    }

    static String pathological(String kind, int size) {
        return switch (kind) {
            case "lists" -> "- ".repeat(size / 2);
            case "quotes" -> "> ".repeat(size / 2);
            case "ordered" -> "1. ".repeat(size / 3);
            case "stairs" -> {
                var s = new StringBuilder();
                for (int i = 0; s.length() < size; i++) s.append(" ".repeat(2 * (i % 500))).append("- item ").append(i).append('\n');
                yield s.substring(0, size);
            }
            case "emphasis" -> "*".repeat(size / 2 - 1) + "a" + "*".repeat(size / 2 - 1);
            case "spaced emphasis" -> "*a ".repeat(size / 6) + "a* ".repeat(size / 6);
            case "images" -> "![".repeat(size / 4) + "a" + "](u)".repeat(size / 8);
            case "brackets" -> "[".repeat(size / 2) + "a" + "]".repeat(size / 2);
            case "long" -> "Plain words, nothing nested. ".repeat(size / 29 + 1).substring(0, size);
            case "notes" -> """
                    ### A heading
                    Some **bold** and *italic* text with `code` and a [link](https://example.org).
                    - a list item
                      - a nested item with `x = [i for i in range(3)]`
                    1. first
                    2. second

                    ```python
                    def f(x):
                        return {k: v for k, v in x.items()}
                    ```

                    | a | b |
                    |---|---|
                    | 1 | 2 |

                    > a quote

                    """.repeat(size / 200 + 1).substring(0, size);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @Test
    void nestingPeopleWriteIsStillFormatted() {
        var list = new StringBuilder();
        for (int level = 0; level < 12; level++) list.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        String html = render("> quoted **bold *and italic [link](https://example.org)***\n\n" + list);
        assertThat(html).doesNotContain("render-note").contains("<blockquote>", "<strong>bold <em>and italic",
                "level 11</li>");
        assertThat(html.split("<ul>", -1)).hasSize(13);
    }

    @Test
    void theDepthOfATreeIsMeasuredWithoutRecursion() {
        var document = org.commonmark.parser.Parser.builder().build().parse("> ".repeat(20_000) + "x");
        assertThat(MarkdownRenderer.depth(document)).isGreaterThan(20_000);
    }
}
