package id.warta.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.warta.entity.ArticleEntities;
import id.warta.entity.Entity;
import id.warta.entity.EntityFinder;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Problem;
import id.warta.model.Syndication;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The documented JSON shape of {@code warta parse --json}: a stable contract for scripts, separate from the model
 * so the model can change without breaking them.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ArticleJson(String file, String headline, String headlineSource, String slug, String outlet, String dateline,
                   String date, String author, String description, boolean draft, List<String> tags,
                   List<String> attributions, List<String> paragraphs, List<ReadAlsoJson> readAlso,
                   List<QuoteJson> quotes, Map<String, String> credits, String initials, String copyright,
                   Syndication syndication, String endMarker, List<String> noise, List<String> warnings,
                   List<String> errors, EntitiesJson entities) {

    /** The people, institutions and places the article names, each kind in order of first mention. */
    record EntitiesJson(List<String> people, List<String> institutions, List<String> places) {
        static EntitiesJson of(ArticleEntities found) {
            return new EntitiesJson(names(found.people()), names(found.institutions()), names(found.places()));
        }

        private static List<String> names(List<Entity> entities) {
            return entities.stream().map(Entity::name).toList();
        }
    }

    record ReadAlsoJson(String title, int afterParagraph, String href, String label) { }

    record QuoteJson(int paragraph, String text, String speaker) { }

    static ArticleJson of(Article a) {
        return new ArticleJson(a.source(), a.headline(), a.headlineSource().key(), a.slug(), a.dateline().outlet(),
                a.dateline().place(),
                a.date() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.date()),
                a.author(), a.description(), a.draft(), a.tags(), a.attributions(),
                a.paragraphs().stream().map(Block.Paragraph::text).toList(),
                a.readAlso().stream().map(r -> new ReadAlsoJson(r.title(), r.afterParagraph(), r.href(), r.label()))
                        .toList(),
                a.quotes().stream().map(q -> new QuoteJson(q.paragraph(), q.text(), q.speaker())).toList(),
                a.credits().roles(), a.credits().initials(), a.credits().copyright(), a.credits().syndication(),
                a.endMarker(), a.noise(),
                a.problems().stream().filter(p -> !p.isError()).map(Problem::toString).toList(),
                a.problems().stream().filter(Problem::isError).map(Problem::toString).toList(),
                EntitiesJson.of(EntityFinder.of(a)));
    }
}
