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
import id.warta.site.Selection;
import id.warta.site.Site;
import id.warta.site.SiteBuilder;
import id.warta.site.SiteConfig;
import id.warta.site.SiteFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole build, top to bottom: read, parse, stop on errors, build the site model, render, write. Nothing is
 * written unless every step before writing succeeded. What earlier builds made is taken from a {@link BuildCache}
 * only where it is keyed by what it was made from; with {@link BuildCache#NONE} every build does everything.
 */
public final class Pipeline {
    private final BuildOptions options;
    private final BuildCache cache;
    /** Kept from build to build, so it remembers what its last commit left in the output folder. */
    private final SiteWriter writer;
    private final boolean preview;

    /** A one-off pipeline: nothing is kept between builds. */
    public Pipeline(BuildOptions options) {
        this(options, BuildCache.NONE);
    }

    /** A pipeline that takes what it can from {@code cache} and leaves in it what it made. */
    public Pipeline(BuildOptions options, BuildCache cache) {
        this(options, cache, false);
    }

    /**
     * A pipeline as {@link #Pipeline(BuildOptions, BuildCache)}; a {@code preview} one builds a site never published,
     * which needs no base URL, so it does not warn about one missing.
     */
    public Pipeline(BuildOptions options, BuildCache cache, boolean preview) {
        this.options = options;
        this.cache = cache;
        this.preview = preview;
        this.writer = new SiteWriter(options.output(), List.of(options.content(), options.templates(),
                Path.of("src"), Path.of("pom.xml")));
    }

    /** Builds the site; a failure leaves the output folder as it was. Not for two threads at once. */
    public BuildResult run() throws BuildFailedException {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        attempt(options.output(), () -> {
            writer.prepare();
            return null;
        }, problems);
        cache.begin(options.output(), Inputs.key(options), problems);
        try {
            Model model = model(new ArticleReading(options.content(), cache).read(problems), problems);
            stopOnErrors(problems);
            Renderer renderer = attempt(options.templates(), () -> renderer(model.site()), problems);
            SortedMap<String, byte[]> files = new TreeMap<>(model.images().files());
            files.putAll(attempt(options.templates(), () -> Assets.collect(options.templates()), problems));
            SiteWriter.Stats stats = write(renderer, model.site(), files, problems);
            cache.committed(problems);
            return new BuildResult(model.site().articleCount(), model.site().pages().size(), stats.written(),
                    stats.unchanged(), stats.deleted(), model.read().skipped(), model.noise(), warnings(problems),
                    (System.nanoTime() - start) / 1_000_000, model.leftOut());
        } catch (BuildFailedException | RuntimeException | Error e) {
            cache.failed();
            throw e;
        }
    }

    /**
     * What {@code warta check} looks at: every file read and parsed as {@link #run} reads it, and the problems of
     * reading, settings, images and the site model; nothing is rendered or written.
     */
    public CheckResult check() throws BuildFailedException {
        List<Problem> problems = new ArrayList<>();
        List<ArticleReading.Checked> listed = new ArticleReading(options.content(), BuildCache.NONE)
                .check(problems);
        List<ArticleReading.Checked> files = listed.stream().filter(f -> f.source() != null).toList();
        List<Article> articles = files.stream().map(ArticleReading.Checked::article)
                .filter(a -> !a.paragraphs().isEmpty()).toList();
        Settings settings = Settings.load(options, problems);
        LocalImages images = new LocalImages(options.content());
        List<Article> shown = images.localise(articles, java.util.Map.of(), problems);
        SiteConfig config = settings.withLogo(options.templates(), images, problems);
        Site site = new SiteBuilder(config, Selection.everything(Instant.MAX)).buildShown(shown);
        return new CheckResult(listed.size(), files.stream().map(f -> new CheckResult.File(f.source(),
                f.article())).toList(), problems, site.problems());
    }

    /** The parsed files, the settings, the images and the site model; stops on any error. */
    private Model model(ArticleReading.Result read, List<Problem> problems) throws BuildFailedException {
        Settings settings = Settings.load(options, problems);
        stopOnErrors(problems);
        Selection selection = new Selection(options.now() != null ? options.now() : Instant.now(), options.drafts(),
                options.future());
        List<Article> parsed = read.articles();
        List<Article> selected = selection.apply(parsed);
        LocalImages images = new LocalImages(options.content());
        List<Article> articles = images.localise(selected, read.imageLines(), problems);
        SiteConfig config = settings.withLogo(options.templates(), images, problems);
        if (!preview) {
            settings.warnWithoutBaseUrl(config, problems);
        }
        stopOnErrors(problems);
        Site site = new SiteBuilder(config, selection).withCardTheme(CardTheme.of(options.templates()))
                .withPages(new PageReading(options.content()).read(problems)).buildShown(articles);
        problems.addAll(site.problems());
        stopOnErrors(problems);
        return new Model(read, site, images, articles.stream().mapToInt(a -> a.noise().size()).sum(),
                LeftOut.of(parsed, selected, selection));
    }

    private record Model(ArticleReading.Result read, Site site, LocalImages images, int noise, LeftOut leftOut) { }

    /** The renderer, with every template a page uses loaded, so that a broken one stops the build here. */
    private Renderer renderer(Site site) throws RenderException {
        Renderer renderer = new Renderer(options.templates(), options.templates().toString());
        Set<String> templates = new LinkedHashSet<>();
        site.pages().forEach(page -> templates.add(page.template()));
        for (String template : templates) {
            renderer.load(template);
        }
        return renderer;
    }

    /**
     * Renders every page on all cores, straight to UTF-8 bytes, and hands each to the writer as soon as it is
     * made: the rendered site is never held in memory, and a failure leaves the old site as it was.
     */
    private SiteWriter.Stats write(Renderer renderer, Site site, SortedMap<String, byte[]> files,
                                   List<Problem> problems) throws BuildFailedException {
        WriteSession session = attempt(options.output(), writer::begin, problems);
        boolean committed = false;
        try {
            SiteWriter.Stats stats = attempt(options.output(), () -> {
                Parallel.forEach(site.pages(), page -> renderAndPut(renderer, session, page),
                        renderer::renderBytes);
                for (var file : files.entrySet()) {
                    session.put(file.getKey(), file.getValue());
                }
                Parallel.forEach(site.files(), file -> putFile(session, file), file -> null);
                return session.commit();
            }, problems);
            committed = true;
            return stats;
        } finally {
            if (!committed) {
                session.abort();
            }
        }
    }

    /** Renders a page unless the cache says the last build wrote it from an equal view and it is still there. */
    private Void renderAndPut(Renderer renderer, WriteSession session, Page page)
            throws RenderException, OutputException {
        Object view = page.model();
        String path = page.outputPath();
        if (cache.unchanged(path, page.template(), view) && session.keep(path)) {
            return null;
        }
        byte[] bytes = renderer.renderBytes(new Page(path, page.template(), view));
        session.put(path, bytes);
        cache.written(path, bytes.length);
        return null;
    }

    /**
     * Writes a generated file (a social card, a search shard) unless the cache says the last build wrote it from an
     * equal maker: a card's maker is a record of everything drawn on it, so equal makers give equal bytes.
     */
    private Void putFile(WriteSession session, SiteFile file) throws OutputException {
        String path = file.outputPath();
        if (cache.unchanged(path, "", file.bytes()) && session.keep(path)) {
            return null;
        }
        byte[] bytes = file.bytes().get();
        session.put(path, bytes);
        cache.written(path, bytes.length);
        return null;
    }

    /** One step that may fail the way the user must hear about. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }

    /**
     * Runs a step, turning each kind of failure into the problem the user sees and the build's exit cause: the
     * one place where exceptions become problems. {@code where} names the folder an output failure concerns.
     */
    private <T> T attempt(Path where, Step<T> step, List<Problem> problems) throws BuildFailedException {
        try {
            return step.run();
        } catch (ContentException e) {
            problems.add(e.problem());
            throw new BuildFailedException(BuildFailedException.Cause.CONTENT, problems);
        } catch (RenderException e) {
            problems.add(e.problem());
            throw new BuildFailedException(BuildFailedException.Cause.TEMPLATE, problems);
        } catch (OutputException e) {
            problems.add(Problem.error(where.toString(), 0, e.getMessage()));
            throw new BuildFailedException(where.equals(options.output()) ? BuildFailedException.Cause.of(e)
                    : BuildFailedException.Cause.TEMPLATE, problems);
        } catch (BuildFailedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("unexpected failure while building: " + e, e);
        }
    }

    private static void stopOnErrors(List<Problem> problems) throws BuildFailedException {
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new BuildFailedException(BuildFailedException.Cause.CONTENT, problems);
        }
    }

    private static List<Problem> warnings(List<Problem> problems) {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
