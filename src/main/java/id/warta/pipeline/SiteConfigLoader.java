package id.warta.pipeline;

import id.warta.content.ContentException;
import id.warta.content.SettingsFile;
import id.warta.content.YamlFields;
import id.warta.model.Problem;
import id.warta.site.Permalinks;
import id.warta.site.SiteConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the optional {@code site.yaml} at the top of the content folder into {@link SiteConfig}. Every key is
 * optional; an unknown key or a wrong value is an error naming its line, so a typo never goes unnoticed.
 */
public final class SiteConfigLoader {
    public static final String FILE_NAME = SettingsFile.FILE_NAME;
    static final List<String> KEYS = List.of("title", "description", "baseUrl", "language", "timezone", "publisher",
            "perPage", "feedSize", "wordsPerMinute", "permalink", "socialCards",
            "sections", "entityThreshold");
    static final List<String> PUBLISHER_KEYS = List.of("name", "logo");

    /**
     * The settings, and where the publisher's logo was given (for messages about it).
     *
     * @param config the settings
     * @param fileName how to name site.yaml in messages
     * @param logoLine the line of {@code publisher.logo}, or 0
     */
    public record Loaded(SiteConfig config, String fileName, int logoLine) { }

    private SiteConfigLoader() {
    }

    /**
     * Reads {@code contentDir/site.yaml} when present, defaults otherwise; every problem goes to {@code problems},
     * and a wrong value is replaced by its default so that the next ones are checked too.
     */
    public static Loaded load(Path contentDir, List<Problem> problems) {
        SettingsFile file;
        try {
            file = SettingsFile.read(contentDir);
        } catch (ContentException e) {
            problems.add(e.problem());
            return new Loaded(SiteConfig.defaults(), e.problem().file(), 0);
        }
        if (file.text() == null) {
            return new Loaded(SiteConfig.defaults(), file.name(), 0);
        }
        return parse(file.name(), file.text(), problems);
    }

    /** Reads {@code contentDir/site.yaml} when present; defaults otherwise; the first problem is thrown. */
    public static Loaded load(Path contentDir) throws ContentException {
        List<Problem> problems = new ArrayList<>();
        Loaded loaded = load(contentDir, problems);
        throwFirst(problems);
        return loaded;
    }

    /** Reads site.yaml's text; {@code name} is used in messages; the first problem is thrown. */
    public static Loaded parse(String name, String yaml) throws ContentException {
        List<Problem> problems = new ArrayList<>();
        Loaded loaded = parse(name, yaml, problems);
        throwFirst(problems);
        return loaded;
    }

    /** Reads site.yaml's text, collecting every problem. */
    public static Loaded parse(String name, String yaml, List<Problem> problems) {
        YamlFields fields;
        try {
            fields = YamlFields.parse(name, yaml, 1);
        } catch (ContentException e) {
            problems.add(e.problem());
            return new Loaded(SiteConfig.defaults(), name, 0);
        }
        checkKeys(name, fields, KEYS, "", problems);
        SiteConfig defaults = SiteConfig.defaults();
        String title = text(fields, "title", defaults.title());
        YamlFields publisher = nested(name, fields, "publisher", problems);
        int logoLine = 0;
        String publisherName = title;
        String logo = null;
        if (publisher != null) {
            checkKeys(name, publisher, PUBLISHER_KEYS, "publisher.", problems);
            publisherName = text(publisher, "name", title);
            logo = publisher.text("logo");
            logoLine = logo == null ? 0 : publisher.get("logo").line();
        }
        SiteConfig config = new SiteConfig(title, text(fields, "description", defaults.description()),
                checked(problems, () -> baseUrl(name, fields), null),
                checked(problems, () -> language(name, fields), defaults.language()),
                checked(problems, () -> zone(name, fields), SiteConfig.JAKARTA),
                checked(problems, () -> number(name, fields, "wordsPerMinute", 200), 200), publisherName, logo,
                checked(problems, () -> number(name, fields, "perPage", 20), 20),
                checked(problems, () -> number(name, fields, "feedSize", 50), 50),
                checked(problems, () -> permalink(name, fields), SiteConfig.DEFAULT_PERMALINK),
                checked(problems, () -> flag(name, fields, "socialCards", true), true))
                .withEntityThreshold(checked(problems, () -> number(name, fields, "entityThreshold",
                        SiteConfig.DEFAULT_ENTITY_THRESHOLD), SiteConfig.DEFAULT_ENTITY_THRESHOLD));
        config = config.withSections(checked(problems, () -> sections(name, fields), List.of()));
        return new Loaded(config, name, logoLine);
    }

