package id.warta.site;

import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Credits;
import id.warta.model.Dateline;
import id.warta.model.Quote;
import id.warta.model.Syndication;
import id.warta.parse.WebUrls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns a parsed article into the plain-text view its page template shows. */
final class ArticleViews {
    private static final Map<String, String> ROLE_LABELS = Map.of(
            "penulis", "Penulis", "editor", "Editor", "pewarta", "Pewarta", "reporter", "Reporter",
            "sumber", "Sumber", "fotografer", "Fotografer", "penyunting", "Penyunting");

    /** How datelines end: {@code -}, {@code --}, an en or em dash, a colon, or Kontan's full stop. */
    private static final Pattern SEPARATOR_AT_END = Pattern.compile("[-\u2012\u2013\u2014\u2015\u2212:.]$");

    private final SiteIndex index;
    private final ReadAlsoResolver resolver;

    ArticleViews(SiteIndex index, ReadAlsoResolver resolver) {
        this.index = index;
        this.resolver = resolver;
    }

    /** The view of an article on its own page, links relative to {@code pagePath}. */
    ArticleView view(Article article, String pagePath, List<Article> related, Article older, Article newer) {
        return new ArticleView(
                article.headline(),
                datelineText(article.dateline()),
                index.dateIso(article),
                index.dateTime(article),
                index.readingTime(article),
                article.author(),
                body(article, title -> resolver.link(title, pagePath)),
                SourceRow.merge(named(article.attributions(), "sumber/", pagePath),
                        article.credits().roles().get(SourceRow.CREDIT_ROLE)),
                credits(article, true),
                article.endMarker(),
                named(article.tags(), "tag/", pagePath),
                index.image(article, pagePath),
                related.stream().map(a -> index.teaser(a, pagePath)).toList(),
                older == null ? null : new LinkView(older.headline(), index.href(pagePath, older)),
                newer == null ? null : new LinkView(newer.headline(), index.href(pagePath, newer)),
                Sections.kicker(article, index.links, pagePath), authorHref(article, pagePath),
                updatedIso(article), index.updatedDisplay(article));
    }

    /** Where the article's read-also lines lead: part of what its page depends on besides the article itself. */
    List<String> readAlsoTargets(Article article) {
        List<String> targets = new ArrayList<>();
        for (Block.ReadAlso readAlso : article.readAlso()) {
            targets.add(readAlso.href() != null ? readAlso.href() : resolver.target(readAlso.title()));
        }
        return targets;
    }

    /** The view of an article inside a feed: every link absolute, no neighbours; needs a base URL. */
    ArticleView feedView(Article article) {
        String image = index.imageUrl(article.image());
        String alt = article.imageCaption() != null ? article.imageCaption() : article.headline();
        return new ArticleView(article.headline(), datelineText(article.dateline()),
                index.dateIso(article), index.dateTime(article), index.readingTime(article), article.author(),
                body(article, resolver::absoluteLink), List.of(), credits(article, false), article.endMarker(),
                List.of(), image == null ? null : new ImageView(image, alt, article.imageCaption()), List.of(), null,
                null, null, null, updatedIso(article), index.updatedDisplay(article));
    }

    private String authorHref(Article article, String pagePath) {
        String path = Sections.authorPath(article);
        return path == null ? null : index.links.relative(pagePath, path);
    }

    private static String updatedIso(Article article) {
        return article.editorial().updated() == null ? null : IndonesianDates.iso(article.editorial().updated());
    }

    private List<LinkView> named(List<String> names, String folder, String pagePath) {
        return names.stream().map(name -> new LinkView(name,
                index.links.relative(pagePath, folder + Groups.slug(name) + "/index.html"))).toList();
    }

