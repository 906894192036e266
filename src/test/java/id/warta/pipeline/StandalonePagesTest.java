package id.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standalone pages from content/halaman/: published, in every footer and the sitemap, never read as articles. */
class StandalonePagesTest {
    @TempDir
    Path dir;
    private Path content;
    private Path output;

    @BeforeEach
    void writeSite() throws IOException {
        content = dir.resolve("content");
        output = dir.resolve("site-out");
        Files.createDirectories(content.resolve("halaman"));
        write("banjir.txt", """
                ---
                title: Banjir Rendam Ribuan Rumah di Bekasi
                date: 2024-11-21 09:30
                rubrik: Megapolitan
                ---
                BEKASI, KOMPAS.com - Banjir merendam ribuan rumah di Kabupaten Bekasi, Kamis (21/11/2024).
                Ketinggian air mencapai satu meter di beberapa titik permukiman warga.
                """);
        write("halaman/02-kontak.txt", """
                ---
                title: Kontak
                ---
                Surel redaksi: redaksi@berita.example.id
                """);
        write("halaman/01-redaksi.txt", """
                ---
                title: Redaksi
                description: Susunan redaksi.
                ---
                ## Pemimpin Redaksi
                Pemimpin Redaksi: Rina Wulandari
                Editor: Ahmad Fauzi
                Jakarta - Kantor redaksi berada di Jalan Merdeka 1.
                Pedoman kami mengikuti https://dewanpers.or.id/ dan aturannya.
                """);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(content.resolve(name), text, StandardCharsets.UTF_8);
    }

    private SiteRun build(String... extra) {
        String[] base = {"build", "--content", content.toString(), "--templates", "templates", "--output",
                output.toString(), "--no-cache"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return SiteRun.warta(args);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(output.resolve(path)));
    }

    @Test
    void aPageKeepsItsLinesAsWrittenWithoutArticleRules() throws IOException {
        SiteRun run = build();
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Built 1 article"), run.out());
        Document redaksi = page("halaman/redaksi/index.html");
        assertEquals("Redaksi", redaksi.selectFirst("h1").text());
        assertEquals("Pemimpin Redaksi", redaksi.selectFirst("article h2").text());
        // Credit-like and dateline-like lines are the page's content here, kept as written.
        assertEquals("Pemimpin Redaksi: Rina Wulandari", redaksi.select("article p").get(0).text());
        assertEquals("Editor: Ahmad Fauzi", redaksi.select("article p").get(1).text());
        assertEquals("Jakarta - Kantor redaksi berada di Jalan Merdeka 1.", redaksi.select("article p").get(2).text());
        assertEquals("https://dewanpers.or.id/", redaksi.selectFirst("article p a").attr("href"));
        assertEquals("Pedoman kami mengikuti https://dewanpers.or.id/ dan aturannya.",
                redaksi.select("article p").get(3).text());
        assertEquals("Susunan redaksi.", redaksi.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void everyFooterLinksThePagesInFileNameOrder() throws IOException {
        assertEquals(ExitCodes.OK, build().exitCode());
        assertEquals("Redaksi Kontak", page("index.html").select("nav.pages-nav a").text());
        assertEquals("halaman/redaksi/index.html", page("index.html").selectFirst("nav.pages-nav a").attr("href")
                .replaceFirst("^\\./", ""));
        assertEquals("../halaman/kontak/index.html",
                page("banjir-rendam-ribuan-rumah-di-bekasi/index.html").select("nav.pages-nav a").get(1)
                        .attr("href"));
    }

    @Test
    void pagesAreNotNewsInTheSitemapButNotInListingsOrFeeds() throws IOException {
        assertEquals(ExitCodes.OK, build("--base-url", "https://berita.example.id/", "--now",
                "2024-11-22T09:00:00+07:00").exitCode());
        String sitemap = Files.readString(output.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://berita.example.id/halaman/redaksi/</loc>"), sitemap);
        String news = Files.readString(output.resolve("news-sitemap.xml"));
        assertFalse(news.contains("halaman/"), news);
        assertFalse(Files.readString(output.resolve("feed.xml")).contains("Redaksi"));
        assertFalse(page("index.html").select("ol.teasers").text().contains("Kontak"));
        assertFalse(Files.exists(output.resolve("01-redaksi/index.html")));
        assertFalse(Files.exists(output.resolve("redaksi/index.html")));
    }

    @Test
    void aPageWithoutATitleIsAnErrorNamingItsFile() throws IOException {
        write("halaman/03-tentang.txt", "Warta adalah situs berita.\n");
        SiteRun run = build();
        assertEquals(ExitCodes.CONTENT_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().contains("halaman/03-tentang.txt:1: error: a page needs a title: start the file with front"
                + " matter such as `---`, `title: Redaksi`, `---`"), run.err());
    }
}