    /** One setting's value, or its default after noting what is wrong with it. */
    private interface Setting<T> {
        T read() throws ContentException;
    }

    private static <T> T checked(List<Problem> problems, Setting<T> setting, T fallback) {
        try {
            return setting.read();
        } catch (ContentException e) {
            problems.add(e.problem());
            return fallback;
        }
    }

    private static void throwFirst(List<Problem> problems) throws ContentException {
        for (Problem problem : problems) {
            if (problem.isError()) {
                throw new ContentException(problem);
            }
        }
    }

    private static void checkKeys(String name, YamlFields fields, List<String> known, String prefix,
                                  List<Problem> problems) {
        for (Map.Entry<String, YamlFields.Field> entry : fields.fields().entrySet()) {
            if (!known.contains(entry.getKey())) {
                problems.add(Problem.error(name, entry.getValue().line(), "unknown setting `" + prefix
                        + entry.getKey() + "`; known settings are " + prefix + String.join(", " + prefix, known)));
            }
        }
    }

    private static YamlFields nested(String name, YamlFields fields, String key, List<Problem> problems) {
        YamlFields.Field field = fields.get(key);
        if (field == null) {
            return null;
        }
        if (field.nested() == null) {
            problems.add(Problem.error(name, field.line(), "`" + key + "` must hold `name:` and"
                    + " `logo:` on indented lines below it"));
        }
        return field.nested();
    }
    private static String text(YamlFields fields, String key, String fallback) {
        String value = fields.text(key);
        return value == null ? fallback : value;
    }

    private static String baseUrl(String name, YamlFields fields) throws ContentException {
        String value = fields.text("baseUrl");
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getFragment() == null) {
                return value.endsWith("/") ? value : value + "/";
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ContentException(Problem.error(name, fields.get("baseUrl").line(), "`baseUrl` must be an absolute"
                + " http(s) URL such as https://berita.example.id/, not `" + value + "`"));
    }

    private static String language(String name, YamlFields fields) throws ContentException {
        String value = text(fields, "language", "id");
        if (!value.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new ContentException(Problem.error(name, fields.get("language").line(), "`language` must be a"
                    + " language tag such as `id` or `id-ID`, not `" + value + "`"));
        }
        return value;
    }

    private static ZoneId zone(String name, YamlFields fields) throws ContentException {
        String value = fields.text("timezone");
        if (value == null) {
            return SiteConfig.JAKARTA;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new ContentException(Problem.error(name, fields.get("timezone").line(), "`timezone` must be a"
                    + " zone such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura, not `" + value + "`"));
        }
    }

    private static int number(String name, YamlFields fields, String key, int fallback) throws ContentException {
        String value = fields.text(key);
        if (value == null) {
            return fallback;
        }
        if (!value.matches("\\d{1,5}") || Integer.parseInt(value) < 1) {
            throw new ContentException(Problem.error(name, fields.get(key).line(), "`" + key + "` must be a whole"
                    + " number from 1 to 99999, not `" + value + "`"));
        }
        return Integer.parseInt(value);
    }

    private static boolean flag(String name, YamlFields fields, String key, boolean fallback)
            throws ContentException {
        String value = fields.text(key);
        if (value == null) {
            return fallback;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new ContentException(Problem.error(name, fields.get(key).line(), "`" + key + "` must be true or"
                    + " false, not `" + value + "`"));
        }
        return Boolean.parseBoolean(value);
    }

    /** The masthead's sections in order: a list of names such as {@code [Nasional, Ekonomi]}. */
    private static List<String> sections(String name, YamlFields fields) throws ContentException {
        YamlFields.Field field = fields.get("sections");
        if (field == null || field.text() != null && field.text().isBlank()) {
            return List.of();
        }
        if (field.text() != null || field.nested() != null || field.list().stream().anyMatch(String::isBlank)) {
            throw new ContentException(Problem.error(name, field.line(), "`sections` must be a list of section"
                    + " names such as [Nasional, Ekonomi, Olahraga]"));
        }
        return field.list().stream().map(String::strip).toList();
    }

    private static String permalink(String name, YamlFields fields) throws ContentException {
        String value = text(fields, "permalink", SiteConfig.DEFAULT_PERMALINK);
        String problem = Permalinks.problemWith(value);
        if (problem != null) {
            throw new ContentException(Problem.error(name, fields.get("permalink").line(), problem));
        }
        return value;
    }
}
