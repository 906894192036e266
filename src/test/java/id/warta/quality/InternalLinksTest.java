package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every link inside the built site reaches a file, with and without --base-url; nothing calls outside hosts. */
class InternalLinksTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.warta.quality.BuiltSite#shared")
    void everyInternalLinkResolvesToAFileOfTheSite(BuiltSite site) {
        List<String> problems = new SiteLinks(site).problems();
        assertTrue(problems.isEmpty(), () -> problems.size() + " link problem(s):\n" + String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.warta.quality.BuiltSite#shared")
    void siteHasItsHomeAndNotFoundPages(BuiltSite site) {
        assertTrue(Files.isRegularFile(site.root().resolve("index.html")), site + ": index.html missing");
        assertTrue(Files.isRegularFile(site.root().resolve("404.html")), site + ": 404.html missing");
    }

    @Test
    void checkerCatchesMissingFilesMissingFragmentsAndUnmentionedHosts(@TempDir Path tmp) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("a.txt"), "Lihat https://sumber.example.com/asal untuk berita asli.\n");
        Path root = Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(root.resolve("berita"));
        Files.writeString(root.resolve("berita/index.html"), "<h1 id=judul>Judul</h1>");
        Files.writeString(root.resolve("index.html"), """
                <a href="berita/">ada</a> <a href="berita/#judul">ada</a> <a href="#konten">tidak ada</a>
                <a href="hilang/index.html">hilang</a> <img src="gambar.jpg" alt="">
                <a href="https://sumber.example.com/asal">asal</a> <a href="https://pelacak.example.net/x">luar</a>
                <a href="https://berita.example.id/berita/">dasar</a> <a href="https://berita.example.id/tidak/">dasar</a>
                """);
        List<String> problems = new SiteLinks(new BuiltSite("t", content, root, "https://berita.example.id/"))
                .problems();
        assertEquals(List.of(
                "t/index.html: a `#konten` names #konten, which is not an id on index.html",
                "t/index.html: a `hilang/index.html` resolves to hilang/index.html, which does not exist",
                "t/index.html: img `gambar.jpg` resolves to gambar.jpg, which does not exist",
                "t/index.html: a `https://pelacak.example.net/x` points to an external host the content never mentions",
                "t/index.html: a `https://berita.example.id/tidak/` resolves to tidak/index.html, which does not exist"),
                problems);
    }
}
