package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.warta.model.Article;
import id.warta.model.Editorial;
import id.warta.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Berita Terkait" by topic: shared tags, the same section, shared people, never a shared wire source alone. The
 * shape of the trial: a cuti-bersama story listed rice prices and Bali tourism because all three cite Antara.
 */
class RelatedByTopicTest {

    private static Article story(String headline, String date, List<String> tags, String section,
                                 List<String> people, List<String> speakers) {
        Article plain = TestArticles.article(headline, date, tags, List.of("Antara"));
        Article quoted = new Article(plain.source(), plain.headline(), plain.headlineSource(), plain.slug(),
                plain.dateline(), plain.date(), plain.author(), plain.description(), plain.tags(), plain.draft(),
                plain.image(), plain.imageCaption(), plain.body(), plain.attributions(),
                speakers.stream().map(s -> new Quote(0, "\"Keputusan ini sudah final,\" ujar " + s + ".", s, true))
                        .toList(), plain.credits(), plain.endMarker(), plain.noise(), plain.problems());
        return NewsroomArticles.with(quoted, null, new Editorial(section, null, false, people));
    }

    private static List<String> relatedTo(Article subject, List<Article> all) {
        return new RelatedArticles(all.stream().sorted(SiteBuilder.NEWEST_FIRST).toList()).of(subject).stream()
                .map(Article::headline).toList();
    }

    @Test
    void storiesThatOnlyCiteTheSameWireAreNotRelated() {
        Article cuti = story("Pemerintah Tetapkan Cuti Bersama 2025", "2024-11-21T10:00:00+07:00",
                List.of("cuti bersama", "libur nasional"), "Nasional", List.of(), List.of());
        Article beras = story("Harga Beras Medium Naik Jelang Natal", "2024-11-22T08:00:00+07:00",
                List.of("harga beras", "inflasi"), "Ekonomi", List.of(), List.of());
        Article bali = story("Kunjungan Wisatawan ke Bali Naik 20 Persen", "2024-11-20T09:00:00+07:00",
                List.of("pariwisata", "bali"), "Ekonomi", List.of(), List.of());
        assertEquals(List.of(), relatedTo(cuti, List.of(cuti, beras, bali)));
        // The two Ekonomi stories share a section, which is a topic.
        assertEquals(List.of("Kunjungan Wisatawan ke Bali Naik 20 Persen"), relatedTo(beras, List.of(cuti, beras,
                bali)));
    }

    @Test
    void sharedTagsSectionAndPeopleMakeAStoryRelatedAndTheMostSharedLeads() {
        Article cuti = story("Pemerintah Tetapkan Cuti Bersama 2025", "2024-11-21T10:00:00+07:00",
                List.of("cuti bersama"), "Nasional", List.of("Muhadjir Effendy"), List.of("Muhadjir Effendy"));
        Article libur = story("Daftar Libur Nasional dan Cuti Bersama 2025", "2024-11-21T12:00:00+07:00",
                List.of("cuti bersama"), "Nasional", List.of(), List.of());
        Article menko = story("Menko PMK Tinjau Posko Mudik di Gambir", "2024-11-18T09:00:00+07:00",
                List.of("mudik"), "Megapolitan", List.of(), List.of("Muhadjir Effendy"));
        Article dpr = story("DPR Sahkan Revisi Undang-Undang Desa", "2024-11-19T13:00:00+07:00",
                List.of("dpr"), "Nasional", List.of(), List.of());
        Article bali = story("Kunjungan Wisatawan ke Bali Naik 20 Persen", "2024-11-20T09:00:00+07:00",
                List.of("pariwisata"), "Ekonomi", List.of(), List.of());
        assertEquals(List.of("Daftar Libur Nasional dan Cuti Bersama 2025", "DPR Sahkan Revisi Undang-Undang Desa",
                "Menko PMK Tinjau Posko Mudik di Gambir"), relatedTo(cuti, List.of(cuti, libur, menko, dpr, bali)));
    }
}
