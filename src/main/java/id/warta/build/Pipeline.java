package id.warta.build;

import id.warta.content.ContentException;
import id.warta.content.ContentReader;
import id.warta.content.SourceFile;
import id.warta.html.HtmlSource;
import id.warta.model.Article;
import id.warta.model.Problem;
import id.warta.output.Assets;
import id.warta.output.OutputException;
import id.warta.output.SiteWriter;
import id.warta.parse.ArticleParser;
import id.warta.render.RenderException;
import id.warta.render.Renderer;
import id.warta.site.Page;
import id.warta.site.Site;
import id.warta.site.SiteBuilder;
import id.warta.site.Selection;
import id.warta.site.SiteConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The whole build, top to bottom. Nothing is written unless every step before writing succeeded. */
public final class Pipeline {
    /** The theme's logo, copied with its assets, used when site.yaml names none. */
    private static final String THEME_LOGO = "assets/logo.png";

    private final BuildOptions options;

    public Pipeline(BuildOptions options) {
        this.options = options;
    }

    public BuildResult run() throws BuildFailedException {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        SiteWriter writer = new SiteWriter(options.output(), List.of(options.content(), options.templates(),
                Path.of("src"), Path.of("pom.xml")));
        prepareOutput(writer);

        Reading reading = read(problems);
        List<Article> parsed = parse(reading.sources(), problems);
        SiteConfigLoader.Loaded settings = loadSettings(problems);
        stopOnErrors(BuildFailedException.Cause.CONTENT, problems);

        Selection selection = new Selection(options.now() != null ? options.now() : Instant.now(), options.drafts(),
                options.future());
        LocalImages images = new LocalImages(options.content());
        List<Article> articles = images.localise(selection.apply(parsed), reading.sources(), problems);
        SiteConfig config = withLogo(settings, images, problems);
        warnWithoutBaseUrl(settings, config, problems);
        stopOnErrors(BuildFailedException.Cause.CONTENT, problems);

        Site site = new SiteBuilder(config, selection).build(articles);
        problems.addAll(site.problems());
        stopOnErrors(BuildFailedException.Cause.CONTENT, problems);

        SortedMap<String, byte[]> files = render(site, problems);
        files.putAll(images.files());
        SiteWriter.Stats stats = write(writer, files, problems);

        int noise = articles.stream().mapToInt(a -> a.noise().size()).sum();
        List<Problem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        return new BuildResult(site.articleCount(), site.pages().size(), stats.written(), stats.unchanged(),
                stats.deleted(), reading.skipped(), noise, warnings, (System.nanoTime() - start) / 1_000_000);
    }

    private SiteConfigLoader.Loaded loadSettings(List<Problem> problems) {
        try {
            SiteConfigLoader.Loaded loaded = SiteConfigLoader.load(options.content());
            SiteConfig config = options.baseUrl() != null ? loaded.config().withBaseUrl(options.baseUrl())
                    : loaded.config();
            return new SiteConfigLoader.Loaded(config, loaded.fileName(), loaded.logoLine());
        } catch (ContentException e) {
            problems.add(e.problem());
            return new SiteConfigLoader.Loaded(SiteConfig.defaults(), SiteConfigLoader.FILE_NAME, 0);
        }
    }

    private SiteConfig withLogo(SiteConfigLoader.Loaded settings, LocalImages images, List<Problem> problems) {
        SiteConfig config = settings.config();
        if (config.publisherLogo() == null) {
            // Search engines want a publisher logo in NewsArticle data: fall back to the theme's own.
            boolean themeLogo = Files.isRegularFile(options.templates().resolve(THEME_LOGO));
            return themeLogo ? config.withPublisher(config.publisherName(), THEME_LOGO) : config;
        }
        Path folder = Path.of(settings.fileName()).toAbsolutePath().getParent();
        String logo = images.copy(config.publisherLogo(), folder, settings.fileName(), settings.logoLine(), problems);
        return config.withPublisher(config.publisherName(), logo);
    }

    /** Canonical URLs, feeds and sitemaps need absolute URLs: say once that they were left out, and how to get them. */
    private static void warnWithoutBaseUrl(SiteConfigLoader.Loaded settings, SiteConfig config,
                                           List<Problem> problems) {
        if (!config.hasBaseUrl()) {
            problems.add(Problem.warning(settings.fileName(), 0, "no base URL, so canonical links, Open Graph URLs,"
                    + " feeds and sitemaps were left out; set `baseUrl:` here or pass --base-url"));
        }
    }

    private record Reading(List<SourceFile> sources, int skipped) { }

    private Reading read(List<Problem> problems) throws BuildFailedException {
        ContentReader reader = new ContentReader(options.content(), java.util.Map.of(".html", HtmlSource::read));
        List<Path> paths;
        try {
            paths = reader.listArticles();
        } catch (ContentException e) {
            throw new BuildFailedException(BuildFailedException.Cause.CONTENT, List.of(e.problem()));
        }
        List<SourceFile> sources = new ArrayList<>();
        int skipped = 0;
        for (Path path : paths) {
            ContentReader.Result result = reader.read(path);
            problems.addAll(result.problems());
            SourceFile source = result.file();
            if (source == null) {
                continue;
            }
            if (source.isBlank()) {
                problems.add(Problem.warning(source.name(), 0, "is empty and was skipped; write an article in it"
                        + " or delete it"));
                skipped++;
            } else {
                sources.add(source);
            }
        }
        return new Reading(sources, skipped);
    }

    private List<Article> parse(List<SourceFile> sources, List<Problem> problems) {
        ArticleParser parser = new ArticleParser();
        List<Article> articles = new ArrayList<>();
        for (SourceFile source : sources) {
            Article article = parser.parse(source);
            problems.addAll(article.problems());
            articles.add(article);
        }
        return articles;
    }

    private SortedMap<String, byte[]> render(Site site, List<Problem> problems) throws BuildFailedException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            Renderer renderer = new Renderer(options.templates(), options.templates().toString());
            for (Page page : site.pages()) {
                renderer.load(page.template());
            }
            for (Page page : site.pages()) {
                files.put(page.outputPath(), renderer.render(page).getBytes(StandardCharsets.UTF_8));
            }
            files.putAll(Assets.collect(options.templates()));
        } catch (RenderException e) {
            problems.add(e.problem());
            throw new BuildFailedException(BuildFailedException.Cause.TEMPLATE, problems);
        } catch (OutputException e) {
            problems.add(Problem.error(options.templates().toString(), 0, e.getMessage()));
            throw new BuildFailedException(BuildFailedException.Cause.TEMPLATE, problems);
        }
        return files;
    }

    private void prepareOutput(SiteWriter writer) throws BuildFailedException {
        try {
            writer.prepare();
        } catch (OutputException e) {
            throw new BuildFailedException(BuildFailedException.Cause.OUTPUT,
                    List.of(Problem.error(options.output().toString(), 0, e.getMessage())));
        }
    }

    private SiteWriter.Stats write(SiteWriter writer, SortedMap<String, byte[]> files, List<Problem> problems)
            throws BuildFailedException {
        try {
            return writer.write(files);
        } catch (OutputException e) {
            problems.add(Problem.error(options.output().toString(), 0, e.getMessage()));
            throw new BuildFailedException(BuildFailedException.Cause.OUTPUT, problems);
        }
    }

    private static void stopOnErrors(BuildFailedException.Cause cause, List<Problem> problems)
            throws BuildFailedException {
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new BuildFailedException(cause, problems);
        }
    }
}
