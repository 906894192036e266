package id.warta.parse;

import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Credits;
import id.warta.model.Problem;
import id.warta.model.Quote;
import id.warta.model.Syndication;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A readable, line-oriented text form of a parsed article; used by {@code warta parse} and by fixture tests.
 * Every section is always present; {@code -} stands for none, and an empty list section is written on one line.
 */
public final class ArticleDump {

    private static final String NONE = "-";

    private ArticleDump() {
    }

    public static String render(Article article) {
        StringBuilder out = new StringBuilder();
        field(out, "headline", article.headline());
        field(out, "headlineSource", article.headlineSource().key());
        field(out, "slug", article.slug());
        field(out, "outlet", article.dateline().outlet());
        field(out, "place", article.dateline().place());
        field(out, "date", article.date() == null ? null : article.dateline().textDate() != null
                ? article.dateline().textDate() + " (from the text)"
                : article.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        if (article.editorial().updated() != null) {
            // only when set, so the dumps of articles without an update time read as before
            field(out, "updated", article.editorial().updated().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        field(out, "author", article.author());
        field(out, "tags", joined(article.tags()));
        field(out, "attributions", joined(article.attributions()));
        field(out, "endMarker", article.endMarker());
        section(out, "body", article.body().stream().map(ArticleDump::block).toList());
        section(out, "quotes", article.quotes().stream().map(ArticleDump::quote).toList());
        section(out, "credits", credits(article.credits()));
        section(out, "noise", article.noise().stream().map(line -> "- " + line).toList());
        section(out, "warnings", article.problems().stream().map(ArticleDump::problem).toList());
        return out.toString();
    }

    private static String block(Block block) {
        if (block instanceof Block.Paragraph p) {
            return "P" + p.index() + ": " + p.text();
        }
        Block.ReadAlso r = (Block.ReadAlso) block;
        String where = "after P" + r.afterParagraph();
        return "READ-ALSO " + where + " [" + r.label() + "]: " + r.title() + (r.href() == null ? "" : " <" + r.href() + ">");
    }

    private static String quote(Quote q) {
        return "P" + q.paragraph() + " [" + (q.resolved() ? "resolved: " : "") + orNone(q.speaker()) + "]: " + q.text();
    }

    private static List<String> credits(Credits credits) {
        List<String> lines = new java.util.ArrayList<>();
        for (Map.Entry<String, String> role : credits.roles().entrySet()) {
            lines.add(role.getKey() + ": " + role.getValue());
        }
        if (credits.initials() != null) {
            lines.add("initials: " + credits.initials());
        }
        if (credits.copyright() != null) {
            lines.add("copyright: " + credits.copyright());
        }
        Syndication s = credits.syndication();
        if (s != null) {
            lines.add("syndication: " + s.outlet() + " | " + orNone(s.title()) + " | " + orNone(s.url()));
        }
        for (String line : credits.boilerplate()) {
            lines.add("boilerplate: " + line);
        }
        return lines;
    }

    private static String problem(Problem p) {
        return "- line " + p.line() + ": " + (p.isError() ? "error: " : "") + p.message();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(orNone(value)).append('\n');
    }

    private static void section(StringBuilder out, String name, List<String> lines) {
        if (lines.isEmpty()) {
            out.append(name).append(": -\n");
            return;
        }
        out.append(name).append(":\n");
        for (String line : lines) {
            out.append("  ").append(line).append('\n');
        }
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(" | ", values);
    }

    private static String orNone(String value) {
        return value == null || value.isEmpty() ? NONE : value;
    }
}
