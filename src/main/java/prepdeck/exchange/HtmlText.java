package prepdeck.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Anki field's HTML as the plain text (light Markdown) our cards hold: paragraphs, line breaks and
 * list items become lines, {@code <code>} becomes backticks, other markup goes, entities are decoded.
 */
public final class HtmlText {
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6]|tr|pre)>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li[^>]*>");
    private static final Pattern CODE = Pattern.compile("(?i)</?code[^>]*>");
    /** A block of code, as the web's renderer writes a fence: {@code <pre><code class="language-js">…</code></pre>}. */
    private static final Pattern PRE = Pattern.compile("(?is)<pre[^>]*>\\s*<code([^>]*)>(.*?)</code>\\s*</pre>");
    private static final Pattern LANGUAGE = Pattern.compile("(?i)class=\"[^\"]*language-([\\w+#-]+)");
    private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

    private HtmlText() {}

    public static String toText(String html) {
        String text = DROPPED.matcher(html).replaceAll("");
        // a block of code stays a fenced block (its lines and language kept), not one long inline span
        text = PRE.matcher(text).replaceAll(m -> {
            var lang = LANGUAGE.matcher(m.group(1));
            String code = TAG.matcher(m.group(2)).replaceAll("").replaceAll("\n+$", "");
            return Matcher.quoteReplacement("\n```" + (lang.find() ? lang.group(1) : "") + "\n" + code + "\n```\n");
        });
        text = ITEM.matcher(text).replaceAll("- ");
        text = BREAK.matcher(text).replaceAll("\n");
        text = CODE.matcher(text).replaceAll("`");
        text = TAG.matcher(text).replaceAll("");
        text = decode(text);
        text = text.replace('\u00a0', ' ').replace("\r", "");
        text = text.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("");
        return text.replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> {
                    if (!name.startsWith("#")) yield m.group();
                    try {
                        int cp = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                                : Integer.parseInt(name.substring(1));
                        yield Character.isValidCodePoint(cp) ? Character.toString(cp) : m.group();
                    } catch (NumberFormatException e) {
                        yield m.group();
                    }
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
