package id.warta.cli;

import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.HeadlineSource;
import id.warta.model.Problem;
import id.warta.model.Quote;
import id.warta.site.SiteBuilder;
import id.warta.site.SiteConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks {@code warta check} adds to what reading and parsing already report: each looks at parsed articles
 * only, so each can be tested on a constructed {@link Article}. Errors are what would break or confuse the site
 * (empty articles, duplicate headlines or slugs); warnings are what an editor should look at.
 */
final class ContentLints {
    /** Longer headlines are cut off in search results and crowd listings. */
    static final int MAX_HEADLINE = 110;
    private static final int QUOTE_PREVIEW = 40;

    private ContentLints() {
    }

    /** Every problem the lints find, files in the given order. */
    static List<Problem> lint(List<CheckedFile> files) {
        List<Problem> problems = new ArrayList<>();
        List<CheckedFile> publishable = new ArrayList<>();
        for (CheckedFile file : files) {
            if (file.isEmpty()) {
                problems.add(Problem.error(file.name(), file.bodyLine(), "the article is empty: it has no"
                        + " paragraph; write the article below the front matter, or delete the file"));
                continue;
            }
            publishable.add(file);
            missingDate(file, problems);
            takenFromText(file, problems);
            overlongHeadline(file, problems);
            quotesWithoutSpeaker(file, problems);
            placeholderLede(file, problems);
        }
        List<CheckedFile> unique = duplicates(publishable, problems);
        unresolvedReadAlso(unique, problems);
        return problems;
    }

    private static void missingDate(CheckedFile file, List<Problem> problems) {
        // A `date:` the parser could not read is the parser's error to report, not a missing date.
        if (file.article().date() == null && !file.source().frontMatter().keyLines().containsKey("date")) {
            problems.add(Problem.warning(file.name(), 1, "the article has no publication date; add a front-matter"
                    + " line such as `date: 2024-11-21 09:30` (Asia/Jakarta time), or it is listed after every"
                    + " dated article"));
        }
    }

    /** A headline or date the parser took from the text: shown, so the author can confirm it in front matter. */
    private static void takenFromText(CheckedFile file, List<Problem> problems) {
        Article article = file.article();
        if (article.headlineSource() == HeadlineSource.LEDE && !article.headline().isBlank()) {
            problems.add(Problem.warning(file.name(), file.headlineLine(), "the headline was made from the lede: \""
                    + article.headline() + "\"; to keep it or write a better one, add `title: " + article.headline()
                    + "` to the front matter"));
        }
        if (article.dateline().textDate() != null) {
            problems.add(Problem.warning(file.name(), 1, "the date " + article.dateline().textDate() + " was taken"
                    + " from the lede, without a time of day; to confirm it or give the time, add `date: "
                    + article.dateline().textDate() + " 09:30` (Asia/Jakarta time) to the front matter"));
        }
    }

    private static void overlongHeadline(CheckedFile file, List<Problem> problems) {
        String headline = file.article().headline();
        int length = headline.codePointCount(0, headline.length());
        if (length > MAX_HEADLINE) {
            problems.add(Problem.warning(file.name(), file.headlineLine(), "the headline is " + length
                    + " characters long; shorten it to " + MAX_HEADLINE + " or fewer so search results and"
                    + " listings do not cut it off"));
        }
    }

    private static void quotesWithoutSpeaker(CheckedFile file, List<Problem> problems) {
        Map<Integer, Integer> lineOfParagraph = new HashMap<>();
        for (Block.Paragraph paragraph : file.article().paragraphs()) {
            lineOfParagraph.put(paragraph.index(), paragraph.line());
        }
        for (Quote quote : file.article().quotes()) {
            if (quote.speaker() == null || quote.speaker().isBlank()) {
                problems.add(Problem.warning(file.name(), lineOfParagraph.getOrDefault(quote.paragraph(), 1),
                        "the quote \"" + preview(quote.text()) + "\" names no speaker; say who said it, as in"
                                + " `...,\" ujar Nama Narasumber.`"));
            }
        }
    }

    /** The lede {@code warta new} writes is a prompt, not news: published as is it would open the article. */
    private static void placeholderLede(CheckedFile file, List<Problem> problems) {
        for (Block.Paragraph paragraph : file.article().paragraphs()) {
            if (paragraph.text().contains(NewCommand.PLACEHOLDER_LEDE)) {
                problems.add(Problem.warning(file.name(), paragraph.line(), "this is still the placeholder lede that"
                        + " `warta new` wrote; replace it with the article's opening paragraph"));
            }
        }
    }

    /** Reports repeated headlines and slugs; returns the files that keep their place (the first of each). */
    private static List<CheckedFile> duplicates(List<CheckedFile> files, List<Problem> problems) {
        Map<String, CheckedFile> byHeadline = new LinkedHashMap<>();
        Map<String, CheckedFile> bySlug = new LinkedHashMap<>();
        List<CheckedFile> unique = new ArrayList<>();
        for (CheckedFile file : files) {
            CheckedFile sameHeadline = byHeadline.putIfAbsent(headlineKey(file.article().headline()), file);
            CheckedFile sameSlug = bySlug.putIfAbsent(file.article().slug(), file);
            if (sameHeadline != null) {
                problems.add(Problem.error(file.name(), file.headlineLine(), "the headline \""
                        + file.article().headline() + "\" is already used by " + sameHeadline.name() + ":"
                        + sameHeadline.headlineLine() + "; give one of them a different headline"));
            } else if (sameSlug != null) {
                problems.add(Problem.error(file.name(), file.slugLine(), "the slug `" + file.article().slug()
                        + "` is already used by " + sameSlug.name() + ":" + sameSlug.slugLine()
                        + "; give one of them a different `slug:` in its front matter"));
            }
            if (sameHeadline == null && sameSlug == null) {
                unique.add(file);
            }
        }
        return unique;
    }

    /** The site builder resolves read-also titles exactly as a build would; its warnings carry their lines. */
    private static void unresolvedReadAlso(List<CheckedFile> files, List<Problem> problems) {
        List<Article> articles = files.stream().map(CheckedFile::article).toList();
        problems.addAll(new SiteBuilder(SiteConfig.defaults()).build(articles).problems());
    }

    private static String headlineKey(String headline) {
        return headline.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String preview(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= QUOTE_PREVIEW) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', QUOTE_PREVIEW);
        return flat.substring(0, cut > 0 ? cut : QUOTE_PREVIEW) + "...";
    }
}
