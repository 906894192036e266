package id.warta.site;

import id.warta.model.Article;
import id.warta.model.Editorial;
import java.time.OffsetDateTime;
import java.util.List;

/** Test articles with a newsroom's signals: a section, an author, an update time, a pick, named people. */
final class NewsroomArticles {

    private NewsroomArticles() {
    }

    static Article in(String section, String headline, String date) {
        return with(TestArticles.article(headline, date), null, new Editorial(section, null, false, List.of()));
    }

    static Article by(String author, String headline, String date) {
        return with(TestArticles.article(headline, date), author, Editorial.NONE);
    }

    static Article with(Article a, String author, Editorial editorial) {
        return new Article(a.source(), a.headline(), a.headlineSource(), a.slug(), a.dateline(), a.date(), author,
                a.description(), a.tags(), a.draft(), a.image(), a.imageCaption(), a.body(), a.attributions(),
                a.quotes(), a.credits(), a.endMarker(), a.noise(), a.problems(), editorial);
    }

    static Article updated(Article a, String when) {
        Editorial e = a.editorial();
        return with(a, a.author(), new Editorial(e.section(), OffsetDateTime.parse(when), e.featured(), e.people()));
    }

    static Article picked(Article a) {
        Editorial e = a.editorial();
        return with(a, a.author(), new Editorial(e.section(), e.updated(), true, e.people()));
    }
}
