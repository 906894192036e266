package id.warta.site;

import id.warta.model.Article;
import id.warta.render.Renderer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A site built by {@link SiteBuilder} and rendered with the real templates, as path → text. */
record RenderedSite(Site site, Map<String, String> files) {

    static RenderedSite build(SiteConfig config, Selection selection, List<Article> articles) throws Exception {
        return render(new SiteBuilder(config, selection).build(articles));
    }

    static RenderedSite render(Site site) throws Exception {
        Renderer renderer = new Renderer(Path.of("templates"), "templates");
        Map<String, String> files = new TreeMap<>();
        for (Page page : site.pages()) {
            files.put(page.outputPath(), renderer.render(page));
        }
        return new RenderedSite(site, files);
    }

    String file(String path) {
        String text = files.get(path);
        if (text == null) {
            throw new AssertionError(path + " was not built; built: " + files.keySet());
        }
        return text;
    }

    Document html(String path) {
        return Jsoup.parse(file(path));
    }

    org.w3c.dom.Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file(path).getBytes(StandardCharsets.UTF_8)));
    }

    <T> T model(String path, Class<T> type) {
        return site.pages().stream().filter(p -> p.outputPath().equals(path)).findFirst()
                .map(p -> type.cast(p.model())).orElseThrow(() -> new AssertionError(path + " was not built"));
    }
}
