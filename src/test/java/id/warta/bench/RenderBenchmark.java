package id.warta.bench;

import id.warta.content.ContentException;
import id.warta.content.SourceFiles;
import id.warta.model.Article;
import id.warta.parse.ArticleParser;
import id.warta.render.RenderException;
import id.warta.render.Renderer;
import id.warta.site.Page;
import id.warta.site.SiteBuilder;
import id.warta.site.SiteConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Article pages rendered per second through the real {@code templates/} with the one FreeMarker configuration,
 * one page per operation, on one thread (a build renders on all cores). The pages come from generated articles through the parser and the site builder, as in
 * a build; run from the project root so {@code templates/} is found.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class RenderBenchmark {

    @Param("500")
    public int articles;

    private Renderer renderer;
    private List<Page> pages;
    private int next;

    @Setup
    public void buildSite() throws ContentException, RenderException {
        CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, articles);
        ArticleParser parser = new ArticleParser();
        List<Article> parsed = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            parsed.add(parser.parse(SourceFiles.fromText(corpus.wartaFileName(i), corpus.warta(i))));
        }
        SiteConfig config = SiteConfig.defaults().withBaseUrl("https://bench.example/");
        pages = new SiteBuilder(config).build(parsed).pages().stream()
                .filter(page -> page.template().equals("article.ftlh"))
                .toList();
        renderer = new Renderer(Path.of("templates"), "templates");
    }

    /** One article page as a build makes it: its view (made lazily), then the template, straight to UTF-8 bytes. */
    @Benchmark
    public byte[] articlePage() throws RenderException {
        return renderer.renderBytes(nextPage());
    }

    /** The view alone (related articles, read-also links, JSON-LD), to tell it from the template's share. */
    @Benchmark
    public Object articleView() {
        return nextPage().model();
    }

    private Page nextPage() {
        Page page = pages.get(next);
        next = next + 1 == pages.size() ? 0 : next + 1;
        return page;
    }
}
