package id.warta.pipeline;

import id.warta.card.CardTheme;
import id.warta.content.ContentException;
import id.warta.model.Article;
import id.warta.model.Problem;
import id.warta.output.Assets;
import id.warta.output.OutputException;
import id.warta.output.SiteWriter;
import id.warta.output.WriteSession;
import id.warta.render.RenderException;
import id.warta.render.Renderer;
import id.warta.site.Page;
import id.warta.site.Site;
import id.warta.site.SiteFile;
import id.warta.site.SiteBuilder;
import id.warta.site.Selection;
import id.warta.site.SiteConfig;
import id.warta.site.SiteMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The whole build, top to bottom. Nothing is written unless every step before writing succeeded. */
public final class Pipeline {
    /** The theme's logo, copied with its assets, used when site.yaml names none. */
    private static final String THEME_LOGO = "assets/logo.png";

    private final BuildOptions options;
    private final ArticleReading reading;
    /** Null for one-off builds, which gain nothing from remembering views. */
    private final PageCache pageCache;
    /** What placing the articles worked out last time; a one-off build starts from nothing each time. */
    private final SiteMemory siteMemory;
    /**
     * The renderer of the last successful incremental build, its templates parsed: used again while no template
     * or asset changed (FreeMarker itself is told never to look for changes, so a changed template needs a new one).
     */
    private Renderer lastRenderer;
    /** What made each generated file of the last successful incremental build, by path; null when unknown. */
    private Map<String, Supplier<byte[]>> lastFiles;
    /** The incremental pipeline's writer, kept so it remembers what its last commit left in the output folder. */
    private SiteWriter incrementalWriter;

    /** A pipeline for one build (or several, each done from scratch). */
    public Pipeline(BuildOptions options) {
        this(options, false);
    }

    private Pipeline(BuildOptions options, boolean incremental) {
        this.options = options;
        this.reading = new ArticleReading(options.content(), incremental);
        this.pageCache = incremental ? new PageCache() : null;
        this.siteMemory = incremental ? new SiteMemory() : null;
    }

    /**
     * A pipeline for repeated builds of one site, as the preview server makes: it remembers parsed files (by size
     * and modification time) and each page's view, so a rebuild after one edit reads, renders and writes only what
     * changed. Not for use by two threads at once.
     */
    public static Pipeline incremental(BuildOptions options) {
        return new Pipeline(options, true);
    }

    public BuildResult run() throws BuildFailedException {
        return run(SourceChanges.unknown());
    }

    /**
     * Builds after the given changes: an incremental pipeline re-reads only the changed files when the changes
     * are complete, and after a failed build lists the content folder again whatever it is told.
     */
    public BuildResult run(SourceChanges changes) throws BuildFailedException {
        boolean done = false;
        try {
            BuildResult result = build(changes);
            done = true;
            return result;
        } finally {
            if (!done) {
                reading.forgetListing();
            }
        }
    }

