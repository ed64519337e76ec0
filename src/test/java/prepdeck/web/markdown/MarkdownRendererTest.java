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
}
