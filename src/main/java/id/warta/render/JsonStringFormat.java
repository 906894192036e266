package id.warta.render;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * The output format of {@code .ftlj} templates (JSON such as {@code feed.json}): every {@code ${...}} is escaped
 * as the inside of a JSON string by Jackson's encoder, so a template writes {@code "title": "${item.title}"} and
 * article text can never end the string or change the document's structure.
 */
public final class JsonStringFormat extends CommonMarkupOutputFormat<JsonStringFormat.Json> {
    public static final JsonStringFormat INSTANCE = new JsonStringFormat();

    private JsonStringFormat() {
    }

    @Override
    public String getName() {
        return "JSONString";
    }

    @Override
    public String getMimeType() {
        return "application/json";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(plainTextContent));
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Json newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Json(plainTextContent, markupContent);
    }

    /** A piece of JSON string content, escaped or still to be. */
    public static final class Json extends CommonTemplateMarkupOutputModel<Json> {
        Json(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public JsonStringFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
