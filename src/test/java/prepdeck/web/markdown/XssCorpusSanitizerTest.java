package prepdeck.web.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import prepdeck.testing.XssCorpus;

/**
 * Every payload of the XSS corpus, in every Markdown context a note can put it in, through the renderer and
 * sanitizer the pages use: what comes out is only the markup the policy allows. Fast (no browser); the
 * browser test {@code prepdeck.main.XssBrowserTest} checks that nothing runs in the real pages.
 */
class XssCorpusSanitizerTest {
    private static final String HIT = "http://127.0.0.1:9/xss-hit";
    private static final Set<String> TAGS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "ul", "ol", "li", "strong", "em", "del", "s", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "a");
    private static final Map<String, Pattern> ATTRIBUTES = Map.of(
            "class", Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}"),
            "align", Pattern.compile("left|center|right"),
            "start", Pattern.compile("[0-9]{1,9}"),
            "rel", Pattern.compile("((nofollow|noopener|noreferrer) ?){3}"),
            // a title is inert text: any character may be in it once the raw markup kept it quoted
            "title", Pattern.compile("(?s).*"),
            // where a link goes is checked as the browser reads it: entities decoded, tabs and newlines dropped
            // (a relative address stays on this server, so only a scheme other than these is refused)
            "href", Pattern.compile("(?is)(https?://|mailto:|(?![a-z][a-z0-9+.-]*:)).*"));
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)((?:\\s+[a-zA-Z-]+=\"[^\"<>]*\")*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);?");
    /** What a script or a fetch needs, in the names of an element or its attributes. */
    private static final Pattern DANGER = Pattern.compile("(?i)<\\s*/?\\s*(script|iframe|frame|object|embed|svg|math|base|meta|form|style|link|img|image"
            + "|video|audio|source|input|button|textarea|select|details|body|template|marquee|portal|applet)\\b"
            + "|\\son[a-z]+\\s*=|(java|vb|live)script\\s*:|\\bdata\\s*:|style\\s*=|expression\\s*\\(|url\\s*\\(|srcdoc|formaction|hx-|src\\s*=");

    /** The places a note can put a payload. */
    static final List<Function<String, String>> CONTEXTS = List.of(
            p -> p,
            p -> "# " + p,
            p -> "## Question " + p + "\n\n" + p + "\n",
            p -> "- " + p + "\n- second " + p,
            p -> "1. " + p + "\n2. " + p,
            p -> "> " + p,
            p -> "| " + p + " | x |\n|---|---|\n| " + p + " | y |",
            p -> "[" + p + "](https://example.invalid \"" + p + "\")",
            p -> "`" + p + "`",
            p -> "```python\n" + p + "\n```",
            p -> "```" + p + "\ncode\n```",
            p -> "    " + p,
            p -> "**" + p + "** and _" + p + "_",
            p -> "Term — " + p,
            p -> "text\n" + p + "\nmore text\n\n" + p);

    @Test
    void noPayloadInAnyContextLeavesScriptCapableMarkup() {
        var renderer = new MarkdownRenderer();
        var payloads = XssCorpus.load();
        assertThat(payloads).as("corpus size").hasSizeGreaterThan(300);
        var failures = new ArrayList<String>();
        for (var payload : payloads) {
            String text = payload.text(HIT);
            for (int c = 0; c < CONTEXTS.size(); c++) {
                String markdown = CONTEXTS.get(c).apply(text);
                String html = renderer.render(markdown).html();
                String problem = problem(html);
                if (problem != null) failures.add("#" + payload.id() + " (" + payload.category() + ") in context " + c + ": " + problem
                        + "\n  markdown: " + markdown + "\n  html: " + html);
            }
        }
        // All payloads concatenated too: one payload's unclosed quote or tag must not turn the next into markup.
        String all = String.join("\n", payloads.stream().map(p -> p.text(HIT)).toList());
        String problem = problem(renderer.render(all).html());
        if (problem != null) failures.add("all payloads together: " + problem);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void theCheckerItselfCatchesWhatItLooksFor() {
        assertThat(problem("<p>fine <a href=\"https://x.invalid\" rel=\"nofollow noopener noreferrer\">x</a> &lt;script&gt;</p>")).isNull();
        assertThat(problem("<script>x</script>")).isNotNull();
        assertThat(problem("<a href=\"javascript:x\">x</a>")).isNotNull();
        assertThat(problem("<a href=\"&#106;avascript:x\">x</a>")).isNotNull();
        assertThat(problem("<p onclick=\"x\">x</p>")).isNotNull();
        assertThat(problem("<img src=\"x\">")).isNotNull();
        assertThat(problem("<code class=\"x onerror\">x</code>")).isNotNull();
        assertThat(problem("<p>a < b</p>")).isNotNull();
    }

    /** Why {@code html} is not acceptable, or null when it is. */
    static String problem(String html) {
        int at = 0;
        while ((at = html.indexOf('<', at)) >= 0) {
            // the sanitizer splits "{{" with an empty comment so that no client-side template reads it
            if (html.startsWith("<!-- -->", at)) {
                at += 8;
                continue;
            }
            Matcher tag = TAG.matcher(html);
            if (!tag.find(at) || tag.start() != at) return "a '<' that opens no well-formed allowed tag at " + at;
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!TAGS.contains(name)) return "element <" + name + ">";
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String key = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = decode(attribute.group(2));
                Pattern allowed = ATTRIBUTES.get(key);
                if (allowed == null) return "attribute " + key + " on <" + name + ">";
                if (!allowed.matcher(value).matches()) return "attribute " + key + "=\"" + value + "\" on <" + name + ">";
            }
            // Values were checked above and cannot end their quotes (the tag pattern allows no raw quote in them),
            // so what is left to check is the names of the element and its attributes.
            String markup = tag.group().replaceAll("=\"[^\"]*\"", "=\"\"");
            if (DANGER.matcher(markup).find()) return "dangerous markup " + tag.group();
            at = tag.end();
        }
        return null;
    }

    /** Numeric and the common named entities, as a browser would read them in an attribute. */
    static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        var out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String with;
            if (e.startsWith("#x") || e.startsWith("#X")) with = Character.toString(Integer.parseInt(e.substring(2), 16));
            else if (e.startsWith("#")) with = Character.toString(Integer.parseInt(e.substring(1)));
            else with = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "colon" -> ":";
                case "Tab" -> "\t";
                case "NewLine" -> "\n";
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(with));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[\\t\\n\\r]", "");
    }
}
