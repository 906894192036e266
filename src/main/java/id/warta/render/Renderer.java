package id.warta.render;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.TemplateConfigurationFactory;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import id.warta.model.Problem;
import id.warta.site.Page;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one FreeMarker configuration of a build. {@code .ftlh} templates escape HTML, {@code .ftlx} templates XML and
 * {@code .ftlj} templates JSON strings automatically, so article text can never become markup; errors are rethrown, never printed into a page.
 */
public final class Renderer {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final Configuration configuration;
    private final String templatesLabel;
    /**
     * Templates by name, once loaded: templates never change during a build, and FreeMarker's own cache normalises
     * the name and checks its entry on every page. Templates are safe to share between threads.
     */
    private final Map<String, Template> loaded = new ConcurrentHashMap<>();

    /**
     * @param templatesDir the folder holding the templates
     * @param templatesLabel how to name that folder in messages ({@code templates})
     */
    public Renderer(Path templatesDir, String templatesLabel) throws RenderException {
        this.templatesLabel = templatesLabel;
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        try {
            config.setDirectoryForTemplateLoading(templatesDir.toFile());
        } catch (IOException e) {
            throw new RenderException(Problem.error(templatesLabel, 0,
                    "templates folder not found; restore it or pass --templates DIR"), e);
        }
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setOutputEncoding(StandardCharsets.UTF_8.name());
        config.setRecognizeStandardFileExtensions(true);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRegisteredCustomOutputFormats(java.util.List.of(JsonStringFormat.INSTANCE));
        config.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(plainTextFiles(), jsonFiles())
                .allowNoMatch(true));
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(INDONESIAN);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setAPIBuiltinEnabled(false);
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setObjectWrapper(new ViewWrapper());
        this.configuration = config;
    }

    /** {@code robots.txt.ftl} and the like make plain text: nothing to escape, and HTML escaping would harm it. */
    private static TemplateConfigurationFactory plainTextFiles() {
        TemplateConfiguration plain = new TemplateConfiguration();
        plain.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        return new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.txt.ftl"), plain);
    }

    /** {@code feed.ftlj} and the like make JSON: values are escaped as JSON string content. */
    private static TemplateConfigurationFactory jsonFiles() {
        TemplateConfiguration json = new TemplateConfiguration();
        json.setOutputFormat(JsonStringFormat.INSTANCE);
        return new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.ftlj"), json);
    }

    /** Renders one page to text. */
    public String render(Page page) throws RenderException {
        CharSink out = new CharSink(16_384);
        process(page, out);
        return out.toString();
    }

    /**
     * Renders one page to UTF-8 bytes: the page is collected as chars and encoded in one pass. Safe to call from
     * several threads at once.
     */
    public byte[] renderBytes(Page page) throws RenderException {
        CharSink out = new CharSink(16_384);
        process(page, out);
        return out.toUtf8();
    }

    private void process(Page page, Writer out) throws RenderException {
        Template template = load(page.template());
        try {
            template.process(Map.of("page", page.model()), out);
        } catch (TemplateException e) {
            throw new RenderException(Problem.error(templatesLabel + "/" + e.getTemplateSourceName(),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    describe(e) + " (while rendering " + page.outputPath() + ")"), e);
        } catch (IOException e) {
            throw new RenderException(Problem.error(templatesLabel + "/" + page.template(), 0,
                    "cannot be rendered: " + e.getMessage()), e);
        }
    }

    /** Loads and checks a template, so a broken one is reported before anything is written. */
    public Template load(String name) throws RenderException {
        Template known = loaded.get(name);
        if (known != null) {
            return known;
        }
        try {
            Template template = configuration.getTemplate(name);
            loaded.put(name, template);
            return template;
        } catch (ParseException e) {
            throw new RenderException(Problem.error(templatesLabel + "/" + name, e.getLineNumber(),
                    firstLine(e.getEditorMessage()) + "; fix the template syntax"), e);
        } catch (IOException e) {
            throw new RenderException(Problem.error(templatesLabel + "/" + name, 0,
                    "template not found or unreadable; restore it in the templates folder"), e);
        }
    }

    /** FreeMarker's first line, plus the expression it blames, which its first line leaves out. */
    private static String describe(TemplateException e) {
        String message = firstLine(e.getMessageWithoutStackTop());
        String blamed = e.getBlamedExpressionString();
        if (blamed != null && !message.contains(blamed)) {
            message = message.replaceAll(":$", "") + ": `" + blamed + "`";
        }
        return message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
