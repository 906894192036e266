package id.warta.pipeline;

import id.warta.model.Problem;
import id.warta.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The site's settings as a build uses them: site.yaml, then {@code --base-url}, then the publisher's logo. */
record Settings(SiteConfigLoader.Loaded loaded) {
    /** The theme's logo, copied with its assets, used when site.yaml names none. */
    private static final String THEME_LOGO = "assets/logo.png";

    /** site.yaml with {@code --base-url} applied; every problem of site.yaml goes to {@code problems}. */
    static Settings load(BuildOptions options, List<Problem> problems) {
        SiteConfigLoader.Loaded loaded = SiteConfigLoader.load(options.content(), problems);
        SiteConfig config = options.baseUrl() != null ? loaded.config().withBaseUrl(options.baseUrl())
                : loaded.config();
        return new Settings(new SiteConfigLoader.Loaded(config, loaded.fileName(), loaded.logoLine()));
    }

    /** The settings with the publisher's logo copied into the site, or the theme's when site.yaml names none. */
    SiteConfig withLogo(Path templates, LocalImages images, List<Problem> problems) {
        SiteConfig config = loaded.config();
        if (config.publisherLogo() == null) {
            // Search engines want a publisher logo in NewsArticle data: fall back to the theme's own.
            boolean themeLogo = Files.isRegularFile(templates.resolve(THEME_LOGO));
            return themeLogo ? config.withPublisher(config.publisherName(), THEME_LOGO) : config;
        }
        Path folder = Path.of(loaded.fileName()).toAbsolutePath().getParent();
        String logo = images.copy(config.publisherLogo(), folder, loaded.fileName(), loaded.logoLine(), problems);
        return config.withPublisher(config.publisherName(), logo);
    }

    /**
     * Canonical URLs, feeds and sitemaps need absolute URLs: say once that they were left out, naming the setting that
     * brings them. A missing site.yaml is not a problem in itself, so the warning then points at the content folder
     * and says where the setting goes instead of blaming a file that does not exist.
     */
    void warnWithoutBaseUrl(SiteConfig config, List<Problem> problems) {
        if (config.hasBaseUrl()) {
            return;
        }
        Path file = Path.of(loaded.fileName());
        if (Files.isRegularFile(file)) {
            problems.add(Problem.warning(loaded.fileName(), 0, "no base URL set, so canonical links, Open Graph URLs,"
                    + " feeds and sitemaps were left out; add `baseUrl: https://...` here or pass --base-url"));
            return;
        }
        Path folder = file.getParent();
        String where = folder == null ? "." : folder.toString().replace('\\', '/');
        problems.add(Problem.warning(where, 0, "no base URL set, so canonical links, Open Graph URLs, feeds and"
                + " sitemaps were left out; add `baseUrl: https://...` to " + loaded.fileName()
                + " (a new file) or pass --base-url"));
    }
}
