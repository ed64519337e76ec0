package prepdeck.web.markdown;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
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
 *
 * <p>Every answer renders, quickly: the Markdown library parses and renders by recursion, so an answer nested
 * deeper than {@link #MAX_DEPTH} levels (lists, quotes, emphasis, links; stored before the importer capped
 * nesting), or longer than {@link #MAX_FORMATTED_CHARS} characters, is shown as escaped plain text under a note
 * saying why, and so is anything the library fails on. No answer can fail a page, the review queue or an export.
 * Thread-safe.
 */
public final class MarkdownRenderer {
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern ALIGN = Pattern.compile("left|center|right");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    /** Levels of nesting (blocks and inlines) formatted; deeper answers are shown as plain text. */
    public static final int MAX_DEPTH = 64;
    /** Longer answers are shown as plain text: formatting them would cost more than a page may take. */
    public static final int MAX_FORMATTED_CHARS = 100_000;

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

    /** The answer as sanitized HTML; empty input gives empty HTML. Never throws for any text. */
    public SafeHtml render(String markdown) {
        if (markdown == null || markdown.isBlank()) return new SafeHtml("");
        if (markdown.length() > MAX_FORMATTED_CHARS) {
            return plain(markdown, "This answer is %,d characters long, too long to format; it is shown as plain text."
                    .formatted(markdown.length()));
        }
        if (TextDepth.exceeds(markdown, MAX_DEPTH)) return plain(markdown, tooDeep());
        try {
            Node document = parser.parse(markdown);
            if (depth(document) > MAX_DEPTH) return plain(markdown, tooDeep());
            return new SafeHtml(policy.sanitize(renderer.render(document)));
        } catch (RuntimeException | StackOverflowError e) { // the library recursed too deep or failed: show the text
            return plain(markdown, "This answer could not be formatted; it is shown as plain text.");
        }
    }

    private static String tooDeep() {
        return "This answer is nested more than " + MAX_DEPTH + " levels deep, too deep to format; it is shown as plain text.";
    }

    /** The text escaped in a {@code <pre>}, under a note saying why. */
    private static SafeHtml plain(String text, String note) {
        var html = new StringBuilder(text.length() + text.length() / 16 + 160)
                .append("<p class=\"render-note\"><em>").append(note).append("</em></p>\n<pre class=\"unformatted\">");
        escape(text, html);
        return new SafeHtml(html.append("</pre>").toString());
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** The deepest level of the tree, found without recursion. */
    static int depth(Node root) {
        int max = 0, depth = 0;
        Node node = root;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                max = Math.max(max, ++depth);
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == root ? null : node.getNext();
        }
        return max;
    }
}
