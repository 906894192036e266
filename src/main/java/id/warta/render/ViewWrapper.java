package id.warta.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import id.warta.site.ScriptJson;

/**
 * Exposes view records to templates. Structured data arrives as {@link ScriptJson}, already escaped for a
 * {@code <script>} element, and is handed over as HTML markup: so no template ever needs to turn escaping off,
 * and every other value stays plain text that auto-escaping handles.
 */
final class ViewWrapper extends DefaultObjectWrapper {

    ViewWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof ScriptJson json) {
            return HTMLOutputFormat.INSTANCE.fromMarkup(json.text());
        }
        return super.wrap(object);
    }
}
