package prepdeck.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The precompiled jte templates of src/main/jte; HTML output escapes every value unless it is SafeHtml. */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String template, String param, Object value) {
        var out = new StringOutput();
        engine.render(template, Map.of(param, value), out);
        return out.toString();
    }
}
