package prepdeck.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The precompiled jte templates of src/main/jte; HTML output escapes every value unless it is SafeHtml. */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String template, String param, Object value) {
        return render(template, Map.of(param, value));
    }

    /** Parameters a template does not declare are left unused, so every page can be given the same ones. */
    String render(String template, Map<String, Object> params) {
        var out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }
}