    /**
     * The dateline as the outlet wrote it, separator included ({@code Jakarta (ANTARA) -}); a dateline written
     * without one (a place alone on its line) or named only by front matter gets the en dash outlets use.
     */
    static String datelineText(Dateline dateline) {
        String shown = dateline.written();
        if (shown == null && dateline.place() != null && dateline.outlet() != null) {
            shown = dateline.place() + ", " + dateline.outlet();
        } else if (shown == null) {
            shown = dateline.place() != null ? dateline.place() : dateline.outlet();
        }
        if (shown == null) {
            return null;
        }
        return SEPARATOR_AT_END.matcher(shown).find() ? shown : shown + " \u2013";
    }

    /** The outlet as a credit line, when the article names one that its dateline does not show. */
    private static CreditView outletCredit(Dateline dateline) {
        String outlet = dateline.outlet();
        String shown = datelineText(dateline);
        return outlet == null || shown.contains(outlet) ? null : new CreditView("Media", outlet, null);
    }

    /** The lede's start, cut at a word boundary, for lists and descriptions. */
    static String excerpt(Article article, int maxLength) {
        Block.Paragraph first = null;
        for (Block block : article.body()) {
            if (block instanceof Block.Paragraph paragraph) {
                first = paragraph;
                break;
            }
        }
        if (first == null) {
            return "";
        }
        String text = first.text();
        if (text.length() <= maxLength) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxLength - 1);
        return text.substring(0, cut > maxLength / 2 ? cut : maxLength - 1).strip() + "…";
    }

    private static List<BodyView> body(Article article, java.util.function.UnaryOperator<String> readAlsoLink) {
        Map<Integer, String> speakers = new HashMap<>();
        for (Quote quote : article.quotes()) {
            speakers.putIfAbsent(quote.paragraph(), quote.speaker() == null ? "" : quote.speaker());
        }
        List<BodyView> views = new ArrayList<>();
        for (Block block : article.body()) {
            if (block instanceof Block.Paragraph paragraph) {
                String speaker = speakers.get(paragraph.index());
                boolean lede = paragraph.index() == 0;
                List<TextPart> parts = TextLinks.split(paragraph.text());
                views.add(speaker == null
                        ? new BodyView("paragraph", paragraph.text(), null, null, null, lede, parts)
                        : new BodyView("quote", paragraph.text(), speaker.isEmpty() ? null : speaker, null, null,
                        lede, parts));
            } else if (block instanceof Block.ReadAlso readAlso) {
                String href = readAlso.href() != null ? WebUrls.orNull(readAlso.href())
                        : readAlsoLink.apply(readAlso.title());
                views.add(new BodyView("readAlso", readAlso.title(), null, "Baca Juga", href, false, List.of()));
            }
        }
        return views;
    }

    /** The credit lines; {@code sourcesShownApart} drops the {@code Sumber:} line that the sources row now shows. */
    private static List<CreditView> credits(Article article, boolean sourcesShownApart) {
        Credits credits = article.credits();
        List<CreditView> views = new ArrayList<>();
        CreditView outlet = outletCredit(article.dateline());
        if (outlet != null) {
            views.add(outlet);
        }
        credits.roles().forEach((role, name) -> {
            if (!sourcesShownApart || !role.equals(SourceRow.CREDIT_ROLE)) {
                views.add(new CreditView(label(role), name, null));
            }
        });
        Syndication origin = credits.syndication();
        if (origin != null) {
            String value = origin.title() == null ? origin.outlet() : origin.outlet() + ": " + origin.title();
            views.add(new CreditView("Tayang pertama di", value, WebUrls.orNull(origin.url())));
        }
        if (credits.initials() != null) {
            views.add(new CreditView("Inisial redaksi", credits.initials(), null));
        }
        if (credits.copyright() != null) {
            views.add(new CreditView("Hak cipta", credits.copyright(), null));
        }
        return views;
    }

    private static String label(String role) {
        String known = ROLE_LABELS.get(role);
        if (known != null) {
            return known;
        }
        return role.isEmpty() ? role : role.substring(0, 1).toUpperCase(Locale.ROOT) + role.substring(1);
    }
}
