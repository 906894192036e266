package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.SourceFile;
import id.warta.model.Article;
import id.warta.model.Block;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Input no outlet would publish: each gets a clear warning, and no line or word is lost. */
class BadInputTest {

    @Test
    void aMegabyteJoinedLineBecomesParagraphsWithAWarning() {
        StringBuilder text = new StringBuilder();
        int n = 0;
        while (text.length() < 1_000_000) {
            text.append("Petugas ke-").append(n++).append(" memeriksa tanggul di Jl. Merdeka No. 5 pada Senin (3/3). ");
            if (n % 40 == 0) {
                text.append("Baca juga:Tanggul Jebol Lagi di Hilir Warga kembali mengungsi. ADVERTISEMENT ");
            }
        }
        SourceFile file = SourceFile.ofText("besar.txt", text.toString().strip());
        ParseRun run = new ArticleParser().run(file);
        Conservation.check(file, run);
        Article a = run.article();
        assertTrue(a.paragraphs().stream().allMatch(p -> p.text().length() <= 1500), "no wall is left");
        assertTrue(a.problems().get(0).message().startsWith("re-paragraphed joined text: "), a.problems().toString());
        assertEquals(n / 40, a.readAlso().size());
        String out = a.body().stream().map(b -> b instanceof Block.Paragraph p ? p.text()
                : ((Block.ReadAlso) b).label() + ":" + ((Block.ReadAlso) b).title()).collect(Collectors.joining(" "))
                + " " + String.join(" ", a.noise());
        assertEquals(text.toString().split("\\s+").length, out.strip().split("\\s+").length, "every word is kept");
    }

    @Test
    void aFileOfOnlyBoilerplateKeepsEveryLineOutOfTheBody() {
        String text = "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n[Gambas:Video CNN]\nSimak juga Video 'Banjir':\n"
                + "Download aplikasi Kompas.com untuk akses berita lebih cepat:\nAndroid: https://example.com/a\n"
                + "Baca juga: Banjir Rendam Kota\n";
        SourceFile file = SourceFile.ofText("iklan.txt", text);
        ParseRun run = new ArticleParser().run(file);
        Conservation.check(file, run);
        Article a = run.article();
        assertEquals(0, a.paragraphs().size());
        assertEquals(4, a.noise().size());
        assertEquals(2, a.credits().boilerplate().size());
        assertTrue(a.problems().stream().anyMatch(p -> p.message().equals("the article has no body paragraphs; write the"
                + " story below the front matter, one paragraph per line")), a.problems().toString());
    }

    @Test
    void mixedEncodingsAreRepairedLineByLineAndNamed() {
        String text = "Pelatih JÃ³hann tiba di Jakarta.\nKafe “Café Senja” tetap buka.\n&ldquo;Kami siap,&rdquo; ujarnya.\n"
                + "Nama Ãvarsson tertulis salah.\n";
        SourceFile file = Fixtures.sourceFromBytes("campur", text.getBytes(StandardCharsets.UTF_8));
        ParseRun run = new ArticleParser().run(file);
        Conservation.check(file, run);
        Article a = run.article();
        assertEquals("Pelatih Jóhann tiba di Jakarta.", a.paragraphs().get(0).text());
        assertEquals("Kafe “Café Senja” tetap buka.", a.paragraphs().get(1).text());
        assertEquals("“Kami siap,” ujarnya.", a.paragraphs().get(2).text());
        assertEquals(1, a.problems().get(0).line());
        assertTrue(a.problems().get(0).message().startsWith("repaired mojibake"), a.problems().toString());
        assertEquals(4, a.problems().get(1).line());
        assertTrue(a.problems().get(1).message().startsWith("this line still looks like mojibake"));
    }
}