    private BuildResult build(SourceChanges changes) throws BuildFailedException {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        SiteWriter writer = pageCache != null && incrementalWriter != null ? incrementalWriter
                : new SiteWriter(options.output(), List.of(options.content(), options.templates(),
                Path.of("src"), Path.of("pom.xml")));
        if (pageCache != null) {
            incrementalWriter = writer;
        }
        prepareOutput(writer);

        ArticleReading.Result reading = this.reading.read(problems, changes);
        List<Article> parsed = reading.articles();
        SiteConfigLoader.Loaded settings = loadSettings(problems);
        stopOnErrors(BuildFailedException.Cause.CONTENT, problems);

        Selection selection = new Selection(options.now() != null ? options.now() : Instant.now(), options.drafts(),
                options.future());
        LocalImages images = new LocalImages(options.content());
        List<Article> articles = images.localise(selection.apply(parsed), reading.imageLines(), problems);
        SiteConfig config = withLogo(settings, images, problems);
        if (siteMemory != null) {
            config = siteMemory.canonical(config);
        }
        warnWithoutBaseUrl(settings, config, problems);
        stopOnErrors(BuildFailedException.Cause.CONTENT, problems);

        SiteBuilder builder = new SiteBuilder(config, selection).withCardTheme(CardTheme.of(options.templates()));
        // A one-off build makes its site model on one core: meanwhile the other parses the templates and opens
        // the write session. (The preview server reuses its renderer and seldom waits for either.)
        RenderSetup setup = pageCache == null ? RenderSetup.start(options.templates(), writer) : null;
        Site site;
        try {
            site = siteMemory != null ? builder.buildShown(articles, siteMemory) : builder.build(articles);
            problems.addAll(site.problems());
            stopOnErrors(BuildFailedException.Cause.CONTENT, problems);
        } catch (BuildFailedException | RuntimeException | Error e) {
            if (setup != null) {
                setup.discard();
            }
            throw e;
        }

        SiteWriter.Stats stats = renderAndWrite(writer, setup, site, images.files(), problems);

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

    /**
     * Renders every page on all cores, straight to UTF-8 bytes, and hands each to the writer as soon as it is
     * made: the rendered site is never held in memory, and a failure leaves the old site as it was.
     */
    private SiteWriter.Stats renderAndWrite(SiteWriter writer, RenderSetup setup, Site site,
                                            SortedMap<String, byte[]> extraFiles, List<Problem> problems)
            throws BuildFailedException {
        Renderer renderer;
        SortedMap<String, byte[]> files = new TreeMap<>(extraFiles);
        WriteSession session;
        if (setup != null) {
            RenderSetup.Made made = setup.join();
            renderer = made.renderer();
            session = made.session();
            try {
                if (made.rendererFailure() != null) {
                    throw made.rendererFailure();
                }
                for (String template : templates(site)) {
                    RenderException failed = made.templateFailures().get(template);
                    if (failed != null) {
                        throw failed;
                    }
                    renderer.load(template);
                }
                if (made.assetsFailure() != null) {
                    throw made.assetsFailure();
                }
                files.putAll(made.assets());
            } catch (RenderException e) {
                setup.discard();
                problems.add(e.problem());
                throw new BuildFailedException(BuildFailedException.Cause.TEMPLATE, problems);
            } catch (OutputException e) {
                setup.discard();
                problems.add(Problem.error(options.templates().toString(), 0, e.getMessage()));
                throw new BuildFailedException(BuildFailedException.Cause.TEMPLATE, problems);
            } catch (RuntimeException | Error e) {
                setup.discard();
                throw e;
            }
            if (made.sessionFailure() != null) {
                problems.add(Problem.error(options.output().toString(), 0, made.sessionFailure().getMessage()));
                throw new BuildFailedException(BuildFailedException.Cause.of(made.sessionFailure()), problems);
            }
        } else {
            renderer = prepareRenderer(site, files, problems);
            session = beginSession(writer, problems);
        }
        try {
            List<Page> pages = site.pages();
            Parallel.<Integer, Exception>forEach(positions(pages.size()), index -> {
                renderAndPut(renderer, session, index, pages.get(index));
                return null;
            }, index -> renderer.renderBytes(pages.get(index)));
            for (var file : files.entrySet()) {
                session.put(file.getKey(), file.getValue());
            }
            putFiles(session, site.files());
            SiteWriter.Stats stats = session.commit();
            if (pageCache != null) {
                lastFiles = makers(site.files());
                pageCache.succeeded();
                lastRenderer = renderer;
            }
            return stats;
        } catch (RenderException e) {
            abort(session);
            problems.add(e.problem());
            throw new BuildFailedException(BuildFailedException.Cause.TEMPLATE, problems);
        } catch (OutputException e) {
            abort(session);
            problems.add(Problem.error(options.output().toString(), 0, e.getMessage()));
            throw new BuildFailedException(BuildFailedException.Cause.OUTPUT, problems);
        } catch (RuntimeException | Error e) {
            abort(session);
            throw e;
        } catch (Exception e) {
            abort(session);
            throw new IllegalStateException("unexpected failure while writing the site", e);
        }
    }

    /** The renderer of the preview server, with the templates the pages use loaded and the assets added. */
    private Renderer prepareRenderer(Site site, SortedMap<String, byte[]> files, List<Problem> problems)
            throws BuildFailedException {
        boolean sameTemplates = pageCache != null && pageCache.start(options.templates(), site.pages().size());
        try {
            Renderer renderer = sameTemplates && lastRenderer != null ? lastRenderer
                    : new Renderer(options.templates(), options.templates().toString());
            lastRenderer = null;
            for (String template : templates(site)) {
                renderer.load(template);
            }
            files.putAll(Assets.collect(options.templates()));
            return renderer;
        } catch (RenderException e) {
            forgetRendered();
            problems.add(e.problem());
            throw new BuildFailedException(BuildFailedException.Cause.TEMPLATE, problems);
        } catch (OutputException e) {
            forgetRendered();
            problems.add(Problem.error(options.templates().toString(), 0, e.getMessage()));
            throw new BuildFailedException(BuildFailedException.Cause.TEMPLATE, problems);
        }
    }

    private WriteSession beginSession(SiteWriter writer, List<Problem> problems) throws BuildFailedException {
        try {
            return writer.begin();
        } catch (OutputException e) {
            forgetRendered();
            problems.add(Problem.error(options.output().toString(), 0, e.getMessage()));
            throw new BuildFailedException(BuildFailedException.Cause.of(e), problems);
        }
    }

    /** 0 to {@code count - 1}: pages are handed out by position, which the page cache remembers them by. */
    private static List<Integer> positions(int count) {
        return java.util.stream.IntStream.range(0, count).boxed().toList();
    }

    /** The templates the pages use, each once: loading one is a map lookup at best, and there are 13,000 pages. */
    private static Set<String> templates(Site site) {
        Set<String> templates = new LinkedHashSet<>();
        String previous = null;
        for (Page page : site.pages()) {
            if (!page.template().equals(previous)) {
                previous = page.template();
                templates.add(previous);
            }
        }
        return templates;
    }

    /** Renders a page unless the last build rendered the same view with the same templates (preview server). */
    private void renderAndPut(Renderer renderer, WriteSession session, int index, Page page)
            throws RenderException, OutputException {
        if (pageCache == null) {
            session.put(page.outputPath(), renderer.renderBytes(page));
            return;
        }
        if (page.inputs() != null) {
            if (pageCache.unchanged(index, page.outputPath(), page.template(), page.inputs().get())
                    && session.keep(page.outputPath())) {
                return;
            }
            session.put(page.outputPath(), renderer.renderBytes(page));
            return;
        }
        Object model = page.model();
        if (pageCache.unchanged(index, page.outputPath(), page.template(), model)
                && session.keep(page.outputPath())) {
            return;
        }
        session.put(page.outputPath(), renderer.renderBytes(new Page(page.outputPath(), page.template(), model)));
    }

    /**
     * The generated files (social cards, search shards), made on all cores. The preview server keeps a file whose
     * maker equals last build's (a card of the same spec: a record) without making its bytes again.
     */
    private void putFiles(WriteSession session, List<SiteFile> generated) throws OutputException {
        Map<String, Supplier<byte[]>> last = lastFiles;
        Parallel.<SiteFile, OutputException>forEach(generated, file -> {
            if (last != null && file.bytes().equals(last.get(file.outputPath()))
                    && session.keep(file.outputPath())) {
                return null;
            }
            session.put(file.outputPath(), file.bytes().get());
            return null;
        }, file -> null);
    }

    private static Map<String, Supplier<byte[]>> makers(List<SiteFile> generated) {
        Map<String, Supplier<byte[]>> makers = new HashMap<>();
        for (SiteFile file : generated) {
            makers.put(file.outputPath(), file.bytes());
        }
        return makers;
    }

    private void abort(WriteSession session) {
        session.abort();
        forgetRendered();
    }

    private void forgetRendered() {
        lastFiles = null;
        if (pageCache != null) {
            pageCache.failed();
        }
    }

    private void prepareOutput(SiteWriter writer) throws BuildFailedException {
        try {
            writer.prepare();
        } catch (OutputException e) {
            throw new BuildFailedException(BuildFailedException.Cause.of(e),
                    List.of(Problem.error(options.output().toString(), 0, e.getMessage())));
        }
    }

    private static void stopOnErrors(BuildFailedException.Cause cause, List<Problem> problems)
            throws BuildFailedException {
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new BuildFailedException(cause, problems);
        }
    }
}
