package id.warta.site;

import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Credits;
import id.warta.model.Dateline;
import id.warta.model.HeadlineSource;
import id.warta.parse.Slugs;
import java.time.OffsetDateTime;
import java.util.List;

/** Articles built directly, with just the fields a site test is about. */
final class TestArticles {

    private TestArticles() {
    }

    static Article article(String headline, String date) {
        return article(headline, date, List.of(), List.of());
    }

    static Article article(String headline, String date, List<String> tags, List<String> sources) {
        return build(headline, date, tags, sources, false, null, List.of(
                new Block.Paragraph(0, "Isi berita " + headline + ".", 1)));
    }

    static Article withBody(String headline, String date, List<Block> body) {
        return build(headline, date, List.of(), List.of(), false, null, body);
    }

    static Article draft(String headline, String date) {
        return build(headline, date, List.of(), List.of(), true, null, List.of(new Block.Paragraph(0, "Isi.", 1)));
    }

    static Article withImage(String headline, String date, String image) {
        return build(headline, date, List.of(), List.of(), false, image, List.of(new Block.Paragraph(0, "Isi.", 1)));
    }

    private static Article build(String headline, String date, List<String> tags, List<String> sources, boolean draft,
                                 String image, List<Block> body) {
        return new Article("content/" + Slugs.fromHeadline(headline) + ".txt", headline, HeadlineSource.FRONT_MATTER,
                Slugs.fromHeadline(headline), Dateline.NONE, date == null ? null : OffsetDateTime.parse(date), null,
                null, tags, draft, image, null, body, sources, List.of(), Credits.NONE, null, List.of(), List.of());
    }
}
