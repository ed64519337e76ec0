package prepdeck.web.markdown;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a card's Markdown answer into HTML that is safe to put in a page.
 *
 * <p>Notes are untrusted text: raw HTML in them is shown as text rather than interpreted (a note
 * about XSS should display its payload, not run it), and the result still passes an allow-list
 * sanitizer, so no script, event handler, style or non-web link can reach the browser even if the
 * Markdown library lets something through. Fenced code keeps its {@code language-*} class for
 * highlight.js; images are dropped because the app works offline and must not fetch from the web.
 * Thread-safe.
 */
public final class MarkdownRenderer {
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern ALIGN = Pattern.compile("left|center|right");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;

    public MarkdownRenderer() {
        // URLs are left to the sanitizer: it drops a link with a disallowed address and keeps its
        // text, where commonmark's own URL cleaning would leave an empty link behind.
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        // Notes are written line by line (dash lists, "command: description" lines), so a single
        // newline is kept as a line break instead of being folded into a space.
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .escapeHtml(true).softbreak("<br>\n").build();
        this.policy = new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                        "ul", "ol", "li", "strong", "em", "del", "s", "code", "pre",
                        "table", "thead", "tbody", "tr", "th", "td", "a")
                .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
                .allowAttributes("align").matching(ALIGN).onElements("th", "td")
                .allowAttributes("start").matching(NUMBER).onElements("ol")
                .allowAttributes("href").onElements("a")
                .allowAttributes("title").onElements("a")
                .allowUrlProtocols("http", "https", "mailto")
                .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                .toFactory();
    }

    /** The answer as sanitized HTML; empty input gives empty HTML. */
    public SafeHtml render(String markdown) {
        if (markdown == null || markdown.isBlank()) return new SafeHtml("");
        String unsafe = renderer.render(parser.parse(markdown));
        return new SafeHtml(policy.sanitize(unsafe));
    }
}
