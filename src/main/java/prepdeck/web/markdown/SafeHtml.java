package prepdeck.web.markdown;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.util.Objects;

/**
 * HTML that went through the sanitizer, so templates may write it as is.
 * Only {@link MarkdownRenderer} makes one; a template writing {@code ${html}} gets it unescaped.
 */
public final class SafeHtml implements Content {
    /** Nothing to show. */
    public static final SafeHtml NONE = new SafeHtml("");

    private final String html;

    SafeHtml(String html) {
        this.html = Objects.requireNonNull(html);
    }

    public String html() {
        return html;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(html);
    }

    @Override
    public boolean isEmptyContent() {
        return html.isBlank();
    }

    @Override
    public String toString() {
        return html;
    }
}
